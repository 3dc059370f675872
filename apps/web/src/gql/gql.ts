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
    "\n  query ChainMap($chain: ChainCode!, $subParkId: ID) {\n    chainGaps(chain: $chain, subParkId: $subParkId) {\n      subParkId\n      inParkCount\n      strength\n      gapScore\n      status\n      hasChainLeader\n      computedAt\n      node { code name segment parentCode weight targetCount bottleneck }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query NodeDetail($chain: ChainCode!, $subParkId: ID, $node: String!) {\n    firms: enterprises(filter: { nodeCode: $node, status: IN_PARK, subParkId: $subParkId }, first: 50, sort: SCORE) {\n      totalCount\n      edges { node { id name subPark { id name } profile { total } chainNodes { role node { code } } } }\n    }\n    chainGaps(chain: $chain, subParkId: $subParkId, nodeCode: $node) {\n      node { code }\n      matches(first: 20) {\n        id\n        score\n        status\n        leadId\n        reasons { text indicator }\n        enterprise { id name region status profile { total } }\n      }\n    }\n  }\n": typeof types.NodeDetailDocument,
    "\n  mutation LeadFromMatch($matchId: ID!, $subParkId: ID) {\n    createLeadFromMatch(matchId: $matchId, subParkId: $subParkId) { id title stage subPark { id name } }\n  }\n": typeof types.LeadFromMatchDocument,
    "\n  mutation DismissMatch($matchId: ID!, $reason: String!) {\n    dismissMatch(matchId: $matchId, reason: $reason) { id status dismissReason }\n  }\n": typeof types.DismissMatchDocument,
    "\n  mutation RecomputeGaps {\n    recomputeChainGaps { id state progress }\n  }\n": typeof types.RecomputeGapsDocument,
    "\n  query GapJob($id: ID!) {\n    job(id: $id) { id state progress failedReason finishedAt }\n  }\n": typeof types.GapJobDocument,
    "\n  query Cockpit($subParkId: ID, $year: Int) {\n    kpis(year: $year, subParkId: $subParkId) { code name unit target actual progress yearElapsed asOf year subParkId computed formula }\n    pipelineFunnel(subParkId: $subParkId) { subParkId total stages { stage name reached current conversion } }\n    pipelineInvestment(year: $year, subParkId: $subParkId) {\n      year\n      subParkId\n      byChain { chain count expectedInvestment signedInvestment }\n      byMonth { month addedCount added signedCount signed }\n      signed\n      signedInvestment\n      landed\n      landedInvestment\n    }\n  }\n": typeof types.CockpitDocument,
    "\n  query KpiEnterprises($code: String!, $subParkId: ID, $asOf: String, $first: Int, $after: String) {\n    kpiEnterprises(code: $code, subParkId: $subParkId, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value enterprise { id uscc name hightechCertifiedOn subPark { id name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.KpiEnterprisesDocument,
    "\n  query KpiDeliveries($year: Int) {\n    kpiDeliveries(year: $year) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n": typeof types.KpiDeliveriesDocument,
    "\n  mutation RecordKpiDelivery($input: KpiDeliveryInput!) {\n    recordKpiDelivery(input: $input) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n": typeof types.RecordKpiDeliveryDocument,
    "\n  fragment DigestRow on Digest {\n    id\n    weekStart\n    subject\n    sendState\n    sendAttempts\n    lastError\n    sentAt\n    createdAt\n    audience\n    recipient { id email name }\n  }\n": typeof types.DigestRowFragmentDoc,
    "\n  query Digests($weekStart: String, $first: Int, $after: ID) {\n    digests(weekStart: $weekStart, first: $first, after: $after) { ...DigestRow }\n  }\n": typeof types.DigestsDocument,
    "\n  query DigestView($id: ID!) {\n    digest(id: $id) { ...DigestRow html stats messageId smtpResponse subParkIds }\n  }\n": typeof types.DigestViewDocument,
    "\n  mutation GenerateDigests($weekStart: String!) {\n    generateDigests(weekStart: $weekStart) { ...DigestRow }\n  }\n": typeof types.GenerateDigestsDocument,
    "\n  mutation ResendDigest($id: ID!) {\n    resendDigest(id: $id) { ...DigestRow }\n  }\n": typeof types.ResendDigestDocument,
    "\n  query DigestSettings {\n    digestSettings { mail }\n  }\n": typeof types.DigestSettingsDocument,
    "\n  mutation SetDigestMail($mail: Boolean!) {\n    setDigestMail(mail: $mail) { mail }\n  }\n": typeof types.SetDigestMailDocument,
    "\n  query EnterpriseProfile($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      version\n      subParkId\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      output\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      financingDate\n      riskStatus\n      expansionSignals\n      leadSuggestion { subParkId ownerId }\n      leads(first: 20) { edges { node { id title stage expectedInvestment updatedAt owner { id name } subPark { id name } } } }\n      profile {\n        total\n        badges\n        asOf\n        computedAt\n        modelVersion\n        riskGate\n        riskReasons { text }\n        dimensions { key score weight reasons { text indicator value points } }\n        badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }\n        thresholds { scale growth innovation chainFit landing }\n        chainMedians { chain firms total scores { scale growth innovation chainFit landing } }\n        history(first: 30) { total computedAt modelVersion badges }\n      }\n    }\n  }\n": typeof types.EnterpriseProfileDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) { id version updatedAt }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation CreateLeadForEnterprise($input: LeadInput!) {\n    createLead(input: $input) { id title stage }\n  }\n": typeof types.CreateLeadForEnterpriseDocument,
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
    "\n  query EnterpriseCount($filter: EnterpriseFilter, $limit: Int!) {\n    enterprises(filter: $filter, first: 1) { boundedCount(limit: $limit) }\n  }\n": typeof types.EnterpriseCountDocument,
    "\n  query EnterpriseExactCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n": typeof types.EnterpriseExactCountDocument,
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
    "\n  query ChainMap($chain: ChainCode!, $subParkId: ID) {\n    chainGaps(chain: $chain, subParkId: $subParkId) {\n      subParkId\n      inParkCount\n      strength\n      gapScore\n      status\n      hasChainLeader\n      computedAt\n      node { code name segment parentCode weight targetCount bottleneck }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query NodeDetail($chain: ChainCode!, $subParkId: ID, $node: String!) {\n    firms: enterprises(filter: { nodeCode: $node, status: IN_PARK, subParkId: $subParkId }, first: 50, sort: SCORE) {\n      totalCount\n      edges { node { id name subPark { id name } profile { total } chainNodes { role node { code } } } }\n    }\n    chainGaps(chain: $chain, subParkId: $subParkId, nodeCode: $node) {\n      node { code }\n      matches(first: 20) {\n        id\n        score\n        status\n        leadId\n        reasons { text indicator }\n        enterprise { id name region status profile { total } }\n      }\n    }\n  }\n": types.NodeDetailDocument,
    "\n  mutation LeadFromMatch($matchId: ID!, $subParkId: ID) {\n    createLeadFromMatch(matchId: $matchId, subParkId: $subParkId) { id title stage subPark { id name } }\n  }\n": types.LeadFromMatchDocument,
    "\n  mutation DismissMatch($matchId: ID!, $reason: String!) {\n    dismissMatch(matchId: $matchId, reason: $reason) { id status dismissReason }\n  }\n": types.DismissMatchDocument,
    "\n  mutation RecomputeGaps {\n    recomputeChainGaps { id state progress }\n  }\n": types.RecomputeGapsDocument,
    "\n  query GapJob($id: ID!) {\n    job(id: $id) { id state progress failedReason finishedAt }\n  }\n": types.GapJobDocument,
    "\n  query Cockpit($subParkId: ID, $year: Int) {\n    kpis(year: $year, subParkId: $subParkId) { code name unit target actual progress yearElapsed asOf year subParkId computed formula }\n    pipelineFunnel(subParkId: $subParkId) { subParkId total stages { stage name reached current conversion } }\n    pipelineInvestment(year: $year, subParkId: $subParkId) {\n      year\n      subParkId\n      byChain { chain count expectedInvestment signedInvestment }\n      byMonth { month addedCount added signedCount signed }\n      signed\n      signedInvestment\n      landed\n      landedInvestment\n    }\n  }\n": types.CockpitDocument,
    "\n  query KpiEnterprises($code: String!, $subParkId: ID, $asOf: String, $first: Int, $after: String) {\n    kpiEnterprises(code: $code, subParkId: $subParkId, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value enterprise { id uscc name hightechCertifiedOn subPark { id name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.KpiEnterprisesDocument,
    "\n  query KpiDeliveries($year: Int) {\n    kpiDeliveries(year: $year) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n": types.KpiDeliveriesDocument,
    "\n  mutation RecordKpiDelivery($input: KpiDeliveryInput!) {\n    recordKpiDelivery(input: $input) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n": types.RecordKpiDeliveryDocument,
    "\n  fragment DigestRow on Digest {\n    id\n    weekStart\n    subject\n    sendState\n    sendAttempts\n    lastError\n    sentAt\n    createdAt\n    audience\n    recipient { id email name }\n  }\n": types.DigestRowFragmentDoc,
    "\n  query Digests($weekStart: String, $first: Int, $after: ID) {\n    digests(weekStart: $weekStart, first: $first, after: $after) { ...DigestRow }\n  }\n": types.DigestsDocument,
    "\n  query DigestView($id: ID!) {\n    digest(id: $id) { ...DigestRow html stats messageId smtpResponse subParkIds }\n  }\n": types.DigestViewDocument,
    "\n  mutation GenerateDigests($weekStart: String!) {\n    generateDigests(weekStart: $weekStart) { ...DigestRow }\n  }\n": types.GenerateDigestsDocument,
    "\n  mutation ResendDigest($id: ID!) {\n    resendDigest(id: $id) { ...DigestRow }\n  }\n": types.ResendDigestDocument,
    "\n  query DigestSettings {\n    digestSettings { mail }\n  }\n": types.DigestSettingsDocument,
    "\n  mutation SetDigestMail($mail: Boolean!) {\n    setDigestMail(mail: $mail) { mail }\n  }\n": types.SetDigestMailDocument,
    "\n  query EnterpriseProfile($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      version\n      subParkId\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      output\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      financingDate\n      riskStatus\n      expansionSignals\n      leadSuggestion { subParkId ownerId }\n      leads(first: 20) { edges { node { id title stage expectedInvestment updatedAt owner { id name } subPark { id name } } } }\n      profile {\n        total\n        badges\n        asOf\n        computedAt\n        modelVersion\n        riskGate\n        riskReasons { text }\n        dimensions { key score weight reasons { text indicator value points } }\n        badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }\n        thresholds { scale growth innovation chainFit landing }\n        chainMedians { chain firms total scores { scale growth innovation chainFit landing } }\n        history(first: 30) { total computedAt modelVersion badges }\n      }\n    }\n  }\n": types.EnterpriseProfileDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) { id version updatedAt }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation CreateLeadForEnterprise($input: LeadInput!) {\n    createLead(input: $input) { id title stage }\n  }\n": types.CreateLeadForEnterpriseDocument,
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
    "\n  query EnterpriseCount($filter: EnterpriseFilter, $limit: Int!) {\n    enterprises(filter: $filter, first: 1) { boundedCount(limit: $limit) }\n  }\n": types.EnterpriseCountDocument,
    "\n  query EnterpriseExactCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n": types.EnterpriseExactCountDocument,
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
export function graphql(source: "\n  query ChainMap($chain: ChainCode!, $subParkId: ID) {\n    chainGaps(chain: $chain, subParkId: $subParkId) {\n      subParkId\n      inParkCount\n      strength\n      gapScore\n      status\n      hasChainLeader\n      computedAt\n      node { code name segment parentCode weight targetCount bottleneck }\n    }\n  }\n"): (typeof documents)["\n  query ChainMap($chain: ChainCode!, $subParkId: ID) {\n    chainGaps(chain: $chain, subParkId: $subParkId) {\n      subParkId\n      inParkCount\n      strength\n      gapScore\n      status\n      hasChainLeader\n      computedAt\n      node { code name segment parentCode weight targetCount bottleneck }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetail($chain: ChainCode!, $subParkId: ID, $node: String!) {\n    firms: enterprises(filter: { nodeCode: $node, status: IN_PARK, subParkId: $subParkId }, first: 50, sort: SCORE) {\n      totalCount\n      edges { node { id name subPark { id name } profile { total } chainNodes { role node { code } } } }\n    }\n    chainGaps(chain: $chain, subParkId: $subParkId, nodeCode: $node) {\n      node { code }\n      matches(first: 20) {\n        id\n        score\n        status\n        leadId\n        reasons { text indicator }\n        enterprise { id name region status profile { total } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeDetail($chain: ChainCode!, $subParkId: ID, $node: String!) {\n    firms: enterprises(filter: { nodeCode: $node, status: IN_PARK, subParkId: $subParkId }, first: 50, sort: SCORE) {\n      totalCount\n      edges { node { id name subPark { id name } profile { total } chainNodes { role node { code } } } }\n    }\n    chainGaps(chain: $chain, subParkId: $subParkId, nodeCode: $node) {\n      node { code }\n      matches(first: 20) {\n        id\n        score\n        status\n        leadId\n        reasons { text indicator }\n        enterprise { id name region status profile { total } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadFromMatch($matchId: ID!, $subParkId: ID) {\n    createLeadFromMatch(matchId: $matchId, subParkId: $subParkId) { id title stage subPark { id name } }\n  }\n"): (typeof documents)["\n  mutation LeadFromMatch($matchId: ID!, $subParkId: ID) {\n    createLeadFromMatch(matchId: $matchId, subParkId: $subParkId) { id title stage subPark { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissMatch($matchId: ID!, $reason: String!) {\n    dismissMatch(matchId: $matchId, reason: $reason) { id status dismissReason }\n  }\n"): (typeof documents)["\n  mutation DismissMatch($matchId: ID!, $reason: String!) {\n    dismissMatch(matchId: $matchId, reason: $reason) { id status dismissReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeGaps {\n    recomputeChainGaps { id state progress }\n  }\n"): (typeof documents)["\n  mutation RecomputeGaps {\n    recomputeChainGaps { id state progress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapJob($id: ID!) {\n    job(id: $id) { id state progress failedReason finishedAt }\n  }\n"): (typeof documents)["\n  query GapJob($id: ID!) {\n    job(id: $id) { id state progress failedReason finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cockpit($subParkId: ID, $year: Int) {\n    kpis(year: $year, subParkId: $subParkId) { code name unit target actual progress yearElapsed asOf year subParkId computed formula }\n    pipelineFunnel(subParkId: $subParkId) { subParkId total stages { stage name reached current conversion } }\n    pipelineInvestment(year: $year, subParkId: $subParkId) {\n      year\n      subParkId\n      byChain { chain count expectedInvestment signedInvestment }\n      byMonth { month addedCount added signedCount signed }\n      signed\n      signedInvestment\n      landed\n      landedInvestment\n    }\n  }\n"): (typeof documents)["\n  query Cockpit($subParkId: ID, $year: Int) {\n    kpis(year: $year, subParkId: $subParkId) { code name unit target actual progress yearElapsed asOf year subParkId computed formula }\n    pipelineFunnel(subParkId: $subParkId) { subParkId total stages { stage name reached current conversion } }\n    pipelineInvestment(year: $year, subParkId: $subParkId) {\n      year\n      subParkId\n      byChain { chain count expectedInvestment signedInvestment }\n      byMonth { month addedCount added signedCount signed }\n      signed\n      signedInvestment\n      landed\n      landedInvestment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiEnterprises($code: String!, $subParkId: ID, $asOf: String, $first: Int, $after: String) {\n    kpiEnterprises(code: $code, subParkId: $subParkId, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value enterprise { id uscc name hightechCertifiedOn subPark { id name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query KpiEnterprises($code: String!, $subParkId: ID, $asOf: String, $first: Int, $after: String) {\n    kpiEnterprises(code: $code, subParkId: $subParkId, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value enterprise { id uscc name hightechCertifiedOn subPark { id name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiDeliveries($year: Int) {\n    kpiDeliveries(year: $year) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n"): (typeof documents)["\n  query KpiDeliveries($year: Int) {\n    kpiDeliveries(year: $year) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordKpiDelivery($input: KpiDeliveryInput!) {\n    recordKpiDelivery(input: $input) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n"): (typeof documents)["\n  mutation RecordKpiDelivery($input: KpiDeliveryInput!) {\n    recordKpiDelivery(input: $input) { id code quantity deliveredOn subParkId note createdBy createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DigestRow on Digest {\n    id\n    weekStart\n    subject\n    sendState\n    sendAttempts\n    lastError\n    sentAt\n    createdAt\n    audience\n    recipient { id email name }\n  }\n"): (typeof documents)["\n  fragment DigestRow on Digest {\n    id\n    weekStart\n    subject\n    sendState\n    sendAttempts\n    lastError\n    sentAt\n    createdAt\n    audience\n    recipient { id email name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Digests($weekStart: String, $first: Int, $after: ID) {\n    digests(weekStart: $weekStart, first: $first, after: $after) { ...DigestRow }\n  }\n"): (typeof documents)["\n  query Digests($weekStart: String, $first: Int, $after: ID) {\n    digests(weekStart: $weekStart, first: $first, after: $after) { ...DigestRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestView($id: ID!) {\n    digest(id: $id) { ...DigestRow html stats messageId smtpResponse subParkIds }\n  }\n"): (typeof documents)["\n  query DigestView($id: ID!) {\n    digest(id: $id) { ...DigestRow html stats messageId smtpResponse subParkIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateDigests($weekStart: String!) {\n    generateDigests(weekStart: $weekStart) { ...DigestRow }\n  }\n"): (typeof documents)["\n  mutation GenerateDigests($weekStart: String!) {\n    generateDigests(weekStart: $weekStart) { ...DigestRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendDigest($id: ID!) {\n    resendDigest(id: $id) { ...DigestRow }\n  }\n"): (typeof documents)["\n  mutation ResendDigest($id: ID!) {\n    resendDigest(id: $id) { ...DigestRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestSettings {\n    digestSettings { mail }\n  }\n"): (typeof documents)["\n  query DigestSettings {\n    digestSettings { mail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestMail($mail: Boolean!) {\n    setDigestMail(mail: $mail) { mail }\n  }\n"): (typeof documents)["\n  mutation SetDigestMail($mail: Boolean!) {\n    setDigestMail(mail: $mail) { mail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseProfile($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      version\n      subParkId\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      output\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      financingDate\n      riskStatus\n      expansionSignals\n      leadSuggestion { subParkId ownerId }\n      leads(first: 20) { edges { node { id title stage expectedInvestment updatedAt owner { id name } subPark { id name } } } }\n      profile {\n        total\n        badges\n        asOf\n        computedAt\n        modelVersion\n        riskGate\n        riskReasons { text }\n        dimensions { key score weight reasons { text indicator value points } }\n        badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }\n        thresholds { scale growth innovation chainFit landing }\n        chainMedians { chain firms total scores { scale growth innovation chainFit landing } }\n        history(first: 30) { total computedAt modelVersion badges }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseProfile($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRow\n      version\n      subParkId\n      foundedOn\n      registeredCapital\n      techStaff\n      revenuePrevYear\n      output\n      rdExpense\n      inventionPatents\n      highValuePatents\n      hightechCertifiedOn\n      financingRound\n      financingAmount\n      financingDate\n      riskStatus\n      expansionSignals\n      leadSuggestion { subParkId ownerId }\n      leads(first: 20) { edges { node { id title stage expectedInvestment updatedAt owner { id name } subPark { id name } } } }\n      profile {\n        total\n        badges\n        asOf\n        computedAt\n        modelVersion\n        riskGate\n        riskReasons { text }\n        dimensions { key score weight reasons { text indicator value points } }\n        badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }\n        thresholds { scale growth innovation chainFit landing }\n        chainMedians { chain firms total scores { scale growth innovation chainFit landing } }\n        history(first: 30) { total computedAt modelVersion badges }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) { id version updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) { id version updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadForEnterprise($input: LeadInput!) {\n    createLead(input: $input) { id title stage }\n  }\n"): (typeof documents)["\n  mutation CreateLeadForEnterprise($input: LeadInput!) {\n    createLead(input: $input) { id title stage }\n  }\n"];
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
export function graphql(source: "\n  query EnterpriseCount($filter: EnterpriseFilter, $limit: Int!) {\n    enterprises(filter: $filter, first: 1) { boundedCount(limit: $limit) }\n  }\n"): (typeof documents)["\n  query EnterpriseCount($filter: EnterpriseFilter, $limit: Int!) {\n    enterprises(filter: $filter, first: 1) { boundedCount(limit: $limit) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseExactCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query EnterpriseExactCount($filter: EnterpriseFilter) {\n    enterprises(filter: $filter, first: 1) { totalCount }\n  }\n"];
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