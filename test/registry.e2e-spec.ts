import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput, testUscc, UPDATE_ENTERPRISE } from './support/factories.js';

describe('chain map and enterprise registry', () => {
  let h: Harness;
  let officer: string;

  beforeAll(async () => {
    h = await Harness.start();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['SMART_ISLAND'] })).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('chain map', () => {
    it('seeds all three chains with nodes in every segment', async () => {
      const { industryChains } = await h.ok('{ industryChains { code name nodes { code name segment weight targetCount bottleneck parentCode } } }', {}, officer);
      expect(industryChains.map((c: { code: string }) => c.code)).toEqual(['MARINE_EQUIPMENT', 'DIGITAL_ECONOMY', 'GREEN_LOW_CARBON']);
      for (const chain of industryChains) {
        const segments = new Set(chain.nodes.map((n: { segment: string }) => n.segment));
        expect(segments).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
      }
      const marine = industryChains[0].nodes;
      const valve = marine.find((n: { name: string }) => n.name.includes('低温阀'));
      expect(valve).toMatchObject({ bottleneck: true, parentCode: 'ME_LNG_CARGO' });
    });

    it('lets an administrator add a node under a parent, and no one else', async () => {
      const input = { chain: 'DIGITAL_ECONOMY', code: 'DE_QUANTUM_CRYPTO', name: '量子密码', segment: 'MIDSTREAM', weight: 4, targetCount: 2, bottleneck: true, parentCode: 'DE_SECURITY' };
      const mutation = 'mutation($i: ChainNodeInput!) { upsertChainNode(input: $i) { code name parentCode weight } }';
      expect((await h.gql(mutation, { i: input }, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const admin = await h.adminToken();
      expect((await h.ok(mutation, { i: input }, admin)).upsertChainNode).toMatchObject({ code: 'DE_QUANTUM_CRYPTO', parentCode: 'DE_SECURITY' });
      expect((await h.ok(mutation, { i: { ...input, weight: 5 } }, admin)).upsertChainNode.weight).toBe(5);
      const wrongSegment = await h.gql(mutation, { i: { ...input, code: 'DE_X1', segment: 'UPSTREAM' } }, admin);
      expect(wrongSegment.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentCode' });
      const badWeight = await h.gql(mutation, { i: { ...input, weight: 9 } }, admin);
      expect(badWeight.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weight' });
    });
  });

  describe('writes', () => {
    it('creates an enterprise with exact amounts, its nodes, an audit row and a re-profile request in the outbox', async () => {
      const input = enterpriseInput({ revenue: 12345.67 });
      const { createEnterprise: e } = await h.ok(CREATE_ENTERPRISE, { i: input }, officer);
      expect(e).toMatchObject({ uscc: input.uscc, version: 1, revenue: 12345.67, chainNodes: [{ node: { code: 'DE_SECURITY' }, role: 'KEY' }] });
      const [row] = await h.dataSource.query('SELECT revenue FROM enterprises WHERE id = $1', [e.id]);
      expect(row.revenue).toBe('12345670000');
      const [audit] = await h.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'Enterprise' AND entity_id = $1`, [e.id]);
      expect(audit.action).toBe('createEnterprise');
      const outbox = await h.dataSource.query(`SELECT job_name FROM outbox WHERE payload->>'enterpriseId' = $1`, [e.id]);
      expect(outbox).toEqual([{ job_name: 'ProfileEnterprise' }]);
    });

    it.each([
      ['a wrong check digit', { uscc: '91350100M000100Y44' }, 'uscc'],
      ['a negative revenue', { revenue: -1 }, 'revenue'],
      ['an unknown chain node', { chainNodes: [{ code: 'NOT_A_NODE' }] }, 'chainNodes'],
      ['an in-park firm without a sub-park', { status: 'IN_PARK' }, 'subParkId'],
      ['more S&T staff than employees', { employees: 10, techStaff: 11 }, 'techStaff'],
    ])('answers BAD_USER_INPUT naming the field for %s, and writes nothing', async (_what, over, field) => {
      const input = enterpriseInput(over);
      const res = await h.gql(CREATE_ENTERPRISE, { i: input }, officer);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE name = $1', [input.name]);
      expect(n).toBe(0);
    });

    it('refuses a second enterprise with the same USCC', async () => {
      const input = enterpriseInput();
      await h.ok(CREATE_ENTERPRISE, { i: input }, officer);
      const res = await h.gql(CREATE_ENTERPRISE, { i: { ...input, name: '另一家公司' } }, officer);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
    });

    it('lets group users read but not write the registry', async () => {
      const group = await h.user('group', 'GROUP', { group: 'DONGTAN_GROUP' });
      expect((await h.gql(CREATE_ENTERPRISE, { i: enterpriseInput() }, group.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await h.ok('{ enterprises(first: 1) { edges { node { id } } } }', {}, group.token)).enterprises.edges).toBeDefined();
    });

    it('updates with the current version, keeps fields left out, and answers CONFLICT for a stale one', async () => {
      const { createEnterprise: e } = await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput() }, officer);
      const base = { uscc: e.uscc, name: e.name, status: 'CANDIDATE' };
      const { updateEnterprise: u } = await h.ok(UPDATE_ENTERPRISE, { id: e.id, i: { ...base, name: '改名后的公司', version: 1 } }, officer);
      expect(u).toMatchObject({ name: '改名后的公司', version: 2, revenue: e.revenue });

      const stale = await h.gql(UPDATE_ENTERPRISE, { id: e.id, i: { ...base, name: '过期的修改', version: 1 } }, officer);
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const [row] = await h.dataSource.query('SELECT name, version FROM enterprises WHERE id = $1', [e.id]);
      expect(row).toEqual({ name: '改名后的公司', version: 2 });

      const [audit] = await h.dataSource.query(`SELECT changes FROM audit_log WHERE action = 'updateEnterprise' AND entity_id = $1`, [e.id]);
      expect(audit.changes).toContainEqual({ field: 'name', old: e.name, new: '改名后的公司' });
    });

    it('answers NOT_FOUND for an update of an enterprise that does not exist', async () => {
      const res = await h.gql(UPDATE_ENTERPRISE, { id: '987654321', i: { ...enterpriseInput(), version: 1 } }, officer);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('queries', () => {
    it('finds an enterprise by id and by USCC', async () => {
      const { createEnterprise: e } = await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput() }, officer);
      const q = 'query($id: ID, $u: String) { enterprise(id: $id, uscc: $u) { id uscc } }';
      expect((await h.ok(q, { id: e.id }, officer)).enterprise.uscc).toBe(e.uscc);
      expect((await h.ok(q, { u: e.uscc.toLowerCase() }, officer)).enterprise.id).toBe(e.id);
      expect((await h.ok(q, { id: '99999999' }, officer)).enterprise).toBeNull();
    });

    it('finds a Chinese name by a substring and a USCC by its prefix', async () => {
      const uscc = testUscc();
      await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '上海崇明深蓝海工装备股份有限公司', uscc }) }, officer);
      const q = 'query($t: String) { enterprises(filter: { text: $t }) { totalCount edges { node { name uscc } } } }';
      const byName = (await h.ok(q, { t: '深蓝海工' }, officer)).enterprises;
      expect(byName.totalCount).toBe(1);
      expect(byName.edges[0].node.name).toBe('上海崇明深蓝海工装备股份有限公司');
      const byUscc = (await h.ok(q, { t: uscc.slice(0, 16) }, officer)).enterprises;
      expect(byUscc.edges.map((e: { node: { uscc: string } }) => e.node.uscc)).toContain(uscc);
    });

    it('filters by chain, node, status and sub-park', async () => {
      const smart = await h.subParkId('SMART_ISLAND');
      await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '智慧岛园内企业甲', status: 'IN_PARK', subParkId: smart, chainNodes: [{ code: 'DE_CLOUD' }] }) }, officer);
      await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '氢能候选企业乙', chainNodes: [{ code: 'GL_H2_ELECTROLYZER' }] }) }, officer);
      const q = 'query($f: EnterpriseFilter) { enterprises(filter: $f, first: 100) { edges { node { name } } } }';
      const names = async (f: object) => (await h.ok(q, { f }, officer)).enterprises.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(await names({ status: 'IN_PARK', subParkId: smart })).toEqual(['智慧岛园内企业甲']);
      expect(await names({ nodeCode: 'DE_CLOUD' })).toEqual(['智慧岛园内企业甲']);
      const green = await names({ chain: 'GREEN_LOW_CARBON' });
      expect(green).toContain('氢能候选企业乙');
      expect(green).not.toContain('智慧岛园内企业甲');
    });

    it('pages through every row exactly once while rows are being inserted', async () => {
      for (let i = 0; i < 30; i++) await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: `翻页测试企业${String(i).padStart(2, '0')}`, tags: ['翻页'] }) }, officer);
      const q = 'query($a: String) { enterprises(filter: { tags: ["翻页"] }, first: 7, after: $a) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }';
      const seen: string[] = [];
      let after: string | null = null;
      let inserted = 0;
      for (;;) {
        const page: any = (await h.ok(q, { a: after }, officer)).enterprises;
        seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
        // Insert one row before the cursor and one after it between pages.
        await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: `翻页测试企业00-${inserted}`, tags: ['翻页'] }) }, officer);
        await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: `翻页测试企业99-${inserted++}`, tags: ['翻页'] }) }, officer);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (let i = 0; i < 30; i++) expect(seen).toContain(`翻页测试企业${String(i).padStart(2, '0')}`);
      expect([...seen].sort()).toEqual(seen); // name order, ascending
    });

    it('counts up to a limit for the registry header, exactly below it', async () => {
      for (let i = 0; i < 12; i++) await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ tags: ['计数'] }) }, officer);
      const q = 'query($l: Int!) { enterprises(filter: { tags: ["计数"] }, first: 1) { boundedCount(limit: $l) totalCount } }';
      expect((await h.ok(q, { l: 100_000 }, officer)).enterprises).toEqual({ boundedCount: 12, totalCount: 12 });
      expect((await h.ok(q, { l: 12 }, officer)).enterprises.boundedCount).toBe(12);
      expect((await h.ok(q, { l: 10 }, officer)).enterprises.boundedCount).toBe(11); // "more than 10"
      const res = await h.gql(q, { l: 0 }, officer);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    });

    it('rejects a cursor it did not issue', async () => {
      const res = await h.gql('{ enterprises(after: "garbage") { edges { cursor } } }', {}, officer);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
