import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { enterpriseInput, testUscc } from './support/factories.js';
import { Harness, type GqlResult } from './support/harness.js';

/**
 * Issue 11, item 4 (and the input rules of item 11): inputs a client can send that used to answer INTERNAL_SERVER_ERROR.
 * Each must answer a contract code — and write nothing.
 */
const HUGE = '99999999999999999999';
const CONTRACT = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_COMPLEX'];
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('hostile input answers contract codes (issue 11, item 4)', () => {
  let h: Harness;
  let admin: string;
  let officer: string;
  let leadId: string;
  let leadVersion: number;

  const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
  const expectInput = (res: GqlResult, field?: string) => {
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
  };

  beforeAll(async () => {
    h = await Harness.start();
    admin = await h.adminToken();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] })).token;
    const e = await h.ok('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id } }', { i: enterpriseInput() }, officer);
    const lead = await h.ok(
      'mutation($i: LeadInput!) { createLead(input: $i) { id version } }',
      { i: { enterpriseId: e.createEnterprise.id, title: '测试线索', subParkId: await h.subParkId('CHANGXING_MARINE') } },
      officer,
    );
    leadId = lead.createLead.id;
    leadVersion = lead.createLead.version;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers BAD_USER_INPUT for an ID beyond bigint, in variables and in the query text, on every kind of operation', async () => {
    const byVariable: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { lead(id: $id) { id } }', { id: HUGE }],
      ['query($id: ID!) { enterprise(id: $id) { id } }', { id: HUGE }],
      ['query($id: ID!) { job(id: $id) { id } }', { id: HUGE }],
      ['query($id: ID!) { importReport(id: $id) { created } }', { id: HUGE }],
      ['mutation($id: ID!) { moveLead(id: $id, stage: CONTACTED, version: 1) { id } }', { id: HUGE }],
      ['mutation($id: ID!, $i: EnterpriseInput!) { updateEnterprise(id: $id, input: $i) { id } }', { id: HUGE, i: enterpriseInput({ version: 1 }) }],
      ['mutation($i: LeadInput!) { createLead(input: $i) { id } }', { i: { enterpriseId: HUGE, title: 't', subParkId: '1' } }],
      ['query($f: LeadFilter) { leads(filter: $f) { totalCount } }', { f: { ownerId: HUGE } }],
      ['query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }', { f: { subParkId: HUGE } }],
      ['query($id: ID!) { lead(id: $id) { id } }', { id: '-1' }],
      ['query($id: ID!) { lead(id: $id) { id } }', { id: '1e3' }],
    ];
    for (const [query, variables] of byVariable) {
      const res = await h.gql(query, variables, officer);
      expectInput(res);
      expect(res.data ?? null).toBeNull();
    }
    expectInput(await h.gql('query($id: ID!) { lead(id: $id) { id } }', { id: HUGE }, officer), 'id');
    expectInput(await h.gql(`{ lead(id: "${HUGE}") { id } }`, {}, officer));
    expectInput(await h.gql(`mutation { moveLead(id: ${HUGE}, stage: CONTACTED, version: 1) { id } }`, {}, officer));
  });

  it('answers BAD_USER_INPUT for NUL bytes and lone surrogates in any string, fields and filters alike', async () => {
    for (const bad of ['a\u0000b', '\uD800', 'x\uDC00y']) {
      expectInput(await h.gql('query($t: String) { enterprises(filter: { text: $t }) { totalCount } }', { t: bad }, officer), 't');
      expectInput(await h.gql('query($u: String) { enterprise(uscc: $u) { id } }', { u: bad }, officer), 'u');
      expectInput(await h.gql('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id } }', { i: enterpriseInput({ name: `公司${bad}` }) }, officer), 'i');
      expectInput(await h.gql('mutation($l: ID!, $i: ActivityInput!) { logActivity(leadId: $l, input: $i) { id } }', {
        l: leadId, i: { type: 'NOTE', occurredAt: new Date().toISOString(), summary: bad },
      }, officer));
    }
    // In the query text too.
    expectInput(await h.gql('{ enterprises(filter: { text: "\\u0000" }) { totalCount } }', {}, officer));
    expectInput(await h.gql('{ enterprises(filter: { text: "\\ud800" }) { totalCount } }', {}, officer));
    // Paired surrogates are characters like any other.
    expect((await h.gql('query($t: String) { enterprises(filter: { text: $t }) { totalCount } }', { t: '𠀀' }, officer)).errors).toBeUndefined();
  });

  it('rejects an import cell with a NUL byte or a lone surrogate as a row problem, and writes nothing', async () => {
    const uscc = testUscc();
    const csv = `uscc,name,status\r\n${uscc},"坏\u0000名",CANDIDATE\r\n${testUscc()},"坏\uD800名",CANDIDATE\r\n`;
    const res = await h.gql('mutation($c: String!) { importEnterprises(csv: $c, lang: en) { created rejected errors { row column message } } }', { c: csv }, officer);
    // The whole file is refused before any resolver by the String check, or row by row by the import: never 500, never written.
    if (res.errors) expectInput(res);
    else expect(res.data.importEnterprises).toMatchObject({ created: 0, rejected: 2 });
    const viaUpload = await request(h.url).post('/imports/enterprises?filename=nul.csv').set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send(Buffer.from(csv));
    expect(viaUpload.status).toBe(202);
    const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = $1', [uscc]);
    expect(n).toBe(0);
    const exported = await request(h.url).get(`/exports/enterprises.xlsx?filter=${encodeURIComponent(JSON.stringify({ text: 'a\u0000' }))}`).set('authorization', `Bearer ${officer}`);
    expect(exported.status).toBe(400);
    expect(exported.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
  });

  it('answers BAD_USER_INPUT naming the field for impossible dates', async () => {
    for (const dueOn of ['2025-02-30', '2025-13-01', '2025-00-10', '0000-01-01']) {
      expectInput(await h.gql('mutation($l: ID!, $i: TaskInput!) { addTask(leadId: $l, input: $i) { id } }', { l: leadId, i: { title: '回访', dueOn } }, officer), 'dueOn');
    }
    expectInput(
      await h.gql('mutation($id: ID!, $i: LeadUpdateInput!) { updateLead(id: $id, input: $i) { id } }', { id: leadId, i: { version: leadVersion, nextFollowUp: '2026-02-29' } }, officer),
      'nextFollowUp',
    );
    expectInput(await h.gql('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id } }', { i: enterpriseInput({ foundedOn: '2019-04-31' }) }, officer), 'foundedOn');
    expectInput(await h.gql('mutation($l: ID!, $i: ActivityInput!) { logActivity(leadId: $l, input: $i) { id } }', {
      l: leadId, i: { type: 'NOTE', occurredAt: '2025-02-30T10:00:00+08:00', summary: 'x' },
    }, officer));
    // A real leap day is fine.
    expect((await h.gql('mutation($l: ID!, $i: TaskInput!) { addTask(leadId: $l, input: $i) { id } }', { l: leadId, i: { title: '回访', dueOn: '2028-02-29' } }, officer)).errors).toBeUndefined();
  });

  it('answers BAD_USER_INPUT on `after` for cursors whose values have the wrong type', async () => {
    const lists = [
      'query($a: String) { enterprises(after: $a) { totalCount } }',
      'query($a: String) { enterprises(after: $a, sort: UPDATED) { totalCount } }',
      'query($a: String) { enterprises(after: $a, sort: SCORE) { totalCount } }',
      'query($a: String) { leads(after: $a) { totalCount } }',
    ];
    for (const query of lists) {
      for (const after of [cursor(['x', 'abc']), cursor([{}, 1]), cursor(['2026-01-01T00:00:00.000Z', HUGE]), cursor([12, '3']), 'not-base64-json']) {
        const res = await h.gql(query, { a: after }, officer);
        // ['x', 'abc'] etc. are never valid; [12, '3'] is wrong for every sort key here but the score.
        if (res.errors) expectInput(res, 'after');
      }
      expectInput(await h.gql(query, { a: cursor(['x', 'abc']) }, officer), 'after');
    }
    expectInput(await h.gql('query($a: String) { leads(after: $a) { totalCount } }', { a: cursor([12, '3']) }, officer), 'after');
  });

  it('answers a contract code for concurrent creates of one USCC or one e-mail, with the field', async () => {
    const input = enterpriseInput();
    const creates = await Promise.all(Array.from({ length: 6 }, () => h.gql('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id } }', { i: input }, officer)));
    expect(creates.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of creates.filter((r) => r.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });

    const user = { email: 'twice@test.local', password: 'password-12345', role: 'MANAGER', name: 'twice', subParkIds: [] };
    const users = await Promise.all(Array.from({ length: 6 }, () => h.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: user }, admin)));
    expect(users.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of users.filter((r) => r.errors)) expect(code(r)).toBe('CONFLICT');
  });

  it('answers BAD_USER_INPUT for an unknown operationName and for a persisted-query hash', async () => {
    const unknownOp = await request(h.url).post('/graphql').set('authorization', `Bearer ${officer}`).send({ query: 'query A { me { id } }', operationName: 'B' });
    expect(unknownOp.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const apq = await request(h.url)
      .post('/graphql')
      .set('authorization', `Bearer ${officer}`)
      .send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } });
    expect(apq.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never answers a code outside the contract for any of the above', async () => {
    const probes = await Promise.all([
      h.gql(`{ lead(id: "${HUGE}") { id } }`, {}, officer),
      h.gql('query($t: String) { enterprises(filter: { text: $t }) { totalCount } }', { t: '\u0000' }, officer),
      h.gql('query($a: String) { leads(after: $a) { totalCount } }', { a: cursor(['zzz', 'x']) }, officer),
    ]);
    for (const p of probes) expect(CONTRACT).toContain(code(p));
  });

  describe('hygiene of values (issue 11, item 11)', () => {
    it('refuses activities dated more than a day ahead (9999-12-31 would keep a lead from ever going stale)', async () => {
      const log = (occurredAt: string) =>
        h.gql('mutation($l: ID!, $i: ActivityInput!) { logActivity(leadId: $l, input: $i) { id } }', { l: leadId, i: { type: 'CALL', occurredAt, summary: '电话' } }, officer);
      expectInput(await log('9999-12-31T00:00:00Z'), 'occurredAt');
      expectInput(await log(new Date(Date.now() + 3 * 86_400_000).toISOString()), 'occurredAt');
      expect((await log(new Date(Date.now() + 3_600_000).toISOString())).errors).toBeUndefined(); // an hour ahead: a time zone slip
    });

    it('refuses amounts finer than a fen (6 decimals of 万元) instead of rounding them silently', async () => {
      expectInput(await h.gql('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { id } }', { i: enterpriseInput({ revenue: 1.1234567 }) }, officer), 'revenue');
      expectInput(
        await h.gql('mutation($id: ID!, $i: LeadUpdateInput!) { updateLead(id: $id, input: $i) { id } }', { id: leadId, i: { version: leadVersion, expectedInvestment: 0.0000001 } }, officer),
        'expectedInvestment',
      );
      const exact = await h.gql('mutation($i: EnterpriseInput!) { createEnterprise(input: $i) { revenue } }', { i: enterpriseInput({ revenue: 1.123456 }) }, officer);
      expect(exact.errors).toBeUndefined();
      expect(exact.data.createEnterprise.revenue).toBe(1.123456);
    });
  });
});
