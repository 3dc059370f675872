import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound, recordAudit } from '../../platform/src/index.js';
import { AccessCache } from './access-cache.js';
import type { Group, SubPark } from './identity.models.js';
import { Role } from './role.js';
import type { Scope } from './scope.js';
import type { UpdateSubParkInput } from './update-sub-park.input.js';

interface SubParkRow {
  id: string;
  name: string;
  code: string;
  group_id: string | null;
  group_name: string | null;
  group_code: string | null;
}

const SELECT_SUB_PARKS = `SELECT p.id, p.name, p.code, g.id AS group_id, g.name AS group_name, g.code AS group_code
  FROM sub_parks p LEFT JOIN groups g ON g.id = p.group_id`;

const toModel = (r: SubParkRow): SubPark => ({
  id: r.id,
  name: r.name,
  code: r.code,
  group: r.group_id ? { id: r.group_id, name: r.group_name!, code: r.group_code! } : null,
});

@Injectable()
export class SubParksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessCache,
  ) {}

  async groups(): Promise<Group[]> {
    const rows: { id: string; name: string; code: string }[] = await this.dataSource.query('SELECT id, name, code FROM groups ORDER BY id');
    return rows.map((r) => ({ id: String(r.id), name: r.name, code: r.code }));
  }

  async list(groupId?: string): Promise<SubPark[]> {
    const rows: SubParkRow[] = groupId
      ? await this.dataSource.query(`${SELECT_SUB_PARKS} WHERE p.group_id = $1 ORDER BY p.id`, [groupId])
      : await this.dataSource.query(`${SELECT_SUB_PARKS} ORDER BY p.id`);
    return rows.map(toModel);
  }

  /** ADMIN: rename a sub-park or hand it to another group company (its GROUP users follow at next sign-in). */
  async update(scope: Scope, id: string, input: UpdateSubParkInput): Promise<SubPark> {
    scope.require(Role.ADMIN);
    // Which group runs a sub-park is part of every GROUP user's scope: this process reads the change at once (others on NOTIFY).
    const updated = await this.dataSource.transaction(async (manager) => {
      const [before]: SubParkRow[] = await manager.query(`${SELECT_SUB_PARKS} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
      if (!before) throw notFound('Sub-park');
      const name = input.name ?? before.name;
      const groupId = input.groupId === undefined ? before.group_id : input.groupId;
      if (groupId !== null) {
        const [group] = await manager.query('SELECT 1 FROM groups WHERE id = $1', [groupId]);
        if (!group) throw badInput('groupId', 'groupId: unknown group');
      }
      const [clash] = await manager.query('SELECT 1 FROM sub_parks WHERE name = $1 AND id <> $2', [name, id]);
      if (clash) throw badInput('name', `name: another sub-park is already called ${name}`);
      await manager.query('UPDATE sub_parks SET name = $2, group_id = $3 WHERE id = $1', [id, name, groupId]);
      await recordAudit(manager, {
        actorId: scope.userId,
        action: 'updateSubPark',
        entity: 'SubPark',
        entityId: id,
        before: { name: before.name, groupId: before.group_id },
        after: { name, groupId },
      });
      const [after]: SubParkRow[] = await manager.query(`${SELECT_SUB_PARKS} WHERE p.id = $1`, [id]);
      return toModel(after);
    });
    this.access.invalidate();
    return updated;
  }
}
