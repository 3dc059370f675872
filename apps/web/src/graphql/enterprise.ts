/* 企业画像: the profile page of one enterprise. */
export const EnterpriseProfile = /* GraphQL */ `
  query EnterpriseProfile($id: ID!) {
    enterprise(id: $id) {
      ...EnterpriseRow
      version
      subParkId
      foundedOn
      registeredCapital
      techStaff
      revenuePrevYear
      output
      rdExpense
      inventionPatents
      highValuePatents
      hightechCertifiedOn
      financingRound
      financingAmount
      financingDate
      riskStatus
      expansionSignals
      leadSuggestion { subParkId ownerId }
      leads(first: 20) { edges { node { id title stage expectedInvestment updatedAt owner { id name } subPark { id name } } } }
      profile {
        total
        badges
        asOf
        computedAt
        modelVersion
        riskGate
        riskReasons { text }
        dimensions { key score weight reasons { text indicator value points } }
        badgeChecks { badge rule held note criteria { text indicator value } unmet { text indicator value } }
        thresholds { scale growth innovation chainFit landing }
        chainMedians { chain firms total scores { scale growth innovation chainFit landing } }
        history(first: 30) { total computedAt modelVersion badges }
      }
    }
  }
`;

export const UpdateEnterprise = /* GraphQL */ `
  mutation UpdateEnterprise($id: ID!, $input: EnterpriseInput!) {
    updateEnterprise(id: $id, input: $input) { id version updatedAt }
  }
`;

export const CreateLeadForEnterprise = /* GraphQL */ `
  mutation CreateLeadForEnterprise($input: LeadInput!) {
    createLead(input: $input) { id title stage }
  }
`;
