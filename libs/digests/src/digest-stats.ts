/** What a digest says, as stored in `digests.stats` (and returned as JSON by the API). Amounts in 万元. */
export interface DigestLeadItem {
  id: string;
  title: string;
  stage: string;
  stageName: string;
  enterpriseId: string;
  enterpriseName: string;
  subPark: string;
  expectedInvestment: number | null;
  at: string;
}

export interface DigestStats {
  week: { start: string; end: string };
  audience: string;
  audienceName: string;
  subParkIds: string[] | null;
  newLeads: { count: number; expectedInvestment: number; items: DigestLeadItem[] };
  /** expectedInvestment: of the leads that moved, each once; byMove's sums count a lead once per move. */
  stageMoves: { count: number; expectedInvestment: number; byMove: { from: string; to: string; fromName: string; toName: string; count: number; expectedInvestment: number }[] };
  reached: { count: number; byStage: Record<string, number>; items: (DigestLeadItem & { reachedStage: string; reachedStageName: string })[] };
  investmentByChain: { chain: string | null; name: string; count: number; expectedInvestment: number }[];
  stale: { count: number; items: (DigestLeadItem & { idleDays: number })[] };
  overdueTasks: { count: number; items: { id: string; title: string; dueOn: string; daysOverdue: number; leadId: string; leadTitle: string }[] };
  matches: { count: number; items: { id: string; score: number; nodeCode: string; nodeName: string; enterpriseId: string; enterpriseName: string; reason: string | null }[] };
  kpis: { code: string; name: string; unit: string; target: number; actual: number | null; progress: number | null; previous: number | null; change: number | null }[];
  kpiAsOf: string;
  yearElapsed: number;
}
