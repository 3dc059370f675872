import type { DataSource, EntityManager } from 'typeorm';
import { requestLoader } from '../../platform/src/index.js';
import type { GqlContext } from './current-scope.js';
import type { User } from './identity.models.js';
import type { Role } from './role.js';

export interface UserViewRow {
  id: string;
  email: string;
  role: Role;
  name: string | null;
  group_id: string | null;
  active: boolean;
  created_at: Date;
  sub_park_ids: string[];
}

/** OFFICER: the sub-parks they were given; GROUP: whatever its group runs now; others: none (they see all). */
export const USER_VIEW_COLUMNS = `u.id, u.email, u.role, u.name, u.group_id, u.deactivated_at IS NULL AS active, u.created_at,
    CASE u.role
      WHEN 'OFFICER' THEN ARRAY(SELECT s.sub_park_id::text FROM user_sub_parks s WHERE s.user_id = u.id ORDER BY s.sub_park_id)
      WHEN 'GROUP' THEN ARRAY(SELECT p.id::text FROM sub_parks p WHERE p.group_id = u.group_id ORDER BY p.id)
      ELSE '{}'::text[] END AS sub_park_ids`;

export const USER_VIEW_SQL = `SELECT ${USER_VIEW_COLUMNS} FROM users u WHERE u.id = ANY($1::bigint[])`;

export const toUser = (r: UserViewRow): User => ({
  id: String(r.id),
  email: r.email,
  role: r.role,
  name: r.name,
  subParkIds: r.sub_park_ids,
  groupId: r.group_id === null ? null : String(r.group_id),
  active: r.active,
  createdAt: r.created_at,
});

/** Users by id with their sub-parks, in one statement (any order; missing ids are left out). */
export async function usersByIds(manager: EntityManager | DataSource, ids: readonly string[]): Promise<User[]> {
  if (ids.length === 0) return [];
  const rows: UserViewRow[] = await manager.query(USER_VIEW_SQL, [ids]);
  return rows.map(toUser);
}

/** The owner of a lead, the assignee of a task, …: every user asked for in a request loads in one query. */
export function loadUser(ctx: GqlContext, dataSource: DataSource, id: string): Promise<User | null> {
  return requestLoader<string, User | null>(ctx, 'user.byId', async (ids) => {
    const byId = new Map((await usersByIds(dataSource, ids)).map((u) => [u.id, u]));
    return ids.map((i) => byId.get(i) ?? null);
  }).load(id);
}
