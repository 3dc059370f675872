import type { EntityManager } from 'typeorm';
import { diffFields } from './diff.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Must be given the manager of the change's own transaction: the audit row commits or rolls back with it. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query('INSERT INTO audit_log (actor_id, action, entity, entity_id, changes) VALUES ($1, $2, $3, $4, $5)', [
    entry.actorId,
    entry.action,
    entry.entity,
    entry.entityId,
    JSON.stringify(diffFields(entry.before, entry.after)),
  ]);
}

/** Bulk form for imports: many audit rows in one statement, in the same transaction. */
export async function recordAuditMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (actor_id, action, entity, entity_id, changes)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::jsonb[])`,
    [
      entries.map((e) => e.actorId),
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => e.entityId),
      entries.map((e) => JSON.stringify(diffFields(e.before, e.after))),
    ],
  );
}

/**
 * SQL a lib may embed to show its own records' audit entries (a lead's edits on its timeline) without reading
 * the audit table itself: columns id, at, actor_id, action, changes. `idSql` is a placeholder or expression.
 */
export function auditEntriesSql(entity: string, idSql: string, actions: readonly string[]): string {
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
  return `SELECT id, at, actor_id, action, changes FROM audit_log
    WHERE entity = ${quote(entity)} AND entity_id = ${idSql} AND action IN (${actions.map(quote).join(', ')})`;
}
