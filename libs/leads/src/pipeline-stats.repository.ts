import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Scope } from '../../identity/src/scope.js';
import { leadWhere, type LeadWhere } from './lead-query.js';
import { ALL_STAGES, PATH_STAGES, type LeadStage } from './lead-stage.js';

export interface FunnelRow {
  stage: LeadStage;
  /** 1-based position on the forward path; null for ON_HOLD and LOST */
  pos: number | null;
  reached: number | null;
  current: number;
}

export interface NodeSumRow {
  node_code: string | null;
  count: number;
  /** fen */
  open_fen: string;
  signed_fen: string;
}

export interface MonthRow {
  kind: 'ADDED' | 'SIGNED' | 'LANDED';
  month: number;
  count: number;
  fen: string;
}

const add = (w: LeadWhere, v: unknown) => `$${w.params.push(v)}`;
const and = (w: LeadWhere) => (w.conditions.length ? `AND ${w.conditions.join(' AND ')}` : '');

/**
 * The cockpit's pipeline aggregates, each one set-based statement over exactly the leads `leadWhere(scope)` lets the
 * caller see (narrowed to one sub-park when asked). Instants are Asia/Shanghai: the year runs from 1 January 00:00
 * +08:00 to the next.
 */
@Injectable()
export class PipelineStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per stage: how many leads are in it now, and (forward stages) how many reached it or a later one — the furthest
   * forward stage a lead has ever been in (leads.furthest_stage_pos, kept by a trigger and filled from the stage
   * history), so a skipped stage counts as passed and "reached" never grows down the funnel. One grouped read.
   */
  funnel(scope: Scope, subParkId: string | undefined): Promise<FunnelRow[]> {
    const w = leadWhere(scope, subParkId ? { subParkId } : undefined);
    const path = add(w, PATH_STAGES);
    const all = add(w, ALL_STAGES);
    return this.dataSource.query(
      `WITH f AS (SELECT l.stage, l.furthest_stage_pos AS pos, count(*)::int AS n FROM leads l WHERE true ${and(w)} GROUP BY l.stage, l.furthest_stage_pos)
       SELECT s.stage, array_position(${path}::text[], s.stage) AS pos,
              CASE WHEN array_position(${path}::text[], s.stage) IS NULL THEN NULL
                   ELSE (SELECT coalesce(sum(f.n), 0)::int FROM f WHERE f.pos >= array_position(${path}::text[], s.stage)) END AS reached,
              (SELECT coalesce(sum(f.n), 0)::int FROM f WHERE f.stage = s.stage) AS current
       FROM unnest(${all}::text[]) WITH ORDINALITY AS s(stage, i) ORDER BY s.i`,
      w.params,
    );
  }

  /** Per chain node (null: none): leads not LOST, Σ their expected investment, and Σ of those signed or beyond now. */
  byNode(scope: Scope, subParkId: string | undefined): Promise<NodeSumRow[]> {
    const w = leadWhere(scope, subParkId ? { subParkId } : undefined);
    return this.dataSource.query(
      `SELECT l.node_code, count(*)::int AS count, coalesce(sum(l.expected_investment), 0)::text AS open_fen,
              coalesce(sum(l.expected_investment) FILTER (WHERE l.stage IN ('SIGNED', 'REGISTERED', 'PRODUCING')), 0)::text AS signed_fen
       FROM leads l WHERE l.stage <> 'LOST' ${and(w)} GROUP BY l.node_code`,
      w.params,
    );
  }

  /**
   * Per month of the year: leads created (ADDED), leads that moved into SIGNED (SIGNED) and into REGISTERED or
   * PRODUCING (LANDED) — each lead once per kind, in the month of its first such move of the year.
   */
  byMonth(scope: Scope, subParkId: string | undefined, from: Date, to: Date): Promise<MonthRow[]> {
    const w = leadWhere(scope, subParkId ? { subParkId } : undefined);
    const f = add(w, from);
    const t = add(w, to);
    return this.dataSource.query(
      `WITH moved AS (
         SELECT DISTINCT ON (c.lead_id, k.kind) k.kind, c.at, l.expected_investment
         FROM lead_stage_changes c JOIN leads l ON l.id = c.lead_id
         CROSS JOIN LATERAL (SELECT CASE WHEN c.to_stage = 'SIGNED' THEN 'SIGNED' ELSE 'LANDED' END AS kind) k
         WHERE c.to_stage IN ('SIGNED', 'REGISTERED', 'PRODUCING') AND c.at >= ${f} AND c.at < ${t} ${and(w)}
         ORDER BY c.lead_id, k.kind, c.at, c.id
       ),
       events AS (
         SELECT kind, at, expected_investment FROM moved
         UNION ALL
         SELECT 'ADDED', l.created_at, l.expected_investment FROM leads l WHERE l.created_at >= ${f} AND l.created_at < ${t} ${and(w)}
       )
       SELECT kind, extract(month FROM at AT TIME ZONE 'Asia/Shanghai')::int AS month, count(*)::int AS count,
              coalesce(sum(expected_investment), 0)::text AS fen
       FROM events GROUP BY kind, month ORDER BY kind, month`,
      w.params,
    );
  }
}
