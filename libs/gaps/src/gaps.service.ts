import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enterpriseNodesRel, enterprisesRel } from '../../enterprises/src/enterprise-sql.js';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { toLead } from '../../leads/src/lead-row.js';
import type { Lead } from '../../leads/src/leads.models.js';
import { LeadsService } from '../../leads/src/leads.service.js';
import { badInput, forbidden, notFound, recordAudit } from '../../platform/src/index.js';
import { chainNodesRel, chainsRel } from '../../chains/src/chain-sql.js';
import { ChainsService } from '../../chains/src/chains.service.js';
import type { ChainCode } from '../../chains/src/chains.models.js';
import type { ChainGap, GapMatch, MatchStatus } from './gaps.models.js';

interface MatchRow {
  id: string;
  node_code: string;
  enterprise_id: string;
  score: number;
  reasons: GapMatch['reasons'];
  status: MatchStatus;
  dismiss_reason: string | null;
  lead_id: string | null;
}

export const toMatch = (r: MatchRow): GapMatch => ({
  id: String(r.id),
  nodeCode: r.node_code,
  enterpriseId: String(r.enterprise_id),
  score: Number(r.score),
  reasons: r.reasons,
  status: r.status,
  dismissReason: r.dismiss_reason,
  leadId: r.lead_id === null ? null : String(r.lead_id),
});

/**
 * The sub-park a new lead goes to: the enterprise's own, else the one that courts its chain, whichever the caller may
 * write; an officer outside both gets their first sub-park; a GROUP user (who writes no leads) none.
 */
export function chooseSubPark(scope: Scope, own: string | null, home: string | null): string | null {
  if (scope.role === Role.GROUP) return null;
  for (const c of [own, home]) if (c && scope.canWriteSubPark(c)) return c;
  return scope.role === Role.OFFICER ? (scope.subParkIds[0] ?? null) : (own ?? home);
}

