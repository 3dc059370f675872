export const LeadDetail = /* GraphQL */ `
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      id
      title
      stage
      version
      stale
      source
      priority
      expectedInvestment
      fixedAssetInvestment
      expectedOutput
      expectedTax
      expectedJobs
      landMu
      floorSpace
      nextFollowUp
      nodeCode
      lossReason
      holdReason
      createdAt
      updatedAt
      stageEnteredAt
      enterprise { id name uscc status }
      owner { id name email }
      subPark { id name }
      stageChanges { from to at reason actorId }
      tasks { id title dueOn doneAt overdue assigneeId }
    }
  }
`;

export const LeadTimeline = /* GraphQL */ `
  query LeadTimeline($id: ID!, $after: String) {
    lead(id: $id) {
      id
      timeline(first: 30, after: $after) {
        entries {
          kind
          at
          summary
          actorId
          activity { id type summary occurredAt nextStep }
          stageChange { from to reason }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export const UpdateLead = /* GraphQL */ `
  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {
    updateLead(id: $id, input: $input) { id version updatedAt }
  }
`;

export const LogActivity = /* GraphQL */ `
  mutation LogActivity($leadId: ID!, $input: ActivityInput!) {
    logActivity(leadId: $leadId, input: $input) { id type summary occurredAt }
  }
`;

export const AddTask = /* GraphQL */ `
  mutation AddTask($leadId: ID!, $input: TaskInput!) {
    addTask(leadId: $leadId, input: $input) { id title dueOn doneAt overdue }
  }
`;

export const CompleteTask = /* GraphQL */ `
  mutation CompleteTask($id: ID!) {
    completeTask(id: $id) { id doneAt overdue }
  }
`;
