import { Injectable, Logger } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppConfig, badInput, conflict, decodeCursor, encodeCursor, notFound, pageSize, recordAudit } from '../../platform/src/index.js';
import { AccessCache } from './access-cache.js';
import type { CreateUserInput } from './create-user.input.js';
import { GroupEntity } from './group.entity.js';
import type { PasswordReset, User, UserConnection } from './identity.models.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';
import type { Scope } from './scope.js';
import { SubParkEntity } from './sub-park.entity.js';
import type { UpdateUserInput, UserFilter } from './user-admin.input.js';
import { UserEntity } from './user.entity.js';
import { toUser, USER_VIEW_COLUMNS, usersByIds, type UserViewRow } from './user-loader.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Temporary passwords: no 0/O, 1/l/I, so one read out over the phone is typed right. */
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const generatePassword = (length = 12) => Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');

/**
 * Where a user works, checked the same way on create and update: an officer in at least one sub-park; a group user
 * in a group company (given, or that of its sub-parks), every sub-park given belonging to it; others none.
 */
async function placement(manager: EntityManager, role: Role, subParkIds: readonly string[], groupIdIn: string | null | undefined): Promise<{ groupId: string | null; subParkIds: string[] }> {
  const subParks = subParkIds.length ? await manager.findBy(SubParkEntity, { id: In([...subParkIds]) }) : [];
  if (subParks.length !== subParkIds.length) throw badInput('subParkIds', 'subParkIds: unknown sub-park');
  if (role === Role.OFFICER && subParks.length === 0) throw badInput('subParkIds', 'subParkIds: an officer works in at least one sub-park');
  if (role !== Role.GROUP) return { groupId: null, subParkIds: role === Role.OFFICER ? [...subParkIds] : [] };
  const groupId = groupIdIn ?? subParks[0]?.groupId ?? null;
  if (!groupId || !(await manager.existsBy(GroupEntity, { id: groupId }))) {
    throw badInput('groupId', 'groupId: a group user needs a group company (groupId, or sub-parks of one group)');
  }
  if (subParks.some((p) => p.groupId !== groupId)) throw badInput('subParkIds', "subParkIds: a group user's sub-parks must belong to its group");
  return { groupId, subParkIds: [] };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly access: AccessCache,
  ) {}

  /** ADMIN: a deactivated user cannot sign in, and every request with a token they hold is UNAUTHENTICATED from now on. */
  async setActive(scope: Scope, id: string, active: boolean): Promise<User> {
    scope.require(Role.ADMIN);
    if (id === scope.userId && !active) throw badInput('id', 'id: you cannot deactivate yourself');
    const user = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(UserEntity, { id });
      if (!found) throw notFound('User');
      const deactivatedAt = active ? null : (found.deactivatedAt ?? new Date());
      await manager.update(UserEntity, id, { deactivatedAt });
      await recordAudit(manager, {
        actorId: scope.userId, action: 'setUserActive', entity: 'User', entityId: id,
        before: { active: found.deactivatedAt === null }, after: { active },
      });
      return found;
    });
    this.access.invalidate();
    return this.toModel(user);
  }

  /** ADMIN: every user, by id, keyset-paged; `text` matches part of the name or e-mail. */
  async list(scope: Scope, filter: UserFilter = {}, first?: number, after?: string): Promise<UserConnection> {
    scope.require(Role.ADMIN);
    const limit = pageSize(first, 50, 200);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const text = filter.text?.trim();
    if (text) {
      const like = p(`%${escapeLike(text)}%`);
      where.push(`(u.name ILIKE ${like} OR u.email ILIKE ${like})`);
    }
    if (filter.role) where.push(`u.role = ${p(filter.role)}`);
    if (filter.active !== undefined && filter.active !== null) where.push(filter.active ? 'u.deactivated_at IS NULL' : 'u.deactivated_at IS NOT NULL');
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    const page = [...where];
    if (after) page.push(`u.id > ${p(decodeCursor(after, ['id'])[0])}`);
    const [rows, [{ n }]]: [UserViewRow[], { n: number }[]] = await Promise.all([
      this.dataSource.query(`SELECT ${USER_VIEW_COLUMNS} FROM users u ${page.length ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY u.id LIMIT ${limit + 1}`, params),
      this.dataSource.query(`SELECT count(*)::int AS n FROM users u ${filtered}`, countParams),
    ]);
    const edges = rows.slice(0, limit).map((r) => ({ cursor: encodeCursor([String(r.id)]), node: toUser(r) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: n };
  }

  /** ADMIN: change a user's name, role and where they work, with the rules createUser applies. */
  async updateUser(scope: Scope, id: string, input: UpdateUserInput): Promise<User> {
    scope.require(Role.ADMIN);
    if (!/^\d{1,19}$/.test(id)) throw notFound('User');
    const user = await this.dataSource.transaction(async (manager) => {
      const [found]: UserViewRow[] = await manager.query(`SELECT ${USER_VIEW_COLUMNS} FROM users u WHERE u.id = $1 FOR UPDATE OF u`, [id]);
      if (!found) throw notFound('User');
      const before = toUser(found);
      const role = input.role ?? before.role;
      if (id === scope.userId && role !== Role.ADMIN) throw badInput('role', 'role: you cannot take away your own administrator role');
      // Sub-parks left out: an officer keeps theirs; a group user keeps its group unless given sub-parks of another.
      const subParkIds = input.subParkIds ?? (role === Role.OFFICER && before.role === Role.OFFICER ? before.subParkIds : []);
      const groupIn = input.groupId ?? (input.subParkIds?.length ? undefined : before.groupId);
      const placed = await placement(manager, role, subParkIds, groupIn);
      const name = input.name ?? before.name;
      await manager.query('UPDATE users SET name = $2, role = $3, group_id = $4 WHERE id = $1', [id, name, role, placed.groupId]);
      const oldOfficerParks = before.role === Role.OFFICER ? before.subParkIds : [];
      if (JSON.stringify(oldOfficerParks) !== JSON.stringify([...placed.subParkIds].sort((a, b) => Number(a) - Number(b)))) {
        await manager.query('DELETE FROM user_sub_parks WHERE user_id = $1', [id]);
        if (placed.subParkIds.length) {
          await manager.query('INSERT INTO user_sub_parks (user_id, sub_park_id) SELECT $1, unnest($2::bigint[])', [id, placed.subParkIds]);
        }
      }
      const [after] = await usersByIds(manager, [id]);
      await recordAudit(manager, {
        actorId: scope.userId, action: 'updateUser', entity: 'User', entityId: id,
        before: { name: before.name, role: before.role, groupId: before.groupId, subParkIds: before.subParkIds },
        after: { name: after!.name, role: after!.role, groupId: after!.groupId, subParkIds: after!.subParkIds },
      });
      return after!;
    });
    this.access.invalidate();
    return user;
  }

  /**
   * ADMIN: a new password for a user — the one given, or a generated one returned this once. Every token the user
   * holds stops working at once (the token version moves on; every process hears it on lz_identity_changed), and a
   * sign-in lock on the account is lifted.
   */
  async resetPassword(scope: Scope, id: string, password?: string): Promise<PasswordReset> {
    scope.require(Role.ADMIN);
    if (!/^\d{1,19}$/.test(id)) throw notFound('User');
    const plain = password ?? generatePassword();
    const passwordHash = await hashPassword(plain);
    const user = await this.dataSource.transaction(async (manager) => {
      const [found]: { email: string; password_hash: string; token_version: number }[] = await manager.query(
        'SELECT email, password_hash, token_version FROM users WHERE id = $1 FOR UPDATE', [id],
      );
      if (!found) throw notFound('User');
      await manager.query('UPDATE users SET password_hash = $2, token_version = token_version + 1, failed_logins = 0, locked_until = NULL WHERE id = $1', [id, passwordHash]);
      const prefix = `acct:${found.email}|`;
      await manager.query('DELETE FROM login_attempts WHERE left(key, length($1)) = $1', [prefix]);
      await recordAudit(manager, {
        actorId: scope.userId, action: 'resetUserPassword', entity: 'User', entityId: id,
        before: { passwordHash: found.password_hash, tokenVersion: found.token_version },
        after: { passwordHash, tokenVersion: found.token_version + 1 },
      });
      const [after] = await usersByIds(manager, [id]);
      return after!;
    });
    this.access.invalidate();
    return { user, temporaryPassword: password === undefined ? plain : null };
  }

  async createUser(scope: Scope, input: CreateUserInput): Promise<User> {
    scope.require(Role.ADMIN);
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const { groupId } = await placement(manager, input.role, input.subParkIds, input.groupId);
      if (await manager.existsBy(UserEntity, { email })) throw conflict(`A user with e-mail ${email} already exists`);
      const user = manager.create(UserEntity, {
        email,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        name: input.name,
        groupId,
      });
      // Two creates of one e-mail at once: the unique index decides, with the answer the check above gives.
      await manager.insert(UserEntity, user).catch((e: { code?: string }) => {
        throw e?.code === '23505' ? conflict(`A user with e-mail ${email} already exists`) : e;
      });
      // A GROUP user's sub-parks follow its group (data an admin may change), so only officers keep a list.
      if (input.role === Role.OFFICER) {
        await manager.query('INSERT INTO user_sub_parks (user_id, sub_park_id) SELECT $1, unnest($2::bigint[])', [user.id, input.subParkIds]);
      }
      await recordAudit(manager, {
        actorId: scope.userId,
        action: 'createUser',
        entity: 'User',
        entityId: user.id,
        before: null,
        after: { email, role: input.role, name: input.name, groupId, subParkIds: input.subParkIds, passwordHash: user.passwordHash },
      });
      const [created] = await usersByIds(manager, [user.id]);
      return created!;
    });
  }

  async findModel(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id });
    return this.toModel(user);
  }

  async toModel(user: UserEntity): Promise<User> {
    return {
      id: user.id, email: user.email, role: user.role, name: user.name, subParkIds: await this.subParkIdsOf(user),
      groupId: user.groupId === null ? null : String(user.groupId), active: user.deactivatedAt === null, createdAt: user.createdAt,
    };
  }

  /** OFFICER: the sub-parks they were given; GROUP: whatever its group runs now. */
  async subParkIdsOf(user: UserEntity, manager = this.dataSource.manager): Promise<string[]> {
    if (user.role === Role.OFFICER) {
      const rows: { id: string }[] = await manager.query('SELECT sub_park_id AS id FROM user_sub_parks WHERE user_id = $1 ORDER BY 1', [user.id]);
      return rows.map((r) => r.id);
    }
    if (user.role === Role.GROUP && user.groupId) {
      const rows: { id: string }[] = await manager.query('SELECT id FROM sub_parks WHERE group_id = $1 ORDER BY id', [user.groupId]);
      return rows.map((r) => r.id);
    }
    return [];
  }

  /** Who receives the weekly digest: every active MANAGER (the whole park) and GROUP user (its group's sub-parks), by id. */
  async digestRecipients(): Promise<(User & { groupId: string | null })[]> {
    const rows: UserViewRow[] = await this.dataSource.query(`SELECT ${USER_VIEW_COLUMNS} FROM users u WHERE u.role IN ('MANAGER', 'GROUP') AND u.deactivated_at IS NULL ORDER BY u.id`);
    return rows.map(toUser);
  }

  /**
   * The first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD when no user exists. The advisory lock
   * keeps two processes starting at once from both creating one.
   */
  async ensureFirstAdmin(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7001)');
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
      if (count > 0) return;
      const email = this.config.ADMIN_EMAIL.trim().toLowerCase();
      const passwordHash = await hashPassword(this.config.ADMIN_PASSWORD);
      const [{ id }] = await manager.query(`INSERT INTO users (email, password_hash, role, name) VALUES ($1, $2, 'ADMIN', '系统管理员') RETURNING id`, [
        email,
        passwordHash,
      ]);
      await recordAudit(manager, {
        actorId: null,
        action: 'bootstrapAdmin',
        entity: 'User',
        entityId: String(id),
        before: null,
        after: { email, role: Role.ADMIN },
      });
      this.logger.log(`Created the first administrator ${email}`);
    });
  }
}
