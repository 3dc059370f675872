import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enterpriseInput, testUscc } from './support/factories.js';
import { Harness } from './support/harness.js';

/**
 * Issue 11, item 12 (and the names of item 11): the registry is shared, sub-park membership is not. Any officer may
 * record and correct an enterprise's facts; only an enterprise's own sub-park (or a manager) may move it, and an
 * import — which carries no versions — is one more writer whose version bump makes a stale form edit CONFLICT.
 */
const CREATE = 'mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id version subPark { id } } }';
const UPDATE = 'mutation($id: ID!, $i: EnterpriseInput!) { updateEnterprise(id: $id, input: $i) { id version subPark { id } } }';
const IMPORT = 'mutation($c: String!) { importEnterprises(csv: $c, lang: en) { created updated rejected errors { row column message } } }';

describe('registry writes and sub-parks (issue 11, item 12)', () => {
  let h: Harness;
  let changxing: { token: string };
  let smart: { token: string };
  let manager: { token: string };
  let cx: string;
  let si: string;

  beforeAll(async () => {
    h = await Harness.start();
    changxing = await h.user('cx-officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] });
    smart = await h.user('si-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    manager = await h.user('manager', 'MANAGER');
    cx = await h.subParkId('CHANGXING_MARINE');
    si = await h.subParkId('SMART_ISLAND');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses an officer moving another sub-park’s enterprise to their own (or anywhere)', async () => {
    const input = enterpriseInput({ status: 'IN_PARK', subParkId: cx });
    const e = (await h.ok(CREATE, { i: input }, changxing.token)).createEnterprise;
    const moved = await h.gql(UPDATE, { id: e.id, i: { ...input, subParkId: si, version: e.version } }, smart.token);
    expect(moved.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await h.dataSource.query('SELECT sub_park_id::text AS sp FROM enterprises WHERE id = $1', [e.id]);
    expect(row.sp).toBe(cx);

    const out = await h.gql(UPDATE, { id: e.id, i: { ...input, status: 'CANDIDATE', subParkId: null, version: e.version } }, smart.token);
    expect(out.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Recording a new enterprise in any sub-park stays open to every officer: the registry is shared.
    expect((await h.gql(CREATE, { i: enterpriseInput({ status: 'IN_PARK', subParkId: si }) }, changxing.token)).errors).toBeUndefined();
  });

  it('lets any officer correct an enterprise’s facts, and its own officers and managers move it', async () => {
    const input = enterpriseInput({ status: 'IN_PARK', subParkId: cx });
    const e = (await h.ok(CREATE, { i: input }, changxing.token)).createEnterprise;
    const fixed = (await h.ok(UPDATE, { id: e.id, i: { ...input, employees: 321, version: e.version } }, smart.token)).updateEnterprise;
    expect(fixed.subPark.id).toBe(cx);
    const movedByManager = (await h.ok(UPDATE, { id: e.id, i: { ...input, subParkId: si, version: fixed.version } }, manager.token)).updateEnterprise;
    expect(movedByManager.subPark.id).toBe(si);
  });

  it('applies the same rule to imports: an officer’s file moves no enterprise of another sub-park', async () => {
    const uscc = testUscc();
    await h.ok(CREATE, { i: enterpriseInput({ uscc, status: 'IN_PARK', subParkId: cx }) }, changxing.token);
    const csv = (subPark: string) => `uscc,name,status,subPark\r\n${uscc},上海某某有限公司,IN_PARK,${subPark}\r\n`;
    const [{ name: siName }] = await h.dataSource.query('SELECT name FROM sub_parks WHERE id = $1', [si]);
    const report = (await h.ok(IMPORT, { c: csv(siName) }, smart.token)).importEnterprises;
    expect(report).toMatchObject({ created: 0, updated: 0, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ row: 2, column: 'subPark' });
    const [row] = await h.dataSource.query('SELECT sub_park_id::text AS sp FROM enterprises WHERE uscc = $1', [uscc]);
    expect(row.sp).toBe(cx);
    // The same file that leaves it where it is updates it; a new enterprise may go to any sub-park.
    const [{ name: cxName }] = await h.dataSource.query('SELECT name FROM sub_parks WHERE id = $1', [cx]);
    expect((await h.ok(IMPORT, { c: csv(cxName) }, smart.token)).importEnterprises).toMatchObject({ updated: 1, rejected: 0 });
    const other = (await h.ok(IMPORT, { c: `uscc,name,status,subPark\r\n${testUscc()},新公司,IN_PARK,${siName}\r\n` }, changxing.token)).importEnterprises;
    expect(other).toMatchObject({ created: 1, rejected: 0 });
  });

  it('lets an import overwrite without a version, and a form edit holding the version from before the import answers CONFLICT', async () => {
    const uscc = testUscc();
    const input = enterpriseInput({ uscc, status: 'CANDIDATE' });
    const e = (await h.ok(CREATE, { i: input }, changxing.token)).createEnterprise;
    const imported = (await h.ok(IMPORT, { c: `uscc,name,status,employees\r\n${uscc},上海导入更新有限公司,CANDIDATE,999\r\n` }, changxing.token)).importEnterprises;
    expect(imported).toMatchObject({ updated: 1, rejected: 0 });
    const stale = await h.gql(UPDATE, { id: e.id, i: { ...input, employees: 1, version: e.version } }, changxing.token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await h.dataSource.query('SELECT employees FROM enterprises WHERE id = $1', [e.id]);
    expect(row.employees).toBe(999);
  });
});

describe('names a person can read (issue 11, item 11)', () => {
  let h: Harness;
  let officer: string;
  beforeAll(async () => {
    h = await Harness.start();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] })).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses names of only zero-width characters or with direction overrides, in forms and in imports', async () => {
    for (const name of ['\u200B\u200B', '\u200D\uFEFF', '\u2060', '上海\u202E司公限有', '\u2066某\u2069']) {
      const res = await h.gql(CREATE, { i: enterpriseInput({ name }) }, officer);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const user = await h.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { email: `n${name.length}${Math.random()}@test.local`.replace(/[^a-z0-9@.]/g, ''), password: 'password-12345', role: 'MANAGER', name, subParkIds: [] },
      }, await h.adminToken());
      expect(user.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    const report = (await h.ok(IMPORT, { c: `uscc,name,status\r\n${testUscc()},\u200B\u200C,CANDIDATE\r\n` }, officer)).importEnterprises;
    expect(report).toMatchObject({ created: 0, rejected: 1 });
    expect(report.errors[0].column).toBe('name');
    // Ordinary names with spaces and Chinese punctuation are names.
    expect((await h.gql(CREATE, { i: enterpriseInput({ name: '上海 瑞航（集团）有限公司' }) }, officer)).errors).toBeUndefined();
  });
});
