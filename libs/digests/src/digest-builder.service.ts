import { Injectable } from '@nestjs/common';
import { ChainsService } from '../../chains/src/chains.service.js';
import { RegistryFiguresRepository } from '../../enterprises/src/registry-figures.repository.js';
import { GapMatchReads } from '../../gaps/src/gap-match-reads.js';
import { Role } from '../../identity/src/role.js';
import { Scope } from '../../identity/src/scope.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { LeadStage, STAGE_NAMES } from '../../leads/src/lead-stage.js';
import { LeadWeekRepository, type WeekLeadRow } from '../../leads/src/lead-week.repository.js';
import { fenToWan } from '../../platform/src/index.js';
import type { DigestLeadItem, DigestStats } from './digest-stats.js';
import { KpisService, type BySubPark } from './kpis.service.js';
import { addDays, shanghaiMidnight, type Week } from './week.js';

/** Who a digest is for: the whole park (managers) or one group's sub-parks. Recipients of one audience share its content. */
export interface Audience {
  key: string;
  name: string;
  /** null: the whole park */
  subParkIds: string[] | null;
}

const LIST = 10;
const MATCHES = 5;
const REACHED: LeadStage[] = [LeadStage.SIGNED, LeadStage.REGISTERED, LeadStage.PRODUCING];
const fen = (v: string | null) => (v === null ? null : fenToWan(Number(v)));
const DAY_MS = 86_400_000;

/** Gathers what one audience's digest of one week says, reading each lib through its repository. */
@Injectable()
export class DigestBuilder {
  constructor(
    private readonly leads: LeadWeekRepository,
    private readonly matches: GapMatchReads,
    private readonly kpis: KpisService,
    private readonly registry: RegistryFiguresRepository,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
  ) {}

  private ref?: { at: number; value: Promise<{ chains: Awaited<ReturnType<ChainsService['industryChains']>>; parks: Awaited<ReturnType<SubParksService['list']>> }> };

  /** The chain map and the sub-parks (names for the digest), read once a minute at most: a build reads them once. */
  private reference() {
    if (!this.ref || Date.now() - this.ref.at > 60_000) {
      const value = Promise.all([this.chains.industryChains(), this.subParks.list()]).then(([chains, parks]) => ({ chains, parks }));
      this.ref = { at: Date.now(), value };
      value.catch(() => (this.ref = undefined));
    }
    return this.ref.value;
  }

