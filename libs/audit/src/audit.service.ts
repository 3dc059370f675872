import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { AuditLogEntity, notFound, pageSize } from '../../platform/src/index.js';

/** Reads the audit log; rows are written by the platform's `recordAudit` in each change's own transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged by id. */
  /** ADMIN: who changed what. */
  async list(scope: Scope, filter: { entity?: string; entityId?: string; actorId?: string }, first?: number, after?: string): Promise<AuditLogEntity[]> {
    scope.require(Role.ADMIN);
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(pageSize(first, 50, 200));
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
