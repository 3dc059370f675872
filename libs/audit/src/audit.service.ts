import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { AuditLogEntity, badInput, pageSize } from '../../platform/src/index.js';
import type { AuditFilter } from './audit-filter.input.js';

export type AuditRow = AuditLogEntity;

/** Reads the audit log; rows are written by the platform's `recordAudit` in each change's own transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * ADMIN: who changed what, newest first, keyset-paged by id (`after` = the last id seen). Days are the park's
   * (Asia/Shanghai): `to` includes the whole of its day.
   */
  async list(scope: Scope, filter: AuditFilter, first?: number, after?: string): Promise<AuditRow[]> {
    scope.require(Role.ADMIN);
    const limit = pageSize(first, 50, 200);
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'to: the last day comes before the first');
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit);
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere(`a.at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE 'Asia/Shanghai'`, { from: filter.from });
    if (filter.to) qb.andWhere(`a.at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE 'Asia/Shanghai'`, { to: filter.to });
    if (after) {
      if (!/^\d{1,19}$/.test(after)) throw badInput('after', 'after: not a cursor from this list');
      qb.andWhere('a.id < :after', { after });
    }
    return qb.getMany();
  }

  /** ADMIN: the entity names the log holds, for the filter. */
  async entities(scope: Scope): Promise<string[]> {
    scope.require(Role.ADMIN);
    const rows: { entity: string }[] = await this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a')
      .select('DISTINCT a.entity', 'entity').orderBy('entity').getRawMany();
    return rows.map((r) => r.entity);
  }
}