@Injectable()
export class GapsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: ChainsService,
    private readonly leads: LeadsService,
    private readonly jobs: JobRunsService,
  ) {}

  /**
   * The latest snapshot for a chain, biggest gaps first. A GROUP user may ask for the park as a whole or for a
   * sub-park its group runs, and no other.
   */
  async chainGaps(scope: Scope, chain: ChainCode, subParkId?: string, nodeCode?: string): Promise<ChainGap[]> {
    if (subParkId !== undefined && subParkId !== null) {
      if (!/^\d+$/.test(subParkId)) throw badInput('subParkId', 'subParkId: not a sub-park id');
      if (scope.role === Role.GROUP && !scope.subParkIds.includes(subParkId)) throw forbidden("This sub-park is run by another group");
    }
    const rows: { node_code: string; sub_park_id: string; in_park_count: number; strength: number; gap_score: number; status: ChainGap['status']; has_leader: boolean; computed_at: Date }[] =
      await this.dataSource.query(
        `SELECT g.*, r.computed_at FROM chain_gaps g
         JOIN gap_runs r ON r.id = g.run_id
         JOIN ${chainNodesRel('cn')} ON cn.code = g.node_code
         WHERE g.run_id = (SELECT max(id) FROM gap_runs) AND cn.chain_code = $1 AND g.sub_park_id = $2
           AND ($3::text IS NULL OR g.node_code = $3)
         ORDER BY g.gap_score DESC, cn.sort`,
        [chain, subParkId ?? '0', nodeCode ?? null],
      );
    const nodes = await this.chains.nodesByCodes(rows.map((r) => r.node_code));
    return rows.map((r) => ({
      node: nodes.get(r.node_code)!,
      subParkId: r.sub_park_id === '0' || Number(r.sub_park_id) === 0 ? null : String(r.sub_park_id),
      inParkCount: r.in_park_count,
      strength: Number(r.strength),
      gapScore: Number(r.gap_score),
      status: r.status,
      hasChainLeader: r.has_leader,
      computedAt: r.computed_at,
    }));
  }

  /** Best first, for several nodes in one statement. NEW matches only while their enterprise is still a candidate. */
  async matchesFor(nodeCodes: readonly string[], first: number, includeDismissed: boolean): Promise<Map<string, GapMatch[]>> {
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT m.*, row_number() OVER (PARTITION BY m.node_code ORDER BY m.score DESC, m.id) AS rn
         FROM gap_matches m JOIN ${enterprisesRel('e')} ON e.id = m.enterprise_id
         WHERE m.node_code = ANY($1)
           AND (m.status <> 'NEW' OR (e.status = 'CANDIDATE' AND m.run_id = (SELECT max(id) FROM gap_runs)))
           AND ($3 OR m.status <> 'DISMISSED')
       ) x WHERE rn <= $2 ORDER BY node_code, rn`,
      [nodeCodes, first, includeDismissed],
    );
    const byNode = new Map<string, GapMatch[]>();
    for (const r of rows) byNode.set(r.node_code, [...(byNode.get(r.node_code) ?? []), toMatch(r)]);
    return byNode;
  }

  /** One step from match to lead (source 补链推荐). A converted match gives its lead again, never a second one. */
  async createLeadFromMatch(scope: Scope, matchId: string, subParkId?: string): Promise<Lead> {
    if (!/^\d+$/.test(matchId)) throw notFound('Match');
    return this.dataSource.transaction(async (manager) => {
      const [match] = await manager.query(
        `SELECT m.*, cn.name AS node_name, e.name AS enterprise_name, c.home_sub_park_id
         FROM gap_matches m JOIN ${chainNodesRel('cn')} ON cn.code = m.node_code JOIN ${chainsRel('c')} ON c.code = cn.chain_code
         JOIN ${enterprisesRel('e')} ON e.id = m.enterprise_id WHERE m.id = $1 FOR UPDATE OF m`,
        [matchId],
      );
      if (!match) throw notFound('Match');
      if (match.status === 'CONVERTED' && match.lead_id) return toLead(await this.leads.get(scope, String(match.lead_id), manager));
      const home = match.home_sub_park_id === null ? null : String(match.home_sub_park_id);
      const target = subParkId ?? (scope.role === Role.GROUP ? home : chooseSubPark(scope, null, home));
      if (!target) throw badInput('subParkId', 'subParkId: choose the sub-park that will court this enterprise');
      const lead = await this.leads.create(
        scope,
        { enterpriseId: String(match.enterprise_id), title: `补链：${match.enterprise_name}（${match.node_name}）`, subParkId: String(target), nodeCode: match.node_code },
        { source: '补链推荐', manager },
      );
      await manager.query(`UPDATE gap_matches SET status = 'CONVERTED', lead_id = $2, updated_at = now() WHERE id = $1`, [matchId, lead.id]);
      await recordAudit(manager, { actorId: scope.actorId, action: 'createLeadFromMatch', entity: 'GapMatch', entityId: matchId, before: { status: match.status }, after: { status: 'CONVERTED', leadId: lead.id } });
      return lead;
    });
  }

  /** What "create lead" fills in for an enterprise (see chooseSubPark); the enterprise's own chain node first by role and weight. */
  async leadSuggestion(scope: Scope, enterpriseId: string): Promise<{ subParkId: string | null; ownerId: string | null }> {
    const [row] = await this.dataSource.query(
      `SELECT e.sub_park_id AS own,
              (SELECT c.home_sub_park_id FROM ${enterpriseNodesRel('en')} JOIN ${chainNodesRel('cn')} ON cn.code = en.node_code JOIN ${chainsRel('c')} ON c.code = cn.chain_code
               WHERE en.enterprise_id = e.id
               ORDER BY (en.role = 'CHAIN_LEADER') DESC, (en.role = 'KEY') DESC, cn.weight DESC, cn.code LIMIT 1) AS home
       FROM ${enterprisesRel('e')} WHERE e.id = $1`,
      [enterpriseId],
    );
    if (!row) return { subParkId: null, ownerId: null };
    const subParkId = chooseSubPark(scope, row.own === null ? null : String(row.own), row.home === null ? null : String(row.home));
    return { subParkId, ownerId: subParkId !== null && scope.role !== Role.GROUP ? scope.userId : null };
  }

  async dismiss(scope: Scope, matchId: string, reason: string): Promise<GapMatch> {
    scope.require(Role.OFFICER, Role.MANAGER, Role.ADMIN);
    if (!reason?.trim()) throw badInput('reason', 'reason: say why this enterprise is not a fit');
    if (!/^\d+$/.test(matchId)) throw notFound('Match');
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query('SELECT status FROM gap_matches WHERE id = $1 FOR UPDATE', [matchId]);
      if (!before) throw notFound('Match');
      if (before.status === 'CONVERTED') throw badInput('matchId', 'matchId: this match already became a lead');
      const [[row]] = await manager.query(`UPDATE gap_matches SET status = 'DISMISSED', dismiss_reason = $2, updated_at = now() WHERE id = $1 RETURNING *`, [matchId, reason.trim()]);
      await recordAudit(manager, { actorId: scope.actorId, action: 'dismissMatch', entity: 'GapMatch', entityId: matchId, before: { status: before.status }, after: { status: 'DISMISSED', reason: reason.trim() } });
      return toMatch(row);
    });
  }

  async requestRecompute(scope: Scope): Promise<string> {
    scope.require(Role.ADMIN, Role.MANAGER);
    return this.dataSource.transaction((manager) => this.jobs.enqueueTracked(manager, 'RecomputeChainGaps', {}, scope.userId));
  }

  /** ADMIN: match score at or above which the analysis proposes leads by itself (null: never). */
  async setAutoLeadThreshold(scope: Scope, threshold: number | null): Promise<number | null> {
    scope.require(Role.ADMIN);
    if (threshold !== null && (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)) throw badInput('threshold', 'threshold: must be 0-100, or null');
    await this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT value FROM app_settings WHERE key = 'gaps.autoLeadThreshold' FOR UPDATE`);
      await manager.query(`UPDATE app_settings SET value = $1, updated_at = now() WHERE key = 'gaps.autoLeadThreshold'`, [JSON.stringify(threshold)]);
      await recordAudit(manager, { actorId: scope.actorId, action: 'setAutoLeadThreshold', entity: 'Setting', entityId: 'gaps.autoLeadThreshold', before: { value: before?.value ?? null }, after: { value: threshold } });
    });
    return threshold;
  }
}
