/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUserRow on User { id email name role subParkIds groupId active createdAt }\n": typeof types.AdminUserRowFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...AdminUserRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminGroups {\n    groups { id code name subParks { id name } }\n    subParks { id code name group { id name } }\n  }\n": typeof types.AdminGroupsDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...AdminUserRow }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { ...AdminUserRow }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { ...AdminUserRow }\n  }\n": typeof types.AdminSetUserActiveDocument,
    "\n  mutation AdminResetPassword($id: ID!, $input: ResetPasswordInput) {\n    resetUserPassword(id: $id, input: $input) { temporaryPassword user { ...AdminUserRow } }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation AdminUpdateSubPark($id: ID!, $input: UpdateSubParkInput!) {\n    updateSubPark(id: $id, input: $input) { id code name group { id name } }\n  }\n": typeof types.AdminUpdateSubParkDocument,
    "\n  fragment AdminChainNode on ChainNode { code name chain segment weight targetCount bottleneck parentCode keywords }\n": typeof types.AdminChainNodeFragmentDoc,
    "\n  query AdminChains {\n    industryChains { code name nameEn nodes { ...AdminChainNode } }\n  }\n": typeof types.AdminChainsDocument,
    "\n  mutation AdminUpsertChainNode($input: ChainNodeInput!) {\n    upsertChainNode(input: $input) { ...AdminChainNode }\n  }\n": typeof types.AdminUpsertChainNodeDocument,
    "\n  query AdminModels {\n    profilingModels { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n": typeof types.AdminModelsDocument,
    "\n  mutation AdminCreateModel($input: ProfilingModelInput!) {\n    createProfilingModel(input: $input) { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n": typeof types.AdminCreateModelDocument,
    "\n  mutation AdminActivateModel($version: Int!) {\n    activateProfilingModel(version: $version) {\n      model { version active activatedAt }\n      job { id state progress }\n    }\n  }\n": typeof types.AdminActivateModelDocument,
    "\n  fragment AdminJobRow on Job { id kind state progress failedReason result createdAt startedAt finishedAt createdBy { id name email } }\n": typeof types.AdminJobRowFragmentDoc,
    "\n  query AdminJob($id: ID!) {\n    job(id: $id) { ...AdminJobRow }\n  }\n": typeof types.AdminJobDocument,
    "\n  query AdminJobs($kind: String, $state: JobState, $first: Int, $after: String) {\n    jobs(kind: $kind, state: $state, first: $first, after: $after) {\n      edges { cursor node { ...AdminJobRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n    jobKinds\n  }\n": typeof types.AdminJobsDocument,
    "\n  query AdminImportReport($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n": typeof types.AdminImportReportDocument,
    "\n  query AdminAuditLogs($filter: AuditFilter, $first: Int, $after: ID) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      id action entity entityId at actor { id name email } changes { field old new }\n    }\n  }\n": typeof types.AdminAuditLogsDocument,
    "\n  query AdminAuditFilters {\n    auditEntities\n  }\n": typeof types.AdminAuditFiltersDocument,
    "\n  fragment LeadCard on Lead {\n    id\n    title\n    stage\n    version\n    stale\n    expectedInvestment\n    nextFollowUp\n    nodeCode\n    priority\n    updatedAt\n    enterprise { id name }\n    owner { id name email }\n    subPark { id name }\n  }\n": typeof types.LeadCardFragmentDoc,
    "\n  query Board($filter: LeadFilter, $first: Int!) {\n    pipeline(filter: $filter) {\n      stage\n      name\n      count\n      expectedInvestment\n      leads(first: $first) {\n        edges { cursor node { ...LeadCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query BoardColumnMore($filter: LeadFilter!, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...LeadCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BoardColumnMoreDocument,
    "\n  query BoardTotals($filter: LeadFilter) {\n    pipeline(filter: $filter) { stage count expectedInvestment }\n  }\n": typeof types.BoardTotalsDocument,
    "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $version: Int!, $reason: String) {\n    moveLead(id: $id, stage: $stage, version: $version, reason: $reason) { ...LeadCard }\n  }\n": typeof types.MoveLeadDocument,
    "\n  query LeadNow($id: ID!) {\n    lead(id: $id) { ...LeadCard lastActivity { type summary occurredAt } }\n  }\n": typeof types.LeadNowDocument,
    "\n  query Home($owner: ID!) {\n    pipeline(filter: { ownerId: $owner }) { stage name count expectedInvestment }\n    stale: leads(filter: { ownerId: $owner, stale: true }, first: 10) {\n      totalCount\n      edges { node { id title stage stageEnteredAt enterprise { id name } } }\n    }\n    mine: leads(filter: { ownerId: $owner }, first: 100) {\n      edges { node { id title enterprise { id name } tasks { id title dueOn doneAt overdue } } }\n    }\n    notifications(unreadOnly: true, first: 20) { id kind title body createdAt leadId readAt }\n  }\n": typeof types.HomeDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkReadDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      stage\n      version\n      stale\n      source\n      priority\n      expectedInvestment\n      fixedAssetInvestment\n      expectedOutput\n      expectedTax\n      expectedJobs\n      landMu\n      floorSpace\n      nextFollowUp\n      nodeCode\n      lossReason\n      holdReason\n      createdAt\n      updatedAt\n      stageEnteredAt\n      enterprise { id name uscc status }\n      owner { id name email }\n      subPark { id name }\n      stageChanges { from to at reason actorId }\n      tasks { id title dueOn doneAt overdue assigneeId }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 30, after: $after) {\n        entries {\n          kind\n          at\n          summary\n          actorId\n          activity { id type summary occurredAt nextStep }\n          stageChange { from to reason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.LeadTimelineDocument,
    "\n  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {\n    updateLead(id: $id, input: $input) { id version updatedAt }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation LogActivity($leadId: ID!, $input: ActivityInput!) {\n    logActivity(leadId: $leadId, input: $input) { id type summary occurredAt }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation AddTask($leadId: ID!, $input: TaskInput!) {\n    addTask(leadId: $leadId, input: $input) { id title dueOn doneAt overdue }\n  }\n": typeof types.AddTaskDocument,
    "\n  mutation CompleteTask($id: ID!) {\n    completeTask(id: $id) { id doneAt overdue }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  fragment EnterpriseRow on Enterprise {\n    id\n    uscc\n    name\n    status\n    region\n    revenue\n    employees\n    listingStatus\n    srdiLevel\n    tags\n    updatedAt\n    subPark { id name }\n    chainNodes { role node { code name chain } }\n    profile { total badges }\n  }\n": typeof types.EnterpriseRowFragmentDoc,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      edges { cursor node { ...EnterpriseRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  query EnterpriseCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n": typeof types.EnterpriseCountDocument,
    "\n  query EnterpriseBasic($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      leads(first: 20) { edges { node { id title stage expectedInvestment owner { id name } } } }\n    }\n  }\n": typeof types.EnterpriseBasicDocument,
    "\n  query JobProgress($id: ID!) {\n    job(id: $id) { id state progress failedReason }\n  }\n": typeof types.JobProgressDocument,
    "\n  query ImportResult($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n": typeof types.ImportResultDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user { id email name role subParkIds }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Session {\n    me { id email name role subParkIds }\n    subParks { id code name group { id name } }\n    industryChains { code name nameEn nodes { code name segment parentCode } }\n  }\n": typeof types.SessionDocument,
    "\n  query GlobalSearch($text: String!) {\n    enterprises(filter: { text: $text }, first: 6) {\n      edges { node { id uscc name status subPark { id name } } }\n    }\n    leads(filter: { text: $text }, first: 6) {\n      edges { node { id title stage enterprise { id name } } }\n    }\n  }\n": typeof types.GlobalSearchDocument,
};
const documents: Documents = {
    "\n  fragment AdminUserRow on User { id email name role subParkIds groupId active createdAt }\n": types.AdminUserRowFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...AdminUserRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminGroups {\n    groups { id code name subParks { id name } }\n    subParks { id code name group { id name } }\n  }\n": types.AdminGroupsDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...AdminUserRow }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { ...AdminUserRow }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { ...AdminUserRow }\n  }\n": types.AdminSetUserActiveDocument,
    "\n  mutation AdminResetPassword($id: ID!, $input: ResetPasswordInput) {\n    resetUserPassword(id: $id, input: $input) { temporaryPassword user { ...AdminUserRow } }\n  }\n": types.AdminResetPasswordDocument,
    "\n  mutation AdminUpdateSubPark($id: ID!, $input: UpdateSubParkInput!) {\n    updateSubPark(id: $id, input: $input) { id code name group { id name } }\n  }\n": types.AdminUpdateSubParkDocument,
    "\n  fragment AdminChainNode on ChainNode { code name chain segment weight targetCount bottleneck parentCode keywords }\n": types.AdminChainNodeFragmentDoc,
    "\n  query AdminChains {\n    industryChains { code name nameEn nodes { ...AdminChainNode } }\n  }\n": types.AdminChainsDocument,
    "\n  mutation AdminUpsertChainNode($input: ChainNodeInput!) {\n    upsertChainNode(input: $input) { ...AdminChainNode }\n  }\n": types.AdminUpsertChainNodeDocument,
    "\n  query AdminModels {\n    profilingModels { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n": types.AdminModelsDocument,
    "\n  mutation AdminCreateModel($input: ProfilingModelInput!) {\n    createProfilingModel(input: $input) { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n": types.AdminCreateModelDocument,
    "\n  mutation AdminActivateModel($version: Int!) {\n    activateProfilingModel(version: $version) {\n      model { version active activatedAt }\n      job { id state progress }\n    }\n  }\n": types.AdminActivateModelDocument,
    "\n  fragment AdminJobRow on Job { id kind state progress failedReason result createdAt startedAt finishedAt createdBy { id name email } }\n": types.AdminJobRowFragmentDoc,
    "\n  query AdminJob($id: ID!) {\n    job(id: $id) { ...AdminJobRow }\n  }\n": types.AdminJobDocument,
    "\n  query AdminJobs($kind: String, $state: JobState, $first: Int, $after: String) {\n    jobs(kind: $kind, state: $state, first: $first, after: $after) {\n      edges { cursor node { ...AdminJobRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n    jobKinds\n  }\n": types.AdminJobsDocument,
    "\n  query AdminImportReport($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n": types.AdminImportReportDocument,
    "\n  query AdminAuditLogs($filter: AuditFilter, $first: Int, $after: ID) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      id action entity entityId at actor { id name email } changes { field old new }\n    }\n  }\n": types.AdminAuditLogsDocument,
    "\n  query AdminAuditFilters {\n    auditEntities\n  }\n": types.AdminAuditFiltersDocument,
    "\n  fragment LeadCard on Lead {\n    id\n    title\n    stage\n    version\n    stale\n    expectedInvestment\n    nextFollowUp\n    nodeCode\n    priority\n    updatedAt\n    enterprise { id name }\n    owner { id name email }\n    subPark { id name }\n  }\n": types.LeadCardFragmentDoc,
    "\n  query Board($filter: LeadFilter, $first: Int!) {\n    pipeline(filter: $filter) {\n      stage\n      name\n      count\n      expectedInvestment\n      leads(first: $first) {\n        edges { cursor node { ...LeadCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query BoardColumnMore($filter: LeadFilter!, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...LeadCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardColumnMoreDocument,
    "\n  query BoardTotals($filter: LeadFilter) {\n    pipeline(filter: $filter) { stage count expectedInvestment }\n  }\n": types.BoardTotalsDocument,
    "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $version: Int!, $reason: String) {\n    moveLead(id: $id, stage: $stage, version: $version, reason: $reason) { ...LeadCard }\n  }\n": types.MoveLeadDocument,
    "\n  query LeadNow($id: ID!) {\n    lead(id: $id) { ...LeadCard lastActivity { type summary occurredAt } }\n  }\n": types.LeadNowDocument,
    "\n  query Home($owner: ID!) {\n    pipeline(filter: { ownerId: $owner }) { stage name count expectedInvestment }\n    stale: leads(filter: { ownerId: $owner, stale: true }, first: 10) {\n      totalCount\n      edges { node { id title stage stageEnteredAt enterprise { id name } } }\n    }\n    mine: leads(filter: { ownerId: $owner }, first: 100) {\n      edges { node { id title enterprise { id name } tasks { id title dueOn doneAt overdue } } }\n    }\n    notifications(unreadOnly: true, first: 20) { id kind title body createdAt leadId readAt }\n  }\n": types.HomeDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkReadDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      stage\n      version\n      stale\n      source\n      priority\n      expectedInvestment\n      fixedAssetInvestment\n      expectedOutput\n      expectedTax\n      expectedJobs\n      landMu\n      floorSpace\n      nextFollowUp\n      nodeCode\n      lossReason\n      holdReason\n      createdAt\n      updatedAt\n      stageEnteredAt\n      enterprise { id name uscc status }\n      owner { id name email }\n      subPark { id name }\n      stageChanges { from to at reason actorId }\n      tasks { id title dueOn doneAt overdue assigneeId }\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 30, after: $after) {\n        entries {\n          kind\n          at\n          summary\n          actorId\n          activity { id type summary occurredAt nextStep }\n          stageChange { from to reason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.LeadTimelineDocument,
    "\n  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {\n    updateLead(id: $id, input: $input) { id version updatedAt }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation LogActivity($leadId: ID!, $input: ActivityInput!) {\n    logActivity(leadId: $leadId, input: $input) { id type summary occurredAt }\n  }\n": types.LogActivityDocument,
    "\n  mutation AddTask($leadId: ID!, $input: TaskInput!) {\n    addTask(leadId: $leadId, input: $input) { id title dueOn doneAt overdue }\n  }\n": types.AddTaskDocument,
    "\n  mutation CompleteTask($id: ID!) {\n    completeTask(id: $id) { id doneAt overdue }\n  }\n": types.CompleteTaskDocument,
    "\n  fragment EnterpriseRow on Enterprise {\n    id\n    uscc\n    name\n    status\n    region\n    revenue\n    employees\n    listingStatus\n    srdiLevel\n    tags\n    updatedAt\n    subPark { id name }\n    chainNodes { role node { code name chain } }\n    profile { total badges }\n  }\n": types.EnterpriseRowFragmentDoc,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      edges { cursor node { ...EnterpriseRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.EnterprisesDocument,
    "\n  query EnterpriseCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n": types.EnterpriseCountDocument,
    "\n  query EnterpriseBasic($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      leads(first: 20) { edges { node { id title stage expectedInvestment owner { id name } } } }\n    }\n  }\n": types.EnterpriseBasicDocument,
    "\n  query JobProgress($id: ID!) {\n    job(id: $id) { id state progress failedReason }\n  }\n": types.JobProgressDocument,
    "\n  query ImportResult($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n": types.ImportResultDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user { id email name role subParkIds }\n    }\n  }\n": types.LoginDocument,
    "\n  query Session {\n    me { id email name role subParkIds }\n    subParks { id code name group { id name } }\n    industryChains { code name nameEn nodes { code name segment parentCode } }\n  }\n": types.SessionDocument,
    "\n  query GlobalSearch($text: String!) {\n    enterprises(filter: { text: $text }, first: 6) {\n      edges { node { id uscc name status subPark { id name } } }\n    }\n    leads(filter: { text: $text }, first: 6) {\n      edges { node { id title stage enterprise { id name } } }\n    }\n  }\n": types.GlobalSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserRow on User { id email name role subParkIds groupId active createdAt }\n"): (typeof documents)["\n  fragment AdminUserRow on User { id email name role subParkIds groupId active createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...AdminUserRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { ...AdminUserRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroups {\n    groups { id code name subParks { id name } }\n    subParks { id code name group { id name } }\n  }\n"): (typeof documents)["\n  query AdminGroups {\n    groups { id code name subParks { id name } }\n    subParks { id code name group { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...AdminUserRow }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...AdminUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { ...AdminUserRow }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { ...AdminUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { ...AdminUserRow }\n  }\n"): (typeof documents)["\n  mutation AdminSetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { ...AdminUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($id: ID!, $input: ResetPasswordInput) {\n    resetUserPassword(id: $id, input: $input) { temporaryPassword user { ...AdminUserRow } }\n  }\n"): (typeof documents)["\n  mutation AdminResetPassword($id: ID!, $input: ResetPasswordInput) {\n    resetUserPassword(id: $id, input: $input) { temporaryPassword user { ...AdminUserRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSubPark($id: ID!, $input: UpdateSubParkInput!) {\n    updateSubPark(id: $id, input: $input) { id code name group { id name } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSubPark($id: ID!, $input: UpdateSubParkInput!) {\n    updateSubPark(id: $id, input: $input) { id code name group { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminChainNode on ChainNode { code name chain segment weight targetCount bottleneck parentCode keywords }\n"): (typeof documents)["\n  fragment AdminChainNode on ChainNode { code name chain segment weight targetCount bottleneck parentCode keywords }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChains {\n    industryChains { code name nameEn nodes { ...AdminChainNode } }\n  }\n"): (typeof documents)["\n  query AdminChains {\n    industryChains { code name nameEn nodes { ...AdminChainNode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpsertChainNode($input: ChainNodeInput!) {\n    upsertChainNode(input: $input) { ...AdminChainNode }\n  }\n"): (typeof documents)["\n  mutation AdminUpsertChainNode($input: ChainNodeInput!) {\n    upsertChainNode(input: $input) { ...AdminChainNode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminModels {\n    profilingModels { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n"): (typeof documents)["\n  query AdminModels {\n    profilingModels { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateModel($input: ProfilingModelInput!) {\n    createProfilingModel(input: $input) { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateModel($input: ProfilingModelInput!) {\n    createProfilingModel(input: $input) { version active note createdAt activatedAt weights { scale growth innovation chainFit landing } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminActivateModel($version: Int!) {\n    activateProfilingModel(version: $version) {\n      model { version active activatedAt }\n      job { id state progress }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminActivateModel($version: Int!) {\n    activateProfilingModel(version: $version) {\n      model { version active activatedAt }\n      job { id state progress }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminJobRow on Job { id kind state progress failedReason result createdAt startedAt finishedAt createdBy { id name email } }\n"): (typeof documents)["\n  fragment AdminJobRow on Job { id kind state progress failedReason result createdAt startedAt finishedAt createdBy { id name email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJob($id: ID!) {\n    job(id: $id) { ...AdminJobRow }\n  }\n"): (typeof documents)["\n  query AdminJob($id: ID!) {\n    job(id: $id) { ...AdminJobRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobs($kind: String, $state: JobState, $first: Int, $after: String) {\n    jobs(kind: $kind, state: $state, first: $first, after: $after) {\n      edges { cursor node { ...AdminJobRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n    jobKinds\n  }\n"): (typeof documents)["\n  query AdminJobs($kind: String, $state: JobState, $first: Int, $after: String) {\n    jobs(kind: $kind, state: $state, first: $first, after: $after) {\n      edges { cursor node { ...AdminJobRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n    jobKinds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminImportReport($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n"): (typeof documents)["\n  query AdminImportReport($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLogs($filter: AuditFilter, $first: Int, $after: ID) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      id action entity entityId at actor { id name email } changes { field old new }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLogs($filter: AuditFilter, $first: Int, $after: ID) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      id action entity entityId at actor { id name email } changes { field old new }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditFilters {\n    auditEntities\n  }\n"): (typeof documents)["\n  query AdminAuditFilters {\n    auditEntities\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadCard on Lead {\n    id\n    title\n    stage\n    version\n    stale\n    expectedInvestment\n    nextFollowUp\n    nodeCode\n    priority\n    updatedAt\n    enterprise { id name }\n    owner { id name email }\n    subPark { id name }\n  }\n"): (typeof documents)["\n  fragment LeadCard on Lead {\n    id\n    title\n    stage\n    version\n    stale\n    expectedInvestment\n    nextFollowUp\n    nodeCode\n    priority\n    updatedAt\n    enterprise { id name }\n    owner { id name email }\n    subPark { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($filter: LeadFilter, $first: Int!) {\n    pipeline(filter: $filter) {\n      stage\n      name\n      count\n      expectedInvestment\n      leads(first: $first) {\n        edges { cursor node { ...LeadCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($filter: LeadFilter, $first: Int!) {\n    pipeline(filter: $filter) {\n      stage\n      name\n      count\n      expectedInvestment\n      leads(first: $first) {\n        edges { cursor node { ...LeadCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnMore($filter: LeadFilter!, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...LeadCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnMore($filter: LeadFilter!, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...LeadCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTotals($filter: LeadFilter) {\n    pipeline(filter: $filter) { stage count expectedInvestment }\n  }\n"): (typeof documents)["\n  query BoardTotals($filter: LeadFilter) {\n    pipeline(filter: $filter) { stage count expectedInvestment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $version: Int!, $reason: String) {\n    moveLead(id: $id, stage: $stage, version: $version, reason: $reason) { ...LeadCard }\n  }\n"): (typeof documents)["\n  mutation MoveLead($id: ID!, $stage: LeadStage!, $version: Int!, $reason: String) {\n    moveLead(id: $id, stage: $stage, version: $version, reason: $reason) { ...LeadCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadNow($id: ID!) {\n    lead(id: $id) { ...LeadCard lastActivity { type summary occurredAt } }\n  }\n"): (typeof documents)["\n  query LeadNow($id: ID!) {\n    lead(id: $id) { ...LeadCard lastActivity { type summary occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($owner: ID!) {\n    pipeline(filter: { ownerId: $owner }) { stage name count expectedInvestment }\n    stale: leads(filter: { ownerId: $owner, stale: true }, first: 10) {\n      totalCount\n      edges { node { id title stage stageEnteredAt enterprise { id name } } }\n    }\n    mine: leads(filter: { ownerId: $owner }, first: 100) {\n      edges { node { id title enterprise { id name } tasks { id title dueOn doneAt overdue } } }\n    }\n    notifications(unreadOnly: true, first: 20) { id kind title body createdAt leadId readAt }\n  }\n"): (typeof documents)["\n  query Home($owner: ID!) {\n    pipeline(filter: { ownerId: $owner }) { stage name count expectedInvestment }\n    stale: leads(filter: { ownerId: $owner, stale: true }, first: 10) {\n      totalCount\n      edges { node { id title stage stageEnteredAt enterprise { id name } } }\n    }\n    mine: leads(filter: { ownerId: $owner }, first: 100) {\n      edges { node { id title enterprise { id name } tasks { id title dueOn doneAt overdue } } }\n    }\n    notifications(unreadOnly: true, first: 20) { id kind title body createdAt leadId readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      stage\n      version\n      stale\n      source\n      priority\n      expectedInvestment\n      fixedAssetInvestment\n      expectedOutput\n      expectedTax\n      expectedJobs\n      landMu\n      floorSpace\n      nextFollowUp\n      nodeCode\n      lossReason\n      holdReason\n      createdAt\n      updatedAt\n      stageEnteredAt\n      enterprise { id name uscc status }\n      owner { id name email }\n      subPark { id name }\n      stageChanges { from to at reason actorId }\n      tasks { id title dueOn doneAt overdue assigneeId }\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      stage\n      version\n      stale\n      source\n      priority\n      expectedInvestment\n      fixedAssetInvestment\n      expectedOutput\n      expectedTax\n      expectedJobs\n      landMu\n      floorSpace\n      nextFollowUp\n      nodeCode\n      lossReason\n      holdReason\n      createdAt\n      updatedAt\n      stageEnteredAt\n      enterprise { id name uscc status }\n      owner { id name email }\n      subPark { id name }\n      stageChanges { from to at reason actorId }\n      tasks { id title dueOn doneAt overdue assigneeId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 30, after: $after) {\n        entries {\n          kind\n          at\n          summary\n          actorId\n          activity { id type summary occurredAt nextStep }\n          stageChange { from to reason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 30, after: $after) {\n        entries {\n          kind\n          at\n          summary\n          actorId\n          activity { id type summary occurredAt nextStep }\n          stageChange { from to reason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {\n    updateLead(id: $id, input: $input) { id version updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {\n    updateLead(id: $id, input: $input) { id version updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($leadId: ID!, $input: ActivityInput!) {\n    logActivity(leadId: $leadId, input: $input) { id type summary occurredAt }\n  }\n"): (typeof documents)["\n  mutation LogActivity($leadId: ID!, $input: ActivityInput!) {\n    logActivity(leadId: $leadId, input: $input) { id type summary occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTask($leadId: ID!, $input: TaskInput!) {\n    addTask(leadId: $leadId, input: $input) { id title dueOn doneAt overdue }\n  }\n"): (typeof documents)["\n  mutation AddTask($leadId: ID!, $input: TaskInput!) {\n    addTask(leadId: $leadId, input: $input) { id title dueOn doneAt overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!) {\n    completeTask(id: $id) { id doneAt overdue }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($id: ID!) {\n    completeTask(id: $id) { id doneAt overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseRow on Enterprise {\n    id\n    uscc\n    name\n    status\n    region\n    revenue\n    employees\n    listingStatus\n    srdiLevel\n    tags\n    updatedAt\n    subPark { id name }\n    chainNodes { role node { code name chain } }\n    profile { total badges }\n  }\n"): (typeof documents)["\n  fragment EnterpriseRow on Enterprise {\n    id\n    uscc\n    name\n    status\n    region\n    revenue\n    employees\n    listingStatus\n    srdiLevel\n    tags\n    updatedAt\n    subPark { id name }\n    chainNodes { role node { code name chain } }\n    profile { total badges }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      edges { cursor node { ...EnterpriseRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      edges { cursor node { ...EnterpriseRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query EnterpriseCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseBasic($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      leads(first: 20) { edges { node { id title stage expectedInvestment owner { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseBasic($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      leads(first: 20) { edges { node { id title stage expectedInvestment owner { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobProgress($id: ID!) {\n    job(id: $id) { id state progress failedReason }\n  }\n"): (typeof documents)["\n  query JobProgress($id: ID!) {\n    job(id: $id) { id state progress failedReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportResult($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n"): (typeof documents)["\n  query ImportResult($id: ID!, $lang: ImportLang) {\n    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user { id email name role subParkIds }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user { id email name role subParkIds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me { id email name role subParkIds }\n    subParks { id code name group { id name } }\n    industryChains { code name nameEn nodes { code name segment parentCode } }\n  }\n"): (typeof documents)["\n  query Session {\n    me { id email name role subParkIds }\n    subParks { id code name group { id name } }\n    industryChains { code name nameEn nodes { code name segment parentCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($text: String!) {\n    enterprises(filter: { text: $text }, first: 6) {\n      edges { node { id uscc name status subPark { id name } } }\n    }\n    leads(filter: { text: $text }, first: 6) {\n      edges { node { id title stage enterprise { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query GlobalSearch($text: String!) {\n    enterprises(filter: { text: $text }, first: 6) {\n      edges { node { id uscc name status subPark { id name } } }\n    }\n    leads(filter: { text: $text }, first: 6) {\n      edges { node { id title stage enterprise { id name } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;