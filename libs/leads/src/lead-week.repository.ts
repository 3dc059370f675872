import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Scope } from '../../identity/src/scope.js';
import { leadWhere, type LeadWhere } from './lead-query.js';
import type { LeadStage } from './lead-stage.js';

/**
 * Set-based reads of one period of the pipeline (the weekly digest): what was created, what moved, what is stale
 * or overdue. Every statement restricts by `leadWhere(scope)`, the one visibility rule, so a group's digest holds
 * exactly the leads the group sees in the API. `from`/`to` are instants; `to` is exclusive.
 */
export interface WeekLeadRow {
  id: string;
  title: string;
  stage: LeadStage;
  enterprise_id: string;
  sub_park_id: string;
  node_code: string | null;
  expected_investment: string | null;
  at: Date;
}

export interface StageMoveRow {
  from_stage: LeadStage;
  to_stage: LeadStage;
  count: number;
  /** Σ expected investment (fen) of the moved leads */
  expected_investment: string;
}

export interface StaleLeadRow extends WeekLeadRow {
  idle_since: Date;
}

export interface OverdueTaskRow {
  id: string;
  title: string;
  due_on: string;
  lead_id: string;
  lead_title: string;
  assignee_id: string | null;
}

const add = (w: LeadWhere, v: unknown) => `$${w.params.push(v)}`;
const where = (w: LeadWhere) => (w.conditions.length ? `AND ${w.conditions.join(' AND ')}` : '');

@Injectable()
export class LeadWeekRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Leads created in the period, biggest expected investment first; and how many and how much in all. */
  async created(scope: Scope, from: Date, to: Date, limit: number): Promise<{ count: number; expectedFen: string; rows: WeekLeadRow[]; byNode: { node_code: string | null; count: number; expected_investment: string }[] }> {
    const w = leadWhere(scope, undefined);
    const period = `l.created_at >= ${add(w, from)} AND l.created_at < ${add(w, to)}`;
    const base = `FROM leads l WHERE ${period} ${where(w)}`;
    const baseParams = [...w.params];
    const [byNode, rows] = await Promise.all([
      this.dataSource.query(
        `SELECT l.node_code, count(*)::int AS count, coalesce(sum(l.expected_investment), 0)::text AS expected_investment ${base} GROUP BY l.node_code`,
        baseParams,
      ),
      this.dataSource.query(
        `SELECT l.id, l.title, l.stage, l.enterprise_id, l.sub_park_id, l.node_code, l.expected_investment, l.created_at AS at ${base}
         ORDER BY l.expected_investment DESC NULLS LAST, l.id LIMIT ${add(w, limit)}`,
        w.params,
      ),
    ]);
    const count = byNode.reduce((n: number, r: { count: number }) => n + r.count, 0);
    const expectedFen = byNode.reduce((n: bigint, r: { expected_investment: string }) => n + BigInt(r.expected_investment), 0n).toString();
    return { count, expectedFen, rows, byNode };
  }

  /**
   * Stage changes in the period (creation excluded), per (from, to); and Σ expected investment (fen) of the leads
   * that moved, each lead once however many stages it went through (the rows' sums count it once per move).
   */
  async stageMoves(scope: Scope, from: Date, to: Date): Promise<{ moves: StageMoveRow[]; movedFen: string }> {
    const w = leadWhere(scope, undefined);
    const moved = `FROM lead_stage_changes c JOIN leads l ON l.id = c.lead_id
       WHERE c.at >= ${add(w, from)} AND c.at < ${add(w, to)} AND c.from_stage IS NOT NULL ${where(w)}`;
    const [moves, [{ fen }]] = await Promise.all([
      this.dataSource.query(
        `SELECT c.from_stage, c.to_stage, count(*)::int AS count, coalesce(sum(l.expected_investment), 0)::text AS expected_investment
         ${moved} GROUP BY c.from_stage, c.to_stage ORDER BY count(*) DESC, c.from_stage, c.to_stage`,
        w.params,
      ),
      this.dataSource.query(`SELECT coalesce(sum(x.expected_investment), 0)::text AS fen FROM (SELECT DISTINCT l.id, l.expected_investment ${moved}) x`, w.params),
    ]);
    return { moves, movedFen: fen };
  }

  /** Leads that reached one of `stages` in the period (the latest such move of each), newest first. */
  async reached(scope: Scope, from: Date, to: Date, stages: readonly LeadStage[], limit: number): Promise<(WeekLeadRow & { to_stage: LeadStage })[]> {
    const w = leadWhere(scope, undefined);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (l.id) l.id, l.title, l.stage, l.enterprise_id, l.sub_park_id, l.node_code, l.expected_investment, c.at, c.to_stage
         FROM lead_stage_changes c JOIN leads l ON l.id = c.lead_id
         WHERE c.at >= ${add(w, from)} AND c.at < ${add(w, to)} AND c.from_stage IS NOT NULL AND c.to_stage = ANY(${add(w, stages)}::text[]) ${where(w)}
         ORDER BY l.id, c.at DESC, c.id DESC
       ) x ORDER BY x.at DESC, x.id LIMIT ${add(w, limit)}`,
      w.params,
    );
  }

  /** Stale leads now, longest idle first, and how many. */
  async stale(scope: Scope, limit: number): Promise<{ count: number; rows: StaleLeadRow[] }> {
    const w = leadWhere(scope, undefined);
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query(
        `SELECT l.id, l.title, l.stage, l.enterprise_id, l.sub_park_id, l.node_code, l.expected_investment, l.updated_at AS at,
                greatest(l.last_activity_at, l.stage_entered_at) AS idle_since
         FROM leads l WHERE l.stale ${where(w)} ORDER BY greatest(l.last_activity_at, l.stage_entered_at), l.id LIMIT ${add(w, limit)}`,
        w.params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS n FROM leads l WHERE l.stale ${where(leadWhere(scope, undefined))}`, leadWhere(scope, undefined).params),
    ]);
    return { count: n, rows };
  }

  /** Tasks open at `to` and due before `dueBefore` (a date), oldest due first, and how many. */
  async overdueTasks(scope: Scope, dueBefore: string, to: Date, limit: number): Promise<{ count: number; rows: OverdueTaskRow[] }> {
    const w = leadWhere(scope, undefined);
    const base = `FROM lead_tasks t JOIN leads l ON l.id = t.lead_id
       WHERE t.due_on < ${add(w, dueBefore)}::date AND (t.done_at IS NULL OR t.done_at >= ${add(w, to)}) AND t.created_at < $${w.params.length} ${where(w)}`;
    const baseParams = [...w.params];
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query(
        `SELECT t.id, t.title, t.due_on::text AS due_on, t.lead_id, l.title AS lead_title, t.assignee_id ${base} ORDER BY t.due_on, t.id LIMIT ${add(w, limit)}`,
        w.params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS n ${base}`, baseParams),
    ]);
    return { count: n, rows };
  }

  /** One number, for benchmarks and checks: the stage moves of a period over the whole park. */
  async countStageMoves(from: Date, to: Date): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM lead_stage_changes WHERE at >= $1 AND at < $2 AND from_stage IS NOT NULL', [from, to]);
    return n;
  }
}
