/* 产业链图谱: a chain's latest gap analysis, a node's firms and matches. */
export const ChainMap = /* GraphQL */ `
  query ChainMap($chain: ChainCode!, $subParkId: ID) {
    chainGaps(chain: $chain, subParkId: $subParkId) {
      subParkId
      inParkCount
      strength
      gapScore
      status
      hasChainLeader
      computedAt
      node { code name segment parentCode weight targetCount bottleneck }
    }
  }
`;

export const NodeDetail = /* GraphQL */ `
  query NodeDetail($chain: ChainCode!, $subParkId: ID, $node: String!) {
    firms: enterprises(filter: { nodeCode: $node, status: IN_PARK, subParkId: $subParkId }, first: 50, sort: SCORE) {
      totalCount
      edges { node { id name subPark { id name } profile { total } chainNodes { role node { code } } } }
    }
    chainGaps(chain: $chain, subParkId: $subParkId, nodeCode: $node) {
      node { code }
      matches(first: 20) {
        id
        score
        status
        leadId
        reasons { text indicator }
        enterprise { id name region status profile { total } }
      }
    }
  }
`;

export const LeadFromMatch = /* GraphQL */ `
  mutation LeadFromMatch($matchId: ID!, $subParkId: ID) {
    createLeadFromMatch(matchId: $matchId, subParkId: $subParkId) { id title stage subPark { id name } }
  }
`;

export const DismissMatch = /* GraphQL */ `
  mutation DismissMatch($matchId: ID!, $reason: String!) {
    dismissMatch(matchId: $matchId, reason: $reason) { id status dismissReason }
  }
`;

export const RecomputeGaps = /* GraphQL */ `
  mutation RecomputeGaps {
    recomputeChainGaps { id state progress }
  }
`;

export const GapJob = /* GraphQL */ `
  query GapJob($id: ID!) {
    job(id: $id) { id state progress failedReason finishedAt }
  }
`;
