import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { chainNodesRel, chainsRel } from '../../chains/src/chain-sql.js';
import { ChainsService } from '../../chains/src/chains.service.js';
import { enterpriseNodesRel, enterprisesRel } from '../../enterprises/src/enterprise-sql.js';
import { userSubParksRel, usersRel } from '../../identity/src/identity-sql.js';
import { SubParksService } from '../../identity/src/sub-parks.service.js';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { leadsRel } from '../../leads/src/lead-sql.js';
import { profileScoresRel } from '../../profiles/src/profile-sql.js';
import { Scope } from '../../identity/src/scope.js';
import { LeadsService } from '../../leads/src/leads.service.js';
import { enqueueManyInTransaction } from '../../platform/src/index.js';
import { classify, gapScore, needOf, type GapStatus } from './gap-rules.js';

/** 规上 (above designated size): revenue ≥ 20,000,000 CNY, in fen. */
const ABOVE_SCALE_FEN = 2_000_000_000;
const REPROFILE_CHUNK = 2000;

interface NodeRow {
  code: string;
  chain_code: string;
  name: string;
  weight: number;
  target_count: number;
  bottleneck: boolean;
}

interface AggregateRow {
  node_code: string;
  sub_park_id: string | null;
  cnt: number;
  strength: number;
  has_leader: boolean;
  has_quality: boolean;
}

export interface GapRow {
  node_code: string;
  sub_park_id: string;
  in_park_count: number;
  strength: number;
  gap_score: number;
  status: GapStatus;
  has_leader: boolean;
  has_quality: boolean;
}

/**
 * 补链: one run measures every node for the park and each sub-park (one aggregate over in-park firms), keeps
 * the result as a snapshot, feeds the park-level gap scores to the profiles as need, ranks candidates for
 * every MISSING or WEAK node in one statement, and — above the administrator's threshold — proposes leads.
 * Runs are idempotent: matches are upserted by (node, enterprise), so an officer's CONVERTED or DISMISSED stays.
 */
@Injectable()
export class GapAnalysisService {
  private readonly logger = new Logger(GapAnalysisService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunsService,
    private readonly leads: LeadsService,
    private readonly chains: ChainsService,
    private readonly subParks: SubParksService,
  ) {}

  async run(jobRunId?: string): Promise<{ runId: string; gaps: number; matches: number; proposed: number }> {
    if (jobRunId) {
      if (await this.jobs.isCompleted(jobRunId)) return { runId: '', gaps: 0, matches: 0, proposed: 0 };
      await this.jobs.start(jobRunId);
    }
    // Read before the transaction takes its connection: the service reads on a connection of its own.
    const parks = await this.subParks.list();
    const result = await this.dataSource.transaction(async (manager) => {
      // One analysis at a time: two runs would interleave their snapshots and double-propose leads.
      await manager.query('SELECT pg_advisory_xact_lock(7400)');
      const [{ id: runId }] = await manager.query('INSERT INTO gap_runs (job_run_id) VALUES ($1) RETURNING id', [jobRunId ?? null]);
      const gaps = await this.analyse(manager, String(runId), parks.map((p) => p.id));
      if (jobRunId) await this.jobs.progress(jobRunId, 40);
      await this.updateNeeds(manager, gaps.filter((g) => g.sub_park_id === '0'));
      const matches = await this.match(manager, String(runId), gaps.filter((g) => g.sub_park_id === '0' && g.status !== 'STRONG'));
      if (jobRunId) await this.jobs.progress(jobRunId, 80);
      const proposed = await this.propose(manager, String(runId));
      return { runId: String(runId), gaps: gaps.length, matches, proposed };
    });
    if (jobRunId) await this.jobs.complete(jobRunId, result);
    this.logger.log(`Chain gaps run ${result.runId}: ${result.gaps} gaps, ${result.matches} matches, ${result.proposed} leads proposed`);
    return result;
  }

