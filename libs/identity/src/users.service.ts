import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig, badInput, conflict, notFound, recordAudit } from '../../platform/src/index.js';
import { AccessCache } from './access-cache.js';
import type { CreateUserInput } from './create-user.input.js';
import { GroupEntity } from './group.entity.js';
import type { User } from './identity.models.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';
import type { Scope } from './scope.js';
import { SubParkEntity } from './sub-park.entity.js';
import { UserEntity } from './user.entity.js';

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

  async createUser(scope: Scope, input: CreateUserInput): Promise<User> {
    scope.require(Role.ADMIN);
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const subParks = input.subParkIds.length ? await manager.findBy(SubParkEntity, { id: In(input.subParkIds) }) : [];
      if (subParks.length !== input.subParkIds.length) throw badInput('subParkIds', 'subParkIds: unknown sub-park');
      if (input.role === Role.OFFICER && subParks.length === 0) throw badInput('subParkIds', 'subParkIds: an officer works in at least one sub-park');
      let groupId: string | null = null;
      if (input.role === Role.GROUP) {
        groupId = input.groupId ?? subParks[0]?.groupId ?? null;
        if (!groupId || !(await manager.existsBy(GroupEntity, { id: groupId }))) {
          throw badInput('groupId', 'groupId: a group user needs a group company (groupId, or sub-parks of one group)');
        }
        if (subParks.some((p) => p.groupId !== groupId)) throw badInput('subParkIds', "subParkIds: a group user's sub-parks must belong to its group");
      }
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
      return { id: user.id, email, role: user.role, name: user.name, subParkIds: await this.subParkIdsOf(user, manager) };
    });
  }

  async findModel(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id });
    return this.toModel(user);
  }

  async toModel(user: UserEntity): Promise<User> {
    return { id: user.id, email: user.email, role: user.role, name: user.name, subParkIds: await this.subParkIdsOf(user) };
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

  /** Who receives the weekly digest: every MANAGER (the whole park) and every GROUP user (its group's sub-parks), by id. */
  async digestRecipients(): Promise<(User & { groupId: string | null })[]> {
    const rows: { id: string; email: string; role: Role; name: string | null; group_id: string | null; sub_park_ids: string[] }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.name, u.group_id,
              CASE WHEN u.role = 'GROUP' THEN ARRAY(SELECT p.id::text FROM sub_parks p WHERE p.group_id = u.group_id ORDER BY p.id) ELSE '{}'::text[] END AS sub_park_ids
       FROM users u WHERE u.role IN ('MANAGER', 'GROUP') ORDER BY u.id`,
    );
    return rows.map((r) => ({ id: String(r.id), email: r.email, role: r.role, name: r.name, groupId: r.group_id === null ? null : String(r.group_id), subParkIds: r.sub_park_ids }));
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
