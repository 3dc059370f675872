import { nodeCodesOfChainSql } from '../../chains/src/chain-sql.js';
import { enterpriseIdsByNameSql } from '../../enterprises/src/enterprise-sql.js';
import type { Scope } from '../../identity/src/scope.js';
import { decodeCursor, encodeCursor } from '../../platform/src/index.js';
import type { LeadFilter } from './lead.input.js';

export interface LeadWhere {
  conditions: string[];
  params: unknown[];
}

/**
 * THE visibility rule for leads, used by every read — lists, counts, the pipeline sums, single fetches and
 * timelines: a caller that does not see everything sees only leads of its sub-parks. Writes check the same
 * scope (Scope.canWriteSubPark) before touching a row.
 */
export function leadWhere(scope: Scope, filter: LeadFilter | undefined, alias = 'l'): LeadWhere {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const visible = scope.visibleSubParkIds();
  if (visible !== null) conditions.push(`${alias}.sub_park_id = ANY(${p(visible)}::bigint[])`);
  if (filter?.stage) conditions.push(`${alias}.stage = ${p(filter.stage)}`);
  if (filter?.ownerId) conditions.push(`${alias}.owner_id = ${p(filter.ownerId)}`);
  if (filter?.subParkId) conditions.push(`${alias}.sub_park_id = ${p(filter.subParkId)}`);
  if (filter?.enterpriseId) conditions.push(`${alias}.enterprise_id = ${p(filter.enterpriseId)}`);
  if (filter?.nodeCode) conditions.push(`${alias}.node_code = ${p(filter.nodeCode)}`);
  if (filter?.chain) conditions.push(`${alias}.node_code IN (${nodeCodesOfChainSql(p(filter.chain))})`);
  if (filter?.stale !== undefined && filter?.stale !== null) conditions.push(`${alias}.stale = ${p(filter.stale)}`);
  if (filter?.text?.trim()) {
    const like = p(`%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(${alias}.title ILIKE ${like} OR ${alias}.enterprise_id IN (${enterpriseIdsByNameSql(like)}))`);
  }
  return { conditions, params };
}

export const whereClause = (w: LeadWhere) => (w.conditions.length ? `WHERE ${w.conditions.join(' AND ')}` : '');

/** Keyset on (updated_at DESC, id DESC): a board column keeps loading past any number of cards. */
export function afterCursor(w: LeadWhere, after: string | undefined, alias = 'l'): void {
  if (!after) return;
  const [at, id] = decodeCursor(after, ['timestamp', 'id']);
  w.params.push(at, id);
  w.conditions.push(`(${alias}.updated_at, ${alias}.id) < ($${w.params.length - 1}::timestamptz, $${w.params.length}::bigint)`);
}

export const leadCursor = (r: { updated_at: Date; id: string }) => encodeCursor([r.updated_at.toISOString(), String(r.id)]);
