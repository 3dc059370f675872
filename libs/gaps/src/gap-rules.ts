/**
 * The gap method of DOMAIN.md §3, as pure functions (the SQL only aggregates; classification happens here).
 */
export type GapStatus = 'MISSING' | 'WEAK' | 'STRONG';

export interface NodeFacts {
  weight: number;
  targetCount: number;
  bottleneck: boolean;
  inParkCount: number;
  hasLeader: boolean;
  /** A valid high-tech or above-scale (规上, revenue ≥ 2000万元) firm is on the node. */
  hasQuality: boolean;
}

/** w × (1 − min(1, count / T)) × (1 + bottleneck); a node with no target has no gap. */
export function gapScore(n: Pick<NodeFacts, 'weight' | 'targetCount' | 'bottleneck' | 'inParkCount'>): number {
  const filled = n.targetCount <= 0 ? 1 : Math.min(1, n.inParkCount / n.targetCount);
  return Math.round(n.weight * (1 - filled) * (n.bottleneck ? 2 : 1) * 1000) / 1000;
}

/**
 * MISSING (缺链): no in-park firm and w ≥ 3. STRONG (强链): at least T firms, a chain leader, and a high-tech
 * or above-scale firm among them. Everything else is WEAK (弱链): too few firms, or none of quality.
 */
export function classify(n: NodeFacts): GapStatus {
  if (n.inParkCount === 0 && n.weight >= 3) return 'MISSING';
  if (n.inParkCount >= n.targetCount && n.targetCount > 0 && n.hasLeader && n.hasQuality) return 'STRONG';
  return 'WEAK';
}

/** The largest gap score a node can have (w = 5, bottleneck): needs are gap scores scaled to 0..1 by it. */
export const MAX_GAP_SCORE = 10;

/** How much the park needs a node, 0..1, for the profiles' chainFit. */
export const needOf = (score: number) => Math.round((score / MAX_GAP_SCORE) * 10000) / 10000;
