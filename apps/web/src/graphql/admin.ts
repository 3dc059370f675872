/* Operations of the administration pages (管理): users, sub-parks, the chain map, profiling models, jobs, audit log. */
export const AdminUserRow = /* GraphQL */ `
  fragment AdminUserRow on User { id email name role subParkIds groupId active createdAt }
`;

export const AdminUsers = /* GraphQL */ `
  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { ...AdminUserRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const AdminGroups = /* GraphQL */ `
  query AdminGroups {
    groups { id code name subParks { id name } }
    subParks { id code name group { id name } }
  }
`;

export const AdminCreateUser = /* GraphQL */ `
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...AdminUserRow }
  }
`;

export const AdminUpdateUser = /* GraphQL */ `
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { ...AdminUserRow }
  }
`;

export const AdminSetUserActive = /* GraphQL */ `
  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) { ...AdminUserRow }
  }
`;

export const AdminResetPassword = /* GraphQL */ `
  mutation AdminResetPassword($id: ID!, $input: ResetPasswordInput) {
    resetUserPassword(id: $id, input: $input) { temporaryPassword user { ...AdminUserRow } }
  }
`;

export const AdminUpdateSubPark = /* GraphQL */ `
  mutation AdminUpdateSubPark($id: ID!, $input: UpdateSubParkInput!) {
    updateSubPark(id: $id, input: $input) { id code name group { id name } }
  }
`;

export const AdminChainNode = /* GraphQL */ `
  fragment AdminChainNode on ChainNode { code name chain segment weight targetCount bottleneck parentCode keywords }
`;

export const AdminChains = /* GraphQL */ `
  query AdminChains {
    industryChains { code name nameEn nodes { ...AdminChainNode } }
  }
`;

export const AdminUpsertChainNode = /* GraphQL */ `
  mutation AdminUpsertChainNode($input: ChainNodeInput!) {
    upsertChainNode(input: $input) { ...AdminChainNode }
  }
`;

export const AdminModels = /* GraphQL */ `
  query AdminModels {
    profilingModels { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }
  }
`;

export const AdminCreateModel = /* GraphQL */ `
  mutation AdminCreateModel($input: ProfilingModelInput!) {
    createProfilingModel(input: $input) { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }
  }
`;

export const AdminActivateModel = /* GraphQL */ `
  mutation AdminActivateModel($version: Int!) {
    activateProfilingModel(version: $version) {
      model { version active activatedAt }
      job { id state progress }
    }
  }
`;

export const AdminJobRow = /* GraphQL */ `
  fragment AdminJobRow on Job { id kind state progress failedReason result createdAt startedAt finishedAt createdBy { id name email } }
`;

export const AdminJob = /* GraphQL */ `
  query AdminJob($id: ID!) {
    job(id: $id) { ...AdminJobRow }
  }
`;

export const AdminJobs = /* GraphQL */ `
  query AdminJobs($kind: String, $state: JobState, $first: Int, $after: String) {
    jobs(kind: $kind, state: $state, first: $first, after: $after) {
      edges { cursor node { ...AdminJobRow } }
      pageInfo { hasNextPage endCursor }
    }
    jobKinds
  }
`;

export const AdminImportReport = /* GraphQL */ `
  query AdminImportReport($id: ID!, $lang: ImportLang) {
    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }
  }
`;

export const AdminAuditLogs = /* GraphQL */ `
  query AdminAuditLogs($filter: AuditFilter, $first: Int, $after: ID) {
    auditLogs(filter: $filter, first: $first, after: $after) {
      id action entity entityId at actor { id name email } changes { field old new }
    }
  }
`;

export const AdminAuditFilters = /* GraphQL */ `
  query AdminAuditFilters {
    auditEntities
  }
`;