  async stats(audience: Audience, wk: Week, previousKpis: Map<string, number | null> | null, now: Date, bySubPark?: BySubPark | Promise<BySubPark>): Promise<DigestStats> {
    const scope = audience.subParkIds === null ? new Scope('', Role.MANAGER, []) : new Scope('', Role.GROUP, audience.subParkIds);
    const nextMonday = addDays(wk.start, 7);
    const [created, { moves, movedFen }, reached, stale, overdue, matches, kpis, chains, parks] = await Promise.all([
      this.leads.created(scope, wk.from, wk.to, LIST),
      this.leads.stageMoves(scope, wk.from, wk.to),
      this.leads.reached(scope, wk.from, wk.to, REACHED, LIST),
      this.leads.stale(scope, LIST),
      this.leads.overdueTasks(scope, nextMonday, wk.to, LIST),
      this.matches.newMatches(wk.from, wk.to, audience.subParkIds, MATCHES),
      this.kpis.compute({ year: Number(wk.end.slice(0, 4)), asOf: wk.end, subParkIds: audience.subParkIds }, previousKpis ? null : addDays(wk.end, -7), await bySubPark),
      this.reference(),
    ]).then(([a, b, c, d, e, f, g, ref]) => [a, b, c, d, e, f, g, ref.chains, ref.parks] as const);
    const enterpriseIds = [...created.rows, ...reached, ...stale.rows].map((r) => String(r.enterprise_id)).concat(matches.rows.map((m) => m.enterprise_id));
    const names = await this.registry.names([...new Set(enterpriseIds)]);
    const parkName = new Map(parks.map((p) => [p.id, p.name]));
    const chainOfNode = new Map(chains.flatMap((c) => c.nodes.map((n) => [n.code, c] as const)));
    const nodeName = new Map(chains.flatMap((c) => c.nodes.map((n) => [n.code, n.name] as const)));
    const item = (r: WeekLeadRow): DigestLeadItem => ({
      id: String(r.id),
      title: r.title,
      stage: r.stage,
      stageName: STAGE_NAMES[r.stage],
      enterpriseId: String(r.enterprise_id),
      enterpriseName: names.get(String(r.enterprise_id)) ?? '',
      subPark: parkName.get(String(r.sub_park_id)) ?? '',
      expectedInvestment: fen(r.expected_investment),
      at: new Date(r.at).toISOString(),
    });

    const byChain = new Map<string | null, { chain: string | null; name: string; count: number; fen: bigint }>();
    for (const r of created.byNode) {
      const chain = r.node_code ? chainOfNode.get(r.node_code) : undefined;
      const key = chain?.code ?? null;
      const entry = byChain.get(key) ?? { chain: key, name: chain?.name ?? '未归链', count: 0, fen: 0n };
      entry.count += r.count;
      entry.fen += BigInt(r.expected_investment);
      byChain.set(key, entry);
    }
    const byStage = Object.fromEntries(REACHED.map((s) => [s, 0]));
    // Leads (not moves) that reached a stage: one lead moved to SIGNED twice counts once, at its latest such move.
    for (const r of reached) byStage[r.to_stage] = (byStage[r.to_stage] ?? 0) + 1;
    // Stale flags and open tasks are as they are now: idle days are counted to the later of the week's end and now.
    const reportAt = Math.max(shanghaiMidnight(nextMonday).getTime(), now.getTime());

    return {
      week: { start: wk.start, end: wk.end },
      audience: audience.key,
      audienceName: audience.name,
      subParkIds: audience.subParkIds,
      newLeads: { count: created.count, expectedInvestment: fenToWan(Number(created.expectedFen))!, items: created.rows.map(item) },
      stageMoves: {
        count: moves.reduce((n, m) => n + m.count, 0),
        expectedInvestment: fenToWan(Number(movedFen))!,
        byMove: moves.map((m) => ({ from: m.from_stage, to: m.to_stage, fromName: STAGE_NAMES[m.from_stage], toName: STAGE_NAMES[m.to_stage], count: m.count, expectedInvestment: fenToWan(Number(m.expected_investment))! })),
      },
      reached: {
        count: reached.length,
        byStage,
        items: reached.map((r) => ({ ...item(r), reachedStage: r.to_stage, reachedStageName: STAGE_NAMES[r.to_stage] })),
      },
      investmentByChain: [...byChain.values()]
        .sort((a, b) => (b.fen > a.fen ? 1 : b.fen < a.fen ? -1 : b.count - a.count))
        .map((c) => ({ chain: c.chain, name: c.name, count: c.count, expectedInvestment: fenToWan(Number(c.fen))! })),
      stale: {
        count: stale.count,
        items: stale.rows.map((r) => ({ ...item(r), idleDays: Math.max(0, Math.floor((reportAt - new Date(r.idle_since).getTime()) / DAY_MS)) })),
      },
      overdueTasks: {
        count: overdue.count,
        items: overdue.rows.map((t) => ({
          id: String(t.id), title: t.title, dueOn: t.due_on, leadId: String(t.lead_id), leadTitle: t.lead_title,
          daysOverdue: Math.round((shanghaiMidnight(nextMonday).getTime() - shanghaiMidnight(t.due_on).getTime()) / DAY_MS) - 1,
        })),
      },
      matches: {
        count: matches.count,
        items: matches.rows.map((m) => ({ id: m.id, score: m.score, nodeCode: m.node_code, nodeName: nodeName.get(m.node_code) ?? m.node_code, enterpriseId: m.enterprise_id, enterpriseName: names.get(m.enterprise_id) ?? '', reason: m.reason })),
      },
      kpis: kpis.map((k) => {
        const previous = previousKpis ? (previousKpis.get(k.code) ?? null) : k.previous;
        return {
          code: k.code, name: k.name, unit: k.unit, target: k.target, actual: k.actual, progress: k.progress, previous,
          change: k.actual === null || previous === null ? null : Math.round((k.actual - previous) * 10_000) / 10_000,
        };
      }),
      kpiAsOf: wk.end,
      yearElapsed: kpis[0]?.yearElapsed ?? 0,
    };
  }
}
