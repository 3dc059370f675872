import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, Harness } from './support/harness.js';

/** The administration API of issue 14, item 5: users, groups, jobs and the audit log's filters. */
describe('administration API', () => {
  let h: Harness;
  let admin: string;
  let adminId: string;
  let officer: { token: string; id: string; email: string; password: string };
  let manager: { token: string; id: string };

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const field = (res: { errors?: { extensions?: { field?: string } }[] }) => res.errors?.[0]?.extensions?.field;
  const lastAudit = async (action: string, entityId: string) =>
    (await h.dataSource.query('SELECT actor_id, changes FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1', [action, entityId]))[0];

  beforeAll(async () => {
    h = await Harness.start();
    admin = await h.adminToken();
    adminId = String((await h.dataSource.query(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id LIMIT 1`))[0].id);
    officer = await h.user('adm-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    manager = await h.user('adm-manager', 'MANAGER');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses every admin query and mutation to non-administrators with FORBIDDEN', async () => {
    const ops: [string, Record<string, unknown>][] = [
      ['{ users { totalCount } }', {}],
      ['{ jobs { edges { node { id } } } }', {}],
      ['{ jobKinds }', {}],
      ['{ auditLogs(filter: { from: "2026-01-01" }) { id } }', {}],
      ['{ auditEntities }', {}],
      ['mutation($id: ID!) { updateUser(id: $id, input: { name: "x" }) { id } }', { id: officer.id }],
      ['mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }', { id: officer.id }],
    ];
    for (const token of [officer.token, manager.token]) {
      for (const [q, v] of ops) expect([q, code(await h.gql(q, v, token))]).toEqual([q, 'FORBIDDEN']);
    }
    // Reference data every role reads.
    expect((await h.ok('{ groups { id code name subParks { id } } }', {}, officer.token)).groups.length).toBeGreaterThan(0);
  });

  it('lists users keyset-paged, searched by name or e-mail and filtered by role and activity', async () => {
    for (let i = 0; i < 5; i++) await h.user(`pager-${i}`, 'OFFICER', { subParks: ['FUSHENG'] });
    const q = `query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) {
      totalCount edges { cursor node { id email name role subParkIds active createdAt } } pageInfo { hasNextPage endCursor } } }`;
    const all = (await h.ok(q, { first: 200 }, admin)).users;
    expect(all.totalCount).toBe(all.edges.length);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await h.ok(q, { first: 3, after }, admin)).users;
      expect(page.edges.length).toBeLessThanOrEqual(3);
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.edges.map((e: any) => e.node.id));
    expect(new Set(ids).size).toBe(ids.length);

    const byText = (await h.ok(q, { f: { text: 'PAGER-' } }, admin)).users;
    expect(byText.totalCount).toBe(5);
    expect(byText.edges.every((e: any) => e.node.email.startsWith('pager-'))).toBe(true);
    // LIKE's wildcards are text here: "_" matches only an underscore.
    expect((await h.ok(q, { f: { text: 'pager_' } }, admin)).users.totalCount).toBe(0);
    const managers = (await h.ok(q, { f: { role: 'MANAGER' } }, admin)).users;
    expect(managers.edges.map((e: any) => e.node.id)).toEqual([manager.id]);
    expect((await h.ok(q, { f: { active: false } }, admin)).users.totalCount).toBe(0);
    expect(code(await h.gql(q, { after: 'not-a-cursor' }, admin))).toBe('BAD_USER_INPUT');
    expect(field(await h.gql(q, { first: 1000 }, admin))).toBe('first');
  });

  it('changes a role and sub-parks with the rules of createUser, audited in the same transaction', async () => {
    const u = await h.user('adm-changer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const m = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id name role subParkIds groupId } }';
    const fusheng = await h.subParkId('FUSHENG');
    const island = await h.subParkId('SMART_ISLAND');

    // An officer with no sub-park, sub-parks that do not exist, a group user without a group: refused, on the field.
    let res = await h.gql(m, { id: u.id, i: { subParkIds: [] } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'subParkIds']);
    res = await h.gql(m, { id: u.id, i: { subParkIds: ['987654'] } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'subParkIds']);
    res = await h.gql(m, { id: u.id, i: { role: 'GROUP', subParkIds: [] } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'groupId']);
    res = await h.gql(m, { id: u.id, i: { name: '' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'name']);
    // A group user's sub-parks must be its group's.
    const [{ g1, g2 }] = await h.dataSource.query(`SELECT min(group_id)::text AS g1, max(group_id)::text AS g2 FROM sub_parks WHERE group_id IS NOT NULL`);
    const [{ other }] = await h.dataSource.query('SELECT min(id)::text AS other FROM sub_parks WHERE group_id = $1', [g2]);
    res = await h.gql(m, { id: u.id, i: { role: 'GROUP', groupId: g1, subParkIds: [other] } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'subParkIds']);
    // Administrators cannot take away their own role (someone must be left to administer).
    res = await h.gql(m, { id: adminId, i: { role: 'MANAGER' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'role']);
    expect(code(await h.gql(m, { id: '987654321', i: { name: 'x' } }, admin))).toBe('NOT_FOUND');
    expect(await lastAudit('updateUser', u.id)).toBeUndefined();

    // Another sub-park: the officer sees it on the next request.
    const moved = (await h.ok(m, { id: u.id, i: { subParkIds: [fusheng, island], name: '调岗专员' } }, admin)).updateUser;
    expect(moved).toMatchObject({ name: '调岗专员', role: 'OFFICER', subParkIds: [island, fusheng].sort((a, b) => Number(a) - Number(b)), groupId: null });
    expect((await h.ok('{ me { subParkIds } }', {}, u.token)).me.subParkIds).toEqual(moved.subParkIds);
    const audit = await lastAudit('updateUser', u.id);
    expect(String(audit.actor_id)).toBe(adminId);
    expect(audit.changes.map((c: any) => c.field).sort()).toEqual(['name', 'subParkIds']);

    // Made a group user: the group of its sub-parks, officer sub-parks gone.
    const [{ gsp }] = await h.dataSource.query('SELECT min(id)::text AS gsp FROM sub_parks WHERE group_id = $1', [g1]);
    const grouped = (await h.ok(m, { id: u.id, i: { role: 'GROUP', subParkIds: [gsp] } }, admin)).updateUser;
    expect(grouped.role).toBe('GROUP');
    expect(grouped.groupId).toBe(g1);
    const groupParks = (await h.dataSource.query('SELECT id::text FROM sub_parks WHERE group_id = $1 ORDER BY id', [g1])).map((r: any) => r.id);
    expect(grouped.subParkIds).toEqual(groupParks);
    expect((await h.dataSource.query('SELECT count(*)::int AS n FROM user_sub_parks WHERE user_id = $1', [u.id]))[0].n).toBe(0);
    expect((await h.ok('{ me { role } }', {}, u.token)).me.role).toBe('GROUP');
    // Back to officer without sub-parks: refused (a group user has none of its own to keep).
    res = await h.gql(m, { id: u.id, i: { role: 'OFFICER' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'subParkIds']);
  });

  it('resets a password: the new one signs in, the old one does not, and every old token stops at once', async () => {
    const u = await h.user('adm-reset', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const second = await h.login(u.email, u.password);
    const m = 'mutation($id: ID!, $i: ResetPasswordInput) { resetUserPassword(id: $id, input: $i) { temporaryPassword user { id active } } }';
    let res = await h.gql(m, { id: u.id, i: { password: 'short' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'password']);
    expect((await h.gql('{ me { id } }', {}, u.token)).data?.me.id).toBe(u.id);

    // Chosen by the administrator: not echoed back.
    const chosen = (await h.ok(m, { id: u.id, i: { password: 'temporary-pass-1' } }, admin)).resetUserPassword;
    expect(chosen).toEqual({ temporaryPassword: null, user: { id: u.id, active: true } });
    for (const t of [u.token, second]) expect(code(await h.gql('{ me { id } }', {}, t))).toBe('UNAUTHENTICATED');
    expect(code(await h.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: u.email, p: u.password }))).toBe('UNAUTHENTICATED');
    const fresh = await h.login(u.email, 'temporary-pass-1');
    expect((await h.ok('{ me { id } }', {}, fresh)).me.id).toBe(u.id);

    // Generated: shown once, twelve unambiguous characters; the token just issued stops too.
    const generated = (await h.ok(m, { id: u.id }, admin)).resetUserPassword;
    expect(generated.temporaryPassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/);
    expect(code(await h.gql('{ me { id } }', {}, fresh))).toBe('UNAUTHENTICATED');
    expect((await h.ok('{ me { id } }', {}, await h.login(u.email, generated.temporaryPassword))).me.id).toBe(u.id);

    // Audited without the hash.
    const audit = await lastAudit('resetUserPassword', u.id);
    expect(String(audit.actor_id)).toBe(adminId);
    expect(audit.changes).toContainEqual({ field: 'passwordHash', old: '***', new: '***' });
    expect(JSON.stringify(audit.changes)).not.toMatch(/\$2[aby]\$/);
    expect(code(await h.gql(m, { id: '987654321' }, admin))).toBe('NOT_FOUND');
  });

  it('stops old tokens in another API process too (the version change is NOTIFYed)', async () => {
    const u = await h.user('adm-reset-db', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    expect((await h.ok('{ me { id } }', {}, u.token)).me.id).toBe(u.id);
    // As another process would do it: the row changes under this process's cache.
    await h.dataSource.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [u.id]);
    await eventually(async () => code(await h.gql('{ me { id } }', {}, u.token)) === 'UNAUTHENTICATED', 5000, 50);
  });

  it('creates a user who can then sign in, and deactivates them', async () => {
    const created = (await h.ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id email active role subParkIds } }', {
      i: { email: 'New.Person@test.local', password: 'first-pass-1', role: 'OFFICER', name: '新同事', subParkIds: [await h.subParkId('FUSHENG')] },
    }, admin)).createUser;
    expect(created).toMatchObject({ email: 'new.person@test.local', active: true, role: 'OFFICER' });
    expect((await h.ok('{ me { id } }', {}, await h.login('new.person@test.local', 'first-pass-1'))).me.id).toBe(created.id);
    await h.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: created.id }, admin);
    const q = '{ users(filter: { active: false }) { edges { node { id active } } } }';
    expect((await h.ok(q, {}, admin)).users.edges).toEqual([{ node: { id: created.id, active: false } }]);
  });

  it('lists job runs newest first with who started them, filtered by kind and state, keyset-paged', async () => {
    const a = (await h.ok('mutation { recomputeProfiles { id } }', {}, admin)).recomputeProfiles.id;
    const b = (await h.ok('mutation { recomputeProfiles { id } }', {}, manager.token)).recomputeProfiles.id;
    await h.dataSource.query(`INSERT INTO job_runs (kind, state, failed_reason, created_by) VALUES ('ImportEnterprises', 'FAILED', 'row 3: bad check digit', $1)`, [adminId]);
    const q = `query($kind: String, $state: JobState, $first: Int, $after: String) { jobs(kind: $kind, state: $state, first: $first, after: $after) {
      edges { cursor node { id kind state progress failedReason createdAt startedAt finishedAt createdBy { id name } } } pageInfo { hasNextPage endCursor } } }`;
    const recomputes = (await h.ok(q, { kind: 'RecomputeProfiles' }, admin)).jobs.edges.map((e: any) => e.node);
    expect(recomputes.map((j: any) => j.id)).toEqual([b, a]);
    expect(recomputes.map((j: any) => j.createdBy.id)).toEqual([manager.id, adminId]);
    const failed = (await h.ok(q, { state: 'FAILED' }, admin)).jobs.edges.map((e: any) => e.node);
    expect(failed).toEqual([expect.objectContaining({ kind: 'ImportEnterprises', state: 'FAILED', failedReason: 'row 3: bad check digit' })]);
    const first = (await h.ok(q, { first: 1 }, admin)).jobs;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await h.ok(q, { first: 1, after: first.pageInfo.endCursor }, admin)).jobs;
    expect(Number(next.edges[0].node.id)).toBeLessThan(Number(first.edges[0].node.id));
    expect((await h.ok('{ jobKinds }', {}, admin)).jobKinds).toEqual(expect.arrayContaining(['ImportEnterprises', 'RecomputeProfiles']));
    expect(code(await h.gql(q, { state: 'SLEEPING' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('filters the audit log by who, what and when (Asia/Shanghai days), keyset-paged', async () => {
    const u = await h.user('adm-audited', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    for (const name of ['一', '二', '三']) {
      await h.ok('mutation($id: ID!, $n: String!) { updateUser(id: $id, input: { name: $n }) { id } }', { id: u.id, n: name }, admin);
    }
    // One entry placed at 2026-03-01 23:30 Shanghai (15:30 UTC), another at 00:30 the next day (16:30 UTC the same UTC day).
    await h.dataSource.query(`INSERT INTO audit_log (actor_id, action, entity, entity_id, at) VALUES ($1, 'updateUser', 'User', $2, '2026-03-01T15:30:00Z'), ($1, 'updateUser', 'User', $2, '2026-03-01T16:30:00Z')`, [adminId, u.id]);
    const q = `query($f: AuditFilter, $first: Int, $after: ID) { auditLogs(filter: $f, first: $first, after: $after) { id action entity entityId actorId actor { id name } at changes { field old new } } }`;
    const mine = (await h.ok(q, { f: { actorId: adminId, entity: 'User', entityId: u.id, action: 'updateUser' } }, admin)).auditLogs;
    expect(mine.length).toBe(5);
    expect(mine[2].changes).toEqual([{ field: 'name', old: '二', new: '三' }]); // newest by id: the two placed by hand come first
    expect(mine[0].actor).toEqual({ id: adminId, name: '系统管理员' });
    const day1 = (await h.ok(q, { f: { entityId: u.id, from: '2026-03-01', to: '2026-03-01' } }, admin)).auditLogs;
    expect(day1.map((r: any) => r.at)).toEqual(['2026-03-01T15:30:00.000Z']);
    const day2 = (await h.ok(q, { f: { entityId: u.id, from: '2026-03-02', to: '2026-03-02' } }, admin)).auditLogs;
    expect(day2.map((r: any) => r.at)).toEqual(['2026-03-01T16:30:00.000Z']);
    // Paging: newest first, no repeats.
    const p1 = (await h.ok(q, { f: { entityId: u.id }, first: 2 }, admin)).auditLogs;
    const p2 = (await h.ok(q, { f: { entityId: u.id }, first: 2, after: p1[1].id }, admin)).auditLogs;
    expect([...p1, ...p2].map((r: any) => r.id)).toEqual(mine.slice(0, 4).map((r: any) => r.id));
    // Officers' own changes filtered by actor.
    expect((await h.ok(q, { f: { actorId: officer.id } }, admin)).auditLogs).toEqual([]);
    let res = await h.gql(q, { f: { from: '2026-03-02', to: '2026-03-01' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'to']);
    res = await h.gql(q, { f: { from: '2026-02-30' } }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'from']);
    expect((await h.ok('{ auditEntities }', {}, admin)).auditEntities).toEqual(expect.arrayContaining(['User']));
  });

  it('refuses to move a node with sub-nodes to another segment', async () => {
    const chains = (await h.ok('{ industryChains { code nodes { code name segment weight parentCode } } }', {}, admin)).industryChains;
    let parent: any;
    for (const c of chains) for (const n of c.nodes) if (n.parentCode && !parent) parent = { chain: c.code, ...c.nodes.find((x: any) => x.code === n.parentCode) };
    expect(parent).toBeDefined();
    const other = parent.segment === 'UPSTREAM' ? 'MIDSTREAM' : 'UPSTREAM';
    const res = await h.gql('mutation($i: ChainNodeInput!) { upsertChainNode(input: $i) { code } }', {
      i: { chain: parent.chain, code: parent.code, name: parent.name, segment: other, weight: parent.weight, parentCode: parent.parentCode },
    }, admin);
    expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', 'segment']);
  });
});
