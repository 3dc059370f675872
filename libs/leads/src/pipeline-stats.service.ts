import { Injectable } from '@nestjs/common';
import { ChainsService } from '../../chains/src/chains.service.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, Clock, FEN_PER_WAN, forbidden, shanghaiDate } from '../../platform/src/index.js';
import { STAGE_NAMES } from './lead-stage.js';
import type { ChainInvestment, FunnelStage, MonthInvestment, PipelineFunnel, PipelineInvestment } from './pipeline-stats.models.js';
import { PipelineStatsRepository } from './pipeline-stats.repository.js';

const wan = (fen: string | bigint) => Number(BigInt(fen)) / FEN_PER_WAN;

/**
 * The cockpit's view of the pipeline. Leads are scoped exactly as everywhere (leadWhere): a group or an officer
 * counts only its sub-parks' leads, and asking for a sub-park it may not read is FORBIDDEN, never an empty answer.
 */
@Injectable()
export class PipelineStatsService {
  constructor(
    private readonly repo: PipelineStatsRepository,
    private readonly chains: ChainsService,
    private readonly clock: Clock,
  ) {}

  private subPark(scope: Scope, subParkId: string | null | undefined): string | undefined {
    if (subParkId === undefined || subParkId === null) return undefined;
    if (!/^\d+$/.test(subParkId)) throw badInput('subParkId', 'subParkId: not a sub-park id');
    if (!scope.canReadSubPark(subParkId)) throw forbidden('This sub-park is not one of yours');
    return subParkId;
  }

  async funnel(scope: Scope, subParkId?: string | null): Promise<PipelineFunnel> {
    const sp = this.subPark(scope, subParkId);
    const rows = await this.repo.funnel(scope, sp);
    const forward = rows.filter((r) => r.pos !== null);
    const stages: FunnelStage[] = rows.map((r) => {
      const next = r.pos === null ? undefined : forward.find((x) => x.pos === r.pos! + 1);
      return {
        stage: r.stage,
        name: STAGE_NAMES[r.stage],
        reached: r.reached,
        current: r.current,
        conversion: next && r.reached ? Math.round((next.reached! / r.reached) * 10_000) / 10_000 : null,
      };
    });
    return { subParkId: sp ?? null, total: rows.reduce((n, r) => n + r.current, 0), stages };
  }

  async investment(scope: Scope, year?: number | null, subParkId?: string | null): Promise<PipelineInvestment> {
    const sp = this.subPark(scope, subParkId);
    const y = year ?? Number(shanghaiDate(this.clock.now()).slice(0, 4));
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw badInput('year', 'year: must be between 2000 and 2100');
    const from = new Date(`${y}-01-01T00:00:00+08:00`);
    const to = new Date(`${y + 1}-01-01T00:00:00+08:00`);
    const [nodes, months] = await Promise.all([this.repo.byNode(scope, sp), this.repo.byMonth(scope, sp, from, to)]);

    const chainOf = await this.chains.nodesByCodes(nodes.map((n) => n.node_code).filter((c): c is string => c !== null));
    const byChain = new Map<string | null, { count: number; open: bigint; signed: bigint }>();
    for (const n of nodes) {
      const chain = n.node_code === null ? null : (chainOf.get(n.node_code)?.chain ?? null);
      const c = byChain.get(chain) ?? { count: 0, open: 0n, signed: 0n };
      c.count += n.count;
      c.open += BigInt(n.open_fen);
      c.signed += BigInt(n.signed_fen);
      byChain.set(chain, c);
    }
    const chains: ChainInvestment[] = [...byChain.entries()]
      .sort(([ca, a], [cb, b]) => (a.open !== b.open ? (b.open > a.open ? 1 : -1) : b.count - a.count || String(ca).localeCompare(String(cb))))
      .map(([chain, c]) => ({ chain, count: c.count, expectedInvestment: wan(c.open), signedInvestment: wan(c.signed) }));

    const byMonth: MonthInvestment[] = Array.from({ length: 12 }, (_, i) => {
      const m = i + 1;
      const of = (kind: string) => months.find((r) => r.kind === kind && r.month === m);
      const added = of('ADDED');
      const signed = of('SIGNED');
      return { month: m, addedCount: added?.count ?? 0, added: added ? wan(added.fen) : 0, signedCount: signed?.count ?? 0, signed: signed ? wan(signed.fen) : 0 };
    });
    const total = (kind: string) => months.filter((r) => r.kind === kind).reduce((a, r) => ({ n: a.n + r.count, fen: a.fen + BigInt(r.fen) }), { n: 0, fen: 0n });
    const signed = total('SIGNED');
    const landed = total('LANDED');
    return {
      year: y, subParkId: sp ?? null, byChain: chains, byMonth,
      signed: signed.n, signedInvestment: wan(signed.fen), landed: landed.n, landedInvestment: wan(landed.fen),
    };
  }
}
