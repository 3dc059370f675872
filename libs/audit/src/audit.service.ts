import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogEntity, notFound } from '../../platform/src/index.js';

/** Reads the audit log; rows are written by the platform's `recordAudit` in each change's own transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

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