  /** Every node × (park, each sub-park), classified by the rules in gap-rules.ts. */
  private async analyse(manager: EntityManager, runId: string, subParkIds: readonly string[]): Promise<GapRow[]> {
    // One transaction is one connection: its queries run one after another.
    const nodes: NodeRow[] = await manager.query(`SELECT code, chain_code, name, weight, target_count, bottleneck FROM ${chainNodesRel('n')}`);
    const aggregates: AggregateRow[] = await manager.query(
      `SELECT en.node_code, e.sub_park_id, count(*)::int AS cnt,
              sum(0.5 + (coalesce(p.scale, 0) + coalesce(p.innovation, 0)) / 200
                  + CASE WHEN 'HIGHTECH_VALID' = ANY(p.badges) THEN 0.5 ELSE 0 END
                  + CASE WHEN en.role = 'CHAIN_LEADER' THEN 1 ELSE 0 END)::real AS strength,
              bool_or(en.role = 'CHAIN_LEADER') AS has_leader,
              bool_or(coalesce('HIGHTECH_VALID' = ANY(p.badges), false) OR coalesce(e.revenue >= $1, false)) AS has_quality
       FROM ${enterpriseNodesRel('en')}
       JOIN ${enterprisesRel('e')} ON e.id = en.enterprise_id AND e.status = 'IN_PARK'
       LEFT JOIN ${profileScoresRel('p')} ON p.enterprise_id = e.id
       GROUP BY GROUPING SETS ((en.node_code, e.sub_park_id), (en.node_code))`,
      [ABOVE_SCALE_FEN],
    );
    const byKey = new Map(aggregates.map((a) => [`${a.sub_park_id ?? 0}:${a.node_code}`, a]));
    const scopes = ['0', ...subParkIds.map(String)];
    const rows: GapRow[] = [];
    for (const scope of scopes) {
      for (const n of nodes) {
        const a = byKey.get(`${scope}:${n.code}`);
        const facts = {
          weight: n.weight, targetCount: n.target_count, bottleneck: n.bottleneck,
          inParkCount: a?.cnt ?? 0, hasLeader: a?.has_leader ?? false, hasQuality: a?.has_quality ?? false,
        };
        rows.push({
          node_code: n.code, sub_park_id: scope, in_park_count: facts.inParkCount, strength: Math.round((a?.strength ?? 0) * 100) / 100,
          gap_score: gapScore(facts), status: classify(facts), has_leader: facts.hasLeader, has_quality: facts.hasQuality,
        });
      }
    }
    await manager.query(
      `INSERT INTO chain_gaps (run_id, node_code, sub_park_id, in_park_count, strength, gap_score, status, has_leader, has_quality)
       SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::int[], $5::real[], $6::real[], $7::text[], $8::bool[], $9::bool[])`,
      [runId, ...(['node_code', 'sub_park_id', 'in_park_count', 'strength', 'gap_score', 'status', 'has_leader', 'has_quality'] as const).map((k) => rows.map((r) => r[k]))],
    );
    return rows;
  }

  /** Park-level gap scores become the profiles' need; enterprises on nodes whose need moved are re-profiled. */
  private async updateNeeds(manager: EntityManager, parkGaps: GapRow[]): Promise<void> {
    const changed = await this.chains.setNeeds(manager, parkGaps.map((g) => ({ nodeCode: g.node_code, need: needOf(g.gap_score) })));
    if (changed.length === 0) return;
    const ids: { id: string }[] = await manager.query(`SELECT DISTINCT en.enterprise_id AS id FROM ${enterpriseNodesRel('en')} WHERE en.node_code = ANY($1)`, [changed]);
    const messages = [];
    for (let i = 0; i < ids.length; i += REPROFILE_CHUNK) {
      messages.push({ name: 'ProfileEnterprises' as const, payload: { enterpriseIds: ids.slice(i, i + REPROFILE_CHUNK).map((r) => String(r.id)) } });
    }
    await enqueueManyInTransaction(manager, messages);
  }

  /**
   * Candidates (never in-park firms) on each gap node, ranked by fit × profile × landing likelihood, with the
   * park's chain leaders on the same chain counted as ties. One statement for every node.
   */
  private async match(manager: EntityManager, runId: string, gaps: GapRow[]): Promise<number> {
    if (gaps.length === 0) return 0;
    const [{ value: perNode }] = await manager.query(`SELECT value FROM app_settings WHERE key = 'gaps.matchesPerNode'`);
    const [{ n }] = await manager.query(
      `WITH gaps AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) AS g(node_code, status, cnt)
       ), leaders AS (
         SELECT cn.chain_code, count(DISTINCT en.enterprise_id)::int AS n
         FROM ${enterpriseNodesRel('en')} JOIN ${enterprisesRel('e')} ON e.id = en.enterprise_id AND e.status = 'IN_PARK'
         JOIN ${chainNodesRel('cn')} ON cn.code = en.node_code
         WHERE en.role = 'CHAIN_LEADER' GROUP BY cn.chain_code
       ), scored AS (
         SELECT g.node_code, g.status, g.cnt, cn.name AS node_name, cn.target_count, en.enterprise_id, en.role, p.total, p.landing,
                coalesce(l.n, 0) AS ties,
                round((100 * CASE en.role WHEN 'CHAIN_LEADER' THEN 1 WHEN 'KEY' THEN 0.85 ELSE 0.7 END
                       * (p.total / 100) * (0.5 + p.landing / 200) * (1 + 0.05 * least(coalesce(l.n, 0), 4)))::numeric, 2) AS score
         FROM gaps g
         JOIN ${chainNodesRel('cn')} ON cn.code = g.node_code
         JOIN ${enterpriseNodesRel('en')} ON en.node_code = g.node_code
         JOIN ${enterprisesRel('e')} ON e.id = en.enterprise_id AND e.status = 'CANDIDATE' AND e.risk_status NOT IN ('DEREGISTERED', 'REVOKED')
         JOIN ${profileScoresRel('p')} ON p.enterprise_id = e.id
         LEFT JOIN leaders l ON l.chain_code = cn.chain_code
       ), ranked AS (
         SELECT *, row_number() OVER (PARTITION BY node_code ORDER BY score DESC, enterprise_id) AS rn FROM scored
       ), upserted AS (
       INSERT INTO gap_matches AS m (node_code, enterprise_id, score, reasons, run_id)
       SELECT node_code, enterprise_id, score,
              jsonb_build_array(
                jsonb_build_object('text', '节点「' || node_name || '」' || CASE status WHEN 'MISSING' THEN '缺链' ELSE '弱链' END
                                   || '：园区现有 ' || cnt || ' 家，目标 ' || target_count || ' 家', 'indicator', 'gap', 'value', status, 'points', null),
                jsonb_build_object('text', '企业画像总分 ' || total, 'indicator', 'profileTotal', 'value', total::text, 'points', total),
                jsonb_build_object('text', '落地可能性 ' || round(landing::numeric, 1), 'indicator', 'landing', 'value', round(landing::numeric, 1)::text, 'points', landing),
                jsonb_build_object('text', '在该节点的角色：' || CASE role WHEN 'CHAIN_LEADER' THEN '链主' WHEN 'KEY' THEN '关键配套' ELSE '一般配套' END,
                                   'indicator', 'role', 'value', role, 'points', null),
                jsonb_build_object('text', '同链园区链主企业 ' || ties || ' 家，可对接配套', 'indicator', 'chainLeaderTies', 'value', ties::text, 'points', null)
              ), $4
       FROM ranked WHERE rn <= $5
       ON CONFLICT (node_code, enterprise_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, run_id = EXCLUDED.run_id, updated_at = now()
       RETURNING 1
       ) SELECT count(*)::int AS n FROM upserted`,
      [gaps.map((g) => g.node_code), gaps.map((g) => g.status), gaps.map((g) => g.in_park_count), runId, Number(perNode) || 50],
    );
    return n;
  }

