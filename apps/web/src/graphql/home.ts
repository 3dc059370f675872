export const Home = /* GraphQL */ `
  query Home($owner: ID!) {
    pipeline(filter: { ownerId: $owner }) { stage name count expectedInvestment }
    stale: leads(filter: { ownerId: $owner, stale: true }, first: 10) {
      totalCount
      edges { node { id title stage stageEnteredAt enterprise { id name } } }
    }
    mine: leads(filter: { ownerId: $owner }, first: 100) {
      edges { node { id title enterprise { id name } tasks { id title dueOn doneAt overdue } } }
    }
    notifications(unreadOnly: true, first: 20) { id kind title body createdAt leadId readAt }
  }
`;

export const MarkRead = /* GraphQL */ `
  mutation MarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`;
