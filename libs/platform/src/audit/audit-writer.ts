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
