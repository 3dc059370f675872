import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../platform/src/index.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { diffFields } from './diff.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Must be given the manager of the change's own transaction: the audit row commits or rolls back with it. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query('INSERT INTO audit_log (actor_id, action, entity, entity_id, changes) VALUES ($1, $2, $3, $4, $5)', [
      entry.actorId,
      entry.action,
      entry.entity,
      entry.entityId,
      JSON.stringify(diffFields(entry.before, entry.after)),
    ]);
  }

  /** Newest first, keyset-paged by id. */
  async list(filter: { entity?: string; entityId?: string; actorId?: string }, first: number, after?: string): Promise<AuditLogEntity[]> {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(first);
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (after) {
      if (!/^\d+$/.test(after)) throw notFound('Audit cursor');
      qb.andWhere('a.id < :after', { after });
    }
    return qb.getMany();
  }
}
