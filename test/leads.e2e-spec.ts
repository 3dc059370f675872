import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../libs/platform/src/index.js';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput, LOG_ACTIVITY, MOVE_LEAD } from './support/factories.js';

const PATH = ['CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED', 'REGISTERED', 'PRODUCING'];

describe('lead pipeline (招商项目全流程)', () => {
  let h: Harness;
  let smart: string;
  let fusheng: string;
  let officerA: { token: string; id: string };
  let officerB: { token: string; id: string };
  let group: { token: string; id: string };
  let manager: { token: string; id: string };
  let enterpriseId: string;

  const newLead = async (token: string, subParkId: string, over: Record<string, unknown> = {}) =>
    (await h.ok(CREATE_LEAD, { i: { enterpriseId, title: `项目${Math.random().toString(36).slice(2, 8)}`, subParkId, expectedInvestment: 5000, ...over } }, token)).createLead;

  beforeAll(async () => {
    h = await Harness.start();
    smart = await h.subParkId('SMART_ISLAND');
    fusheng = await h.subParkId('FUSHENG');
    officerA = await h.user('officer-a', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerB = await h.user('officer-b', 'OFFICER', { subParks: ['FUSHENG'] });
    group = await h.user('eco-group', 'GROUP', { group: 'ECO_GROUP' }); // runs 崇明工业园区 and 富盛经济开发区
    manager = await h.user('manager', 'MANAGER');
    enterpriseId = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput() }, officerA.token)).createEnterprise.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('walks one lead from CLUE to PRODUCING with activities, every move on the timeline', async () => {
    const lead = await newLead(officerA.token, smart, { title: '智慧岛算力中心项目', expectedInvestment: 120000 });
    expect(lead).toMatchObject({ stage: 'CLUE', version: 1, owner: { id: officerA.id }, expectedInvestment: 120000 });
    let version = lead.version;
    for (const [i, stage] of PATH.entries()) {
      await h.ok(LOG_ACTIVITY, { id: lead.id, i: { type: i % 2 ? 'CALL' : 'VISIT', occurredAt: `2026-0${i + 1}-10T10:00:00+08:00`, summary: `第${i + 1}次跟进` } }, officerA.token);
      const moved = (await h.ok(MOVE_LEAD, { id: lead.id, s: stage, v: version }, officerA.token)).moveLead;
      expect(moved.stage).toBe(stage);
      version = moved.version;
    }
    const { lead: after } = await h.ok(
      `query($id: ID!) { lead(id: $id) { stage stageChanges { from to reason } activities(first: 10) { type summary }
         timeline(first: 50) { entries { kind summary stageChange { from to } activity { summary } } pageInfo { hasNextPage } } } }`,
      { id: lead.id },
      officerA.token,
    );
    expect(after.stage).toBe('PRODUCING');
    expect(after.stageChanges.map((c: { to: string }) => c.to)).toEqual(['CLUE', ...PATH]);
    expect(after.activities).toHaveLength(6);
    const moves = after.timeline.entries.filter((e: { kind: string }) => e.kind === 'STAGE_CHANGE').map((e: any) => e.stageChange.to);
    expect(moves).toEqual([...PATH].reverse().concat('CLUE'));
    expect(after.timeline.entries.filter((e: { kind: string }) => e.kind === 'ACTIVITY')).toHaveLength(6);
  });

  it("shows a lead's owner with the sub-parks they work in, on a lead and on the board", async () => {
    const lead = await newLead(officerA.token, smart);
    const { lead: one } = await h.ok('query($id: ID!) { lead(id: $id) { owner { id subParkIds } } }', { id: lead.id }, manager.token);
    expect(one.owner).toEqual({ id: officerA.id, subParkIds: [smart] });
    const { pipeline } = await h.ok(
      '{ pipeline { stage leads(first: 50) { edges { node { id owner { id subParkIds } enterprise { id name } subPark { id } } } } } }',
      {},
      manager.token,
    );
    const card = pipeline.flatMap((c: any) => c.leads.edges.map((e: any) => e.node)).find((n: any) => n.id === lead.id);
    expect(card).toMatchObject({ owner: { id: officerA.id, subParkIds: [smart] }, enterprise: { id: enterpriseId }, subPark: { id: smart } });
  });

  it('shows a card on the board with the same values as the lead itself, whichever of its fields are asked for', async () => {
    const lead = await newLead(officerA.token, smart);
    await h.ok(LOG_ACTIVITY, { id: lead.id, i: { type: 'VISIT', occurredAt: '2026-03-02T09:00:00+08:00', summary: '走访', participants: ['王总'] } }, officerA.token);
    const fields = `id title stage version stale expectedInvestment fixedAssetInvestment landMu floorSpace expectedOutput expectedTax expectedJobs
      source nodeCode priority nextFollowUp holdReason lossReason stageEnteredAt lastActivityAt createdAt updatedAt
      owner { id } subPark { id } enterprise { id name } lastActivity { type summary participants occurredAt }`;
    const { lead: whole } = await h.ok(`query($id: ID!) { lead(id: $id) { ${fields} } }`, { id: lead.id }, manager.token);
    const cardOf = async (selection: string) => {
      const { pipeline } = await h.ok(`{ pipeline { stage leads(first: 20) { edges { node { ${selection} } } } } }`, {}, manager.token);
      return pipeline.flatMap((c: any) => c.leads.edges.map((e: any) => e.node)).find((n: any) => n.id === lead.id);
    };
    expect(await cardOf(fields)).toEqual(whole);
    expect(await cardOf('id title expectedInvestment nextFollowUp')).toEqual({ id: whole.id, title: whole.title, expectedInvestment: whole.expectedInvestment, nextFollowUp: whole.nextFollowUp });
    expect(whole.expectedInvestment).not.toBeNull();
  });

  it('pages the timeline newest first without repeats', async () => {
    const lead = await newLead(officerA.token, smart);
    for (let i = 0; i < 7; i++) await h.ok(LOG_ACTIVITY, { id: lead.id, i: { type: 'NOTE', occurredAt: `2026-03-0${i + 1}T09:00:00+08:00`, summary: `备注${i}` } }, officerA.token);
    const q = 'query($id: ID!, $a: String) { lead(id: $id) { timeline(first: 3, after: $a) { entries { at summary } pageInfo { hasNextPage endCursor } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await h.ok(q, { id: lead.id, a: after }, officerA.token)).lead.timeline;
      seen.push(...page.entries.map((e: { at: string; summary: string }) => `${e.at} ${e.summary}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8); // 7 notes + creation
    expect(new Set(seen).size).toBe(8);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('records field edits on the timeline with old and new values', async () => {
    const lead = await newLead(officerA.token, smart);
    await h.ok('mutation($id: ID!, $i: LeadUpdateInput!) { updateLead(id: $id, input: $i) { version } }', { id: lead.id, i: { version: 1, expectedInvestment: 8000, landMu: 50 } }, officerA.token);
    const { lead: l } = await h.ok('query($id: ID!) { lead(id: $id) { expectedInvestment landMu timeline { entries { kind summary } } } }', { id: lead.id }, officerA.token);
    expect(l).toMatchObject({ expectedInvestment: 8000, landMu: 50 });
    const edit = l.timeline.entries.find((e: { kind: string }) => e.kind === 'FIELD_CHANGE');
    expect(edit.summary).toContain('预计总投资：5,000 万元 → 8,000 万元');
    expect(edit.summary).toContain('用地需求：（空） → 50 亩');
    expect(edit.summary).not.toMatch(/land_mu|expected_investment|8000000000/);
  });

  it('needs a reason to move back, pause or lose a lead', async () => {
    const lead = await newLead(officerA.token, smart);
    const { moveLead: m } = await h.ok(MOVE_LEAD, { id: lead.id, s: 'NEGOTIATING', v: 1 }, officerA.token);
    for (const stage of ['CONTACTED', 'LOST', 'ON_HOLD']) {
      const res = await h.gql(MOVE_LEAD, { id: lead.id, s: stage, v: m.version }, officerA.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    const lost = (await h.ok(MOVE_LEAD, { id: lead.id, s: 'LOST', v: m.version, r: '企业选址苏州' }, officerA.token)).moveLead;
    expect(lost.stage).toBe('LOST');
    const { lead: l } = await h.ok('query($id: ID!) { lead(id: $id) { lossReason } }', { id: lead.id }, officerA.token);
    expect(l.lossReason).toBe('企业选址苏州');
  });

  it('lets exactly one of two concurrent moves with the same version win', async () => {
    const lead = await newLead(officerA.token, smart);
    const [a, b] = await Promise.all([
      h.gql(MOVE_LEAD, { id: lead.id, s: 'CONTACTED', v: 1 }, officerA.token),
      h.gql(MOVE_LEAD, { id: lead.id, s: 'NEGOTIATING', v: 1 }, manager.token),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM lead_stage_changes WHERE lead_id = $1', [lead.id]);
    expect(n).toBe(2); // creation + the winning move
  });

  describe('visibility', () => {
    let leadA: { id: string };
    let leadB: { id: string };

    beforeAll(async () => {
      leadA = await newLead(officerA.token, smart, { title: '仅智慧岛可见', expectedInvestment: 1000 });
      leadB = await newLead(officerB.token, fusheng, { title: '仅富盛可见', expectedInvestment: 2000 });
    });

    const titles = async (token: string) =>
      (await h.ok('{ leads(first: 200) { totalCount edges { node { title } } } }', {}, token)).leads;
    const clueCount = async (token: string) =>
      (await h.ok('{ pipeline { stage count expectedInvestment } }', {}, token)).pipeline;

    it('hides leads of other sub-parks from an officer: NOT_FOUND by id, absent from lists, counts and sums', async () => {
      expect((await h.gql('query($id: ID!) { lead(id: $id) { id } }', { id: leadB.id }, officerA.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await titles(officerA.token);
      expect(list.edges.map((e: any) => e.node.title)).toContain('仅智慧岛可见');
      expect(list.edges.map((e: any) => e.node.title)).not.toContain('仅富盛可见');
      const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM leads WHERE sub_park_id = $1', [smart]);
      expect(list.totalCount).toBe(n);
      const moveOther = await h.gql(MOVE_LEAD, { id: leadB.id, s: 'CONTACTED', v: 1 }, officerA.token);
      expect(moveOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const logOther = await h.gql(LOG_ACTIVITY, { id: leadB.id, i: { type: 'CALL', occurredAt: '2026-05-01T10:00:00+08:00', summary: 'x' } }, officerA.token);
      expect(logOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const createOther = await h.gql(CREATE_LEAD, { i: { enterpriseId, title: 'x', subParkId: fusheng } }, officerA.token);
      expect(createOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("lets a group user read its group's sub-parks and edit nothing", async () => {
      expect((await h.ok('query($id: ID!) { lead(id: $id) { title } }', { id: leadB.id }, group.token)).lead.title).toBe('仅富盛可见');
      expect((await h.gql('query($id: ID!) { lead(id: $id) { id } }', { id: leadA.id }, group.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = (await titles(group.token)).edges.map((e: any) => e.node.title);
      expect(list).toContain('仅富盛可见');
      expect(list).not.toContain('仅智慧岛可见');
      expect((await h.gql(MOVE_LEAD, { id: leadB.id, s: 'CONTACTED', v: 1 }, group.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('shows managers everything, with pipeline sums equal to the sums of the listed leads', async () => {
      const list = await titles(manager.token);
      const all = list.edges.map((e: any) => e.node.title);
      expect(all).toEqual(expect.arrayContaining(['仅智慧岛可见', '仅富盛可见']));
      for (const token of [manager.token, officerA.token, group.token]) {
        const pipeline = await clueCount(token);
        const leads = (await h.ok('{ leads(first: 200) { edges { node { stage expectedInvestment } } } }', {}, token)).leads.edges.map((e: any) => e.node);
        for (const col of pipeline) {
          const inStage = leads.filter((l: { stage: string }) => l.stage === col.stage);
          expect(col.count).toBe(inStage.length);
          expect(col.expectedInvestment).toBeCloseTo(inStage.reduce((s: number, l: { expectedInvestment: number | null }) => s + (l.expectedInvestment ?? 0), 0), 6);
        }
      }
    });

    it('sums a filtered pipeline over exactly the leads the same filter lists', async () => {
      const filter = { ownerId: officerA.id };
      const { pipeline } = await h.ok('query($f: LeadFilter) { pipeline(filter: $f) { stage count expectedInvestment } }', { f: filter }, manager.token);
      const leads = (await h.ok('query($f: LeadFilter) { leads(filter: $f, first: 200) { edges { node { stage expectedInvestment } } } }', { f: filter }, manager.token)).leads.edges.map((e: any) => e.node);
      expect(leads.length).toBeGreaterThan(0);
      for (const col of pipeline) {
        const inStage = leads.filter((l: { stage: string }) => l.stage === col.stage);
        expect(col.count).toBe(inStage.length);
        expect(col.expectedInvestment).toBeCloseTo(inStage.reduce((s: number, l: { expectedInvestment: number | null }) => s + (l.expectedInvestment ?? 0), 0), 6);
      }
    });

    it('lets a manager reassign a lead and no officer', async () => {
      const officerA2 = await h.user('officer-a2', 'OFFICER', { subParks: ['SMART_ISLAND'] });
      const q = 'mutation($id: ID!, $o: ID!, $v: Int!) { reassignLead(id: $id, ownerId: $o, version: $v) { owner { id } version } }';
      expect((await h.gql(q, { id: leadA.id, o: officerA2.id, v: 1 }, officerA.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await h.gql(q, { id: leadA.id, o: officerB.id, v: 1 }, manager.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
      expect((await h.ok(q, { id: leadA.id, o: officerA2.id, v: 1 }, manager.token)).reassignLead.owner.id).toBe(officerA2.id);
    });

    it('serves a board: every column with its first cards, enterprise, owner and last activity', async () => {
      const { pipeline } = await h.ok(
        '{ pipeline { stage count leads(first: 2) { edges { node { title enterprise { name } owner { email } lastActivity { summary } } } pageInfo { hasNextPage } } } }',
        {},
        officerA.token,
      );
      expect(pipeline).toHaveLength(9);
      for (const col of pipeline) {
        expect(col.leads.edges.length).toBe(Math.min(2, col.count));
        expect(col.leads.pageInfo.hasNextPage).toBe(col.count > 2);
      }
      const clue = pipeline.find((c: { stage: string }) => c.stage === 'CLUE');
      expect(clue.leads.edges[0].node.enterprise.name).toBeTruthy();
    });
  });

  it('flags a lead stale after the idle time its stage allows, notifies the owner, and clears it on activity', async () => {
    await h.ok('mutation { setStageIdleLimit(stage: NEGOTIATING, maxIdleDays: 14) { stage maxIdleDays } }', {}, await h.adminToken());
    const lead = await newLead(officerA.token, smart, { title: '久未跟进的项目' });
    await h.ok(MOVE_LEAD, { id: lead.id, s: 'NEGOTIATING', v: 1 }, officerA.token);
    const clock = h.app.get(Clock);

    clock.advance(13 * 86_400_000);
    await h.ok('mutation { refreshStaleLeads { flagged } }', {}, manager.token);
    expect((await h.ok('query($id: ID!) { lead(id: $id) { stale } }', { id: lead.id }, officerA.token)).lead.stale).toBe(false);

    clock.advance(2 * 86_400_000);
    await h.ok('mutation { refreshStaleLeads { flagged } }', {}, manager.token);
    expect((await h.ok('query($id: ID!) { lead(id: $id) { stale } }', { id: lead.id }, officerA.token)).lead.stale).toBe(true);
    const staleList = (await h.ok('{ leads(filter: { stale: true }) { edges { node { id } } } }', {}, officerA.token)).leads.edges.map((e: any) => e.node.id);
    expect(staleList).toContain(lead.id);
    const notes = (await h.ok('{ notifications(unreadOnly: true) { kind title leadId } }', {}, officerA.token)).notifications;
    expect(notes).toContainEqual({ kind: 'LEAD_STALE', title: '项目久未跟进：久未跟进的项目', leadId: lead.id });

    // A second refresh the same day notifies no one twice.
    await h.ok('mutation { refreshStaleLeads { flagged } }', {}, manager.token);
    expect((await h.ok('{ notifications { leadId } }', {}, officerA.token)).notifications.filter((n: { leadId: string }) => n.leadId === lead.id)).toHaveLength(1);

    const now = clock.now().toISOString();
    await h.ok(LOG_ACTIVITY, { id: lead.id, i: { type: 'VISIT', occurredAt: now, summary: '上门走访' } }, officerA.token);
    expect((await h.ok('query($id: ID!) { lead(id: $id) { stale } }', { id: lead.id }, officerA.token)).lead.stale).toBe(false);
    clock.advance(-15 * 86_400_000);
  });

  it('shows open tasks with their due dates, overdue ones flagged', async () => {
    const lead = await newLead(officerA.token, smart);
    await h.ok('mutation($id: ID!) { addTask(leadId: $id, input: { title: "准备考察材料", dueOn: "2020-01-01" }) { id overdue } }', { id: lead.id }, officerA.token);
    const { addTask: t } = await h.ok('mutation($id: ID!) { addTask(leadId: $id, input: { title: "签约仪式", dueOn: "2099-01-01" }) { id overdue } }', { id: lead.id }, officerA.token);
    expect(t.overdue).toBe(false);
    const { lead: l } = await h.ok('query($id: ID!) { lead(id: $id) { tasks { title overdue doneAt } } }', { id: lead.id }, officerA.token);
    expect(l.tasks).toEqual([
      { title: '准备考察材料', overdue: true, doneAt: null },
      { title: '签约仪式', overdue: false, doneAt: null },
    ]);
    const done = (await h.ok('mutation($id: ID!) { completeTask(id: $id) { doneAt overdue } }', { id: t.id }, officerA.token)).completeTask;
    expect(done.doneAt).toBeTruthy();
  });

  it("lists an enterprise's leads that the caller may see", async () => {
    const q = 'query($id: ID!) { enterprise(id: $id) { leads(first: 100) { totalCount } } }';
    const all = (await h.ok(q, { id: enterpriseId }, manager.token)).enterprise.leads.totalCount;
    const mine = (await h.ok(q, { id: enterpriseId }, officerB.token)).enterprise.leads.totalCount;
    expect(all).toBeGreaterThan(mine);
    expect(mine).toBeGreaterThan(0);
  });
});
