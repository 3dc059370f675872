import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../../identity/src/role.js';
import type { Scope } from '../../identity/src/scope.js';
import { badInput, type FieldChange, pageSize } from '../../platform/src/index.js';
import type { AuditFilter } from './audit-filter.input.js';

export interface AuditRow {
  id: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  changes: FieldChange[];
  at: Date;
}

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
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.entity) where.push(`entity = ${p(filter.entity)}`);
    if (filter.entityId) where.push(`entity_id = ${p(filter.entityId)}`);
    if (filter.actorId) where.push(`actor_id = ${p(filter.actorId)}`);
    if (filter.action) where.push(`action = ${p(filter.action)}`);
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'to: the last day comes before the first');
    if (filter.from) where.push(`at >= (${p(filter.from)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
    if (filter.to) where.push(`at < (${p(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
    if (after) {
      if (!/^\d{1,19}$/.test(after)) throw badInput('after', 'after: not a cursor from this list');
      where.push(`id < ${p(after)}`);
    }
    const rows: { id: string; actor_id: string | null; action: string; entity: string; entity_id: string; changes: FieldChange[]; at: Date }[] =
      await this.dataSource.query(
        `SELECT id, actor_id, action, entity, entity_id, changes, at FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit}`,
        params,
      );
    return rows.map((r) => ({
      id: String(r.id), actorId: r.actor_id === null ? null : String(r.actor_id), action: r.action, entity: r.entity, entityId: r.entity_id, changes: r.changes, at: r.at,
    }));
  }

  /** ADMIN: the entity names the log holds, for the filter. */
  async entities(scope: Scope): Promise<string[]> {
    scope.require(Role.ADMIN);
    // A loose index scan: one probe of audit_log_entity_idx per distinct entity, however long the log.
    const rows: { entity: string }[] = await this.dataSource.query(`
      WITH RECURSIVE e AS (
        (SELECT entity FROM audit_log ORDER BY entity LIMIT 1)
        UNION ALL
        SELECT (SELECT a.entity FROM audit_log a WHERE a.entity > e.entity ORDER BY a.entity LIMIT 1) FROM e WHERE e.entity IS NOT NULL
      ) SELECT entity FROM e WHERE entity IS NOT NULL`);
    return rows.map((r) => r.entity);
  }
}
