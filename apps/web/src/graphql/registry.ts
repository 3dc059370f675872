export const EnterpriseRow = /* GraphQL */ `
  fragment EnterpriseRow on Enterprise {
    id
    uscc
    name
    status
    region
    revenue
    employees
    listingStatus
    srdiLevel
    tags
    updatedAt
    subPark { id name }
    chainNodes { role node { code name chain } }
    profile { total badges }
  }
`;

export const Enterprises = /* GraphQL */ `
  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String, $sort: EnterpriseSort) {
    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {
      edges { cursor node { ...EnterpriseRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** After each filter change: counted up to a limit, so the next page never waits behind a count of a million rows. */
export const EnterpriseCount = /* GraphQL */ `
  query EnterpriseCount($filter: EnterpriseFilter, $limit: Int!) {
    enterprises(filter: $filter, first: 1) { boundedCount(limit: $limit) }
  }
`;

/** On request (精确统计): every match counted. */
export const EnterpriseExactCount = /* GraphQL */ `
  query EnterpriseExactCount($filter: EnterpriseFilter) {
    enterprises(filter: $filter, first: 1) { totalCount }
  }
`;

export const JobProgress = /* GraphQL */ `
  query JobProgress($id: ID!) {
    job(id: $id) { id state progress failedReason }
  }
`;

export const ImportResult = /* GraphQL */ `
  query ImportResult($id: ID!, $lang: ImportLang) {
    importReport(id: $id, lang: $lang) { id created updated rejected errors { row column message } }
  }
`;
