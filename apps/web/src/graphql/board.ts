export const LeadCard = /* GraphQL */ `
  fragment LeadCard on Lead {
    id
    title
    stage
    version
    stale
    expectedInvestment
    nextFollowUp
    nodeCode
    priority
    updatedAt
    enterprise { id name }
    owner { id name email }
    subPark { id name }
  }
`;

export const Board = /* GraphQL */ `
  query Board($filter: LeadFilter, $first: Int!) {
    pipeline(filter: $filter) {
      stage
      name
      count
      expectedInvestment
      leads(first: $first) {
        edges { cursor node { ...LeadCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export const BoardColumnMore = /* GraphQL */ `
  query BoardColumnMore($filter: LeadFilter!, $first: Int!, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      edges { cursor node { ...LeadCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const BoardTotals = /* GraphQL */ `
  query BoardTotals($filter: LeadFilter) {
    pipeline(filter: $filter) { stage count expectedInvestment }
  }
`;

export const MoveLead = /* GraphQL */ `
  mutation MoveLead($id: ID!, $stage: LeadStage!, $version: Int!, $reason: String) {
    moveLead(id: $id, stage: $stage, version: $version, reason: $reason) { ...LeadCard }
  }
`;

export const LeadNow = /* GraphQL */ `
  query LeadNow($id: ID!) {
    lead(id: $id) { ...LeadCard lastActivity { type summary occurredAt } }
  }
`;
