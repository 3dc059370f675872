/* 驾驶舱: plan KPIs, the pipeline funnel, expected investment, and construction deliveries. */
export const Cockpit = /* GraphQL */ `
  query Cockpit($subParkId: ID, $year: Int) {
    kpis(year: $year, subParkId: $subParkId) { code name unit target actual progress yearElapsed asOf year subParkId computed formula }
    pipelineFunnel(subParkId: $subParkId) { subParkId total stages { stage name reached current conversion } }
    pipelineInvestment(year: $year, subParkId: $subParkId) {
      year
      subParkId
      byChain { chain count expectedInvestment signedInvestment }
      byMonth { month addedCount added signedCount signed }
      signed
      signedInvestment
      landed
      landedInvestment
    }
  }
`;

export const KpiEnterprises = /* GraphQL */ `
  query KpiEnterprises($code: String!, $subParkId: ID, $asOf: String, $first: Int, $after: String) {
    kpiEnterprises(code: $code, subParkId: $subParkId, asOf: $asOf, first: $first, after: $after) {
      totalCount
      edges { cursor node { value enterprise { id uscc name hightechCertifiedOn subPark { id name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const KpiDeliveries = /* GraphQL */ `
  query KpiDeliveries($year: Int) {
    kpiDeliveries(year: $year) { id code quantity deliveredOn subParkId note createdBy createdAt }
  }
`;

export const RecordKpiDelivery = /* GraphQL */ `
  mutation RecordKpiDelivery($input: KpiDeliveryInput!) {
    recordKpiDelivery(input: $input) { id code quantity deliveredOn subParkId note createdBy createdAt }
  }
`;