  /**
   * Above the administrator's threshold, the run turns its best new matches into leads itself: one per
   * enterprise ever (an enterprise with any lead is skipped), assigned in turn to the officers of the sub-park
   * that courts the node's chain, or left unassigned for a manager when it has none.
   */
  private async propose(manager: EntityManager, runId: string): Promise<number> {
    const [{ value: threshold }] = await manager.query(`SELECT value FROM app_settings WHERE key = 'gaps.autoLeadThreshold'`);
    if (threshold === null || threshold === undefined) return 0;
    const picks: { id: string; node_code: string; node_name: string; enterprise_id: string; enterprise_name: string; sub_park_id: string | null }[] =
      await manager.query(
        `SELECT DISTINCT ON (m.enterprise_id) m.id, m.node_code, cn.name AS node_name, m.enterprise_id, e.name AS enterprise_name, c.home_sub_park_id AS sub_park_id
         FROM gap_matches m
         JOIN ${chainNodesRel('cn')} ON cn.code = m.node_code JOIN ${chainsRel('c')} ON c.code = cn.chain_code
         JOIN ${enterprisesRel('e')} ON e.id = m.enterprise_id
         WHERE m.run_id = $1 AND m.status = 'NEW' AND m.score >= $2 AND c.home_sub_park_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${leadsRel('l')} WHERE l.enterprise_id = m.enterprise_id)
         ORDER BY m.enterprise_id, m.score DESC`,
        [runId, Number(threshold)],
      );
    const system = Scope.system();
    for (const pick of picks) {
      const ownerId = await this.nextOfficer(manager, pick.sub_park_id!);
      const lead = await this.leads.create(
        system,
        { enterpriseId: String(pick.enterprise_id), title: `补链：${pick.enterprise_name}（${pick.node_name}）`, subParkId: String(pick.sub_park_id), ownerId: ownerId ?? undefined, nodeCode: pick.node_code },
        { source: '补链推荐', manager },
      );
      await manager.query(`UPDATE gap_matches SET status = 'CONVERTED', lead_id = $2, updated_at = now() WHERE id = $1`, [pick.id, lead.id]);
    }
    return picks.length;
  }

  /** Round robin over the sub-park's officers (by id), remembered in lead_assignment_turns. */
  private async nextOfficer(manager: EntityManager, subParkId: string): Promise<string | null> {
    const [row] = await manager.query(
      `WITH officers AS (
         SELECT u.id FROM ${usersRel('u')} JOIN ${userSubParksRel('s')} ON s.user_id = u.id WHERE s.sub_park_id = $1 AND u.role = 'OFFICER'
       ), last AS (SELECT last_user_id FROM lead_assignment_turns WHERE sub_park_id = $1)
       SELECT coalesce((SELECT min(id) FROM officers WHERE id > (SELECT last_user_id FROM last)), (SELECT min(id) FROM officers)) AS id`,
      [subParkId],
    );
    if (!row?.id) return null;
    await manager.query(
      `INSERT INTO lead_assignment_turns (sub_park_id, last_user_id) VALUES ($1, $2) ON CONFLICT (sub_park_id) DO UPDATE SET last_user_id = $2`,
      [subParkId, row.id],
    );
    return String(row.id);
  }
}
