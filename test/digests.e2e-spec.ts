import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { STAGE_NAMES } from '../libs/leads/src/lead-stage.js';
import { Clock } from '../libs/platform/src/index.js';
import { htmlTable, shown, showsRounded, textItems } from './digest-mail.js';
import { CHAINS, KPIS, proposedMatches, seedRegistryBeforeLastWeek, seedRegistryThisWeek, type ProposedMatch } from './digests-registry-seed.js';
import { GENERATE, DIGESTS, mondayOf, shiftDays, TestSmtp } from './digests-support.js';
import { eventually, Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput, LOG_ACTIVITY, MOVE_LEAD } from './support/factories.js';

const PUBLIC_URL = 'https://lianzhao.example.cn';
const REACHED = ['SIGNED', 'REGISTERED', 'PRODUCING'];
const LEADS = `query { leads(first: 100) { totalCount edges { node { id title createdAt expectedInvestment subPark { id }
  stale stageEnteredAt lastActivityAt stageChanges { from to at } tasks { id title dueOn overdue } } } } }`;
const ADD_TASK = 'mutation($id: ID!, $i: TaskInput!) { addTask(leadId: $id, input: $i) { id } }';
const DAY = 86_400_000;
const byCode = (kpis: { code: string; actual: number | null }[]) => Object.fromEntries(kpis.map((k) => [k.code, k.actual]));

describe('weekly digest (周报), mailed exactly once', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: string;
  let m1: { token: string; id: string; email: string };
  let m2: { token: string; id: string; email: string };
  let eco: { token: string; id: string; email: string };
  let officerA: { token: string; id: string; email: string };
  let officerB: { token: string; id: string; email: string };
  let smart: string;
  let fusheng: string;
  const week = mondayOf(new Date());
  const lastWeek = shiftDays(week, -7);
  const from = Date.parse(`${week}T00:00:00+08:00`);
  const to = from + 7 * 86_400_000;
  const inWeek = (at: string) => Date.parse(at) >= from && Date.parse(at) < to;
  const leads: Record<string, { id: string; version: number }> = {};
  let first: any[];
  /** The park's KPIs as the API gave them when last week's digest was built. */
  let lastWeekKpis: { code: string; name: string; actual: number | null }[];
  let superseded: ProposedMatch;
  const ofWeek = (w: string) => smtp.messages.filter((m) => m.subject?.includes(`${w} 至`));
  const mailOf = (d: { messageId: string }): ParsedMail => smtp.messages.find((m) => m.messageId === d.messageId)!;
  const digestOf = (who: { id: string }) => first.find((d) => d.recipient.id === who.id);
  const visibleTo = async (token: string): Promise<any[]> => (await h.ok(LEADS, {}, token)).leads.edges.map((e: any) => e.node);

  const move = async (key: string, token: string, stage: string) => {
    const l = leads[key]!;
    const moved = (await h.ok(MOVE_LEAD, { id: l.id, s: stage, v: l.version }, token)).moveLead;
    l.version = moved.version;
  };

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    h = await Harness.start({ worker: true, env: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: '链招周报 <digest@lianzhao.test>', GAPS_WINDOW_MS: '200' } });
    // The hourly catch-up (at :20) builds last week when nothing is built for it; here it would race the suite's own
    // build of last week, which must come after its seeding. This suite builds weeks on demand only.
    const maintenance = new Queue('maintenance', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
    await maintenance.removeJobScheduler('reconcile-digests');
    await maintenance.close();
    admin = await h.adminToken();
    smart = await h.subParkId('SMART_ISLAND');
    fusheng = await h.subParkId('FUSHENG');
    m1 = await h.user('manager-1', 'MANAGER');
    m2 = await h.user('manager-2', 'MANAGER');
    eco = await h.user('eco-group', 'GROUP', { group: 'ECO_GROUP' }); // 崇明工业园区 and 富盛经济开发区
    officerA = await h.user('officer-a', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerB = await h.user('officer-b', 'OFFICER', { subParks: ['FUSHENG'] });

    // A week of activity, through the API.
    const e1 = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '上海海智算力科技有限公司' }) }, officerA.token)).createEnterprise.id;
    const e2 = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ name: '富盛绿能装备有限公司' }) }, officerB.token)).createEnterprise.id;
    const create = async (key: string, token: string, input: Record<string, unknown>) => {
      const l = (await h.ok(CREATE_LEAD, { i: input }, token)).createLead;
      leads[key] = { id: l.id, version: l.version };
    };
    await create('A1', officerA.token, { enterpriseId: e1, title: '智慧岛算力中心项目', subParkId: smart, expectedInvestment: 12000, nodeCode: 'DE_SECURITY' });
    await create('A2', officerA.token, { enterpriseId: e1, title: '数据安全实验室', subParkId: smart, expectedInvestment: 3000 });
    await create('B1', officerB.token, { enterpriseId: e2, title: '富盛氢能储运基地', subParkId: fusheng, expectedInvestment: 50000 });
    await create('B2', officerB.token, { enterpriseId: e2, title: '光伏组件扩产', subParkId: fusheng });
    for (const s of ['CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED']) await move('A1', officerA.token, s);
    for (const s of ['SIGNED', 'REGISTERED']) await move('B1', officerB.token, s);
    await move('B2', officerB.token, 'CONTACTED');
    await h.ok(ADD_TASK, { id: leads.B1!.id, i: { title: '补充环评材料', dueOn: shiftDays(week, -3) } }, officerB.token);
    await h.ok(ADD_TASK, { id: leads.A2!.id, i: { title: '约见技术负责人', dueOn: shiftDays(week, 30) } }, officerA.token);
    // Overdue by different spans, in an order unlike that of the tasks' and the leads' ids.
    await h.ok(ADD_TASK, { id: leads.A1!.id, i: { title: '提交投资协议签批', dueOn: shiftDays(week, -1) } }, officerA.token);
    await h.ok(ADD_TASK, { id: leads.B2!.id, i: { title: '回访企业决策人', dueOn: shiftDays(week, -12) } }, officerB.token);
    // Idle for different spans, again unlike the ids: A2 last heard of a day from now, A1 three days from now, B2 not since its move.
    const clock = h.app.get(Clock);
    const call = (key: string, token: string) =>
      h.ok(LOG_ACTIVITY, { id: leads[key]!.id, i: { type: 'CALL', occurredAt: clock.now().toISOString(), summary: '电话跟进' } }, token);
    clock.advance(DAY);
    await call('A2', officerA.token);
    clock.advance(2 * DAY);
    await call('A1', officerA.token);
    // Stale flags as they will be in forty days, then back to now: the digest reports what the flags say.
    clock.advance(37 * DAY);
    await h.ok('mutation { refreshStaleLeads { flagged } }', {}, m1.token);
    clock.advance(-40 * DAY);

    // Last week's digest, built before this week's registry changes: this week's KPI change is measured against it.
    await seedRegistryBeforeLastWeek(h, admin, week, { smart, fusheng });
    lastWeekKpis = (await h.ok(KPIS, { d: shiftDays(week, -1) }, m1.token)).kpis;
    await h.ok(GENERATE, { w: lastWeek }, admin);
    await eventually(async () => ofWeek(lastWeek).length === 3 || undefined, 30_000);
    superseded = await seedRegistryThisWeek(h, admin, week, await h.subParkId('CHANGXING_MARINE'));
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('refuses bad weeks and non-administrators', async () => {
    const wednesday = shiftDays(week, 2);
    const bad = await h.gql(GENERATE, { w: wednesday }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekStart' });
    const future = await h.gql(GENERATE, { w: shiftDays(week, 14) }, admin);
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notAdmin = await h.gql(GENERATE, { w: week }, m1.token);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("builds one digest per manager and group user whose numbers are the API's for that week, and mails each once, in Chinese", async () => {
    first = (await h.ok(GENERATE, { w: week }, admin)).generateDigests;
    expect(first.map((d) => d.recipient.id).sort()).toEqual([m1.id, m2.id, eco.id].sort());
    await eventually(async () => ofWeek(week).length >= 3 || undefined, 30_000);

    const nodes = await visibleTo(m1.token);
    const expectFor = (visible: any[]) => ({
      newLeads: visible.filter((l) => inWeek(l.createdAt)).length,
      expected: visible.filter((l) => inWeek(l.createdAt)).reduce((s, l) => s + (l.expectedInvestment ?? 0), 0),
      moves: visible.flatMap((l) => l.stageChanges).filter((c: any) => c.from !== null && inWeek(c.at)).length,
      reached: visible.filter((l) => l.stageChanges.some((c: any) => c.from !== null && REACHED.includes(c.to) && inWeek(c.at))).length,
      overdue: visible.flatMap((l) => l.tasks).filter((t: any) => t.overdue).length,
    });
    const park = expectFor(nodes);
    expect(park).toEqual({ newLeads: 4, expected: 65000, moves: 7, reached: 2, overdue: 3 });
    const staleTotal = (await h.ok('query { leads(filter: { stale: true }) { totalCount } }', {}, m1.token)).leads.totalCount;
    const { kpis } = await h.ok('query($d: String) { kpis(asOf: $d) { code actual } }', { d: shiftDays(week, 6) }, m1.token);

    for (const m of [m1, m2]) {
      const d = first.find((x) => x.recipient.id === m.id);
      const stats = JSON.parse(d.stats);
      expect(stats.newLeads).toMatchObject({ count: park.newLeads, expectedInvestment: park.expected });
      expect(stats.stageMoves.count).toBe(park.moves);
      expect(stats.reached.count).toBe(park.reached);
      expect(stats.reached.byStage).toEqual({ SIGNED: 1, REGISTERED: 1, PRODUCING: 0 });
      expect(stats.overdueTasks.count).toBe(park.overdue);
      expect(stats.stale.count).toBe(staleTotal);
      expect(stats.stale.count).toBeGreaterThan(0);
      expect(Object.fromEntries(stats.kpis.map((k: any) => [k.code, k.actual]))).toEqual(Object.fromEntries(kpis.map((k: any) => [k.code, k.actual])));
      expect(stats.investmentByChain.find((c: any) => c.chain === 'DIGITAL_ECONOMY')).toMatchObject({ count: 1, expectedInvestment: 12000 });

      const mails = smtp.to(m.email).filter((x) => ofWeek(week).includes(x));
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.messageId).toBe(d.messageId);
      expect(mail.subject).toBe(d.subject);
      expect(mail.subject).toContain('链招周报');
      expect(mail.text).toContain(`新增项目：${park.newLeads} 个，预计投资 65,000 万元`);
      expect(mail.text).toContain(`阶段推进：${park.moves} 次`);
      expect(mail.text).toContain('签约与落地：正式签约 1 个，注册落地 1 个');
      expect(mail.text).toContain(`久未跟进：${staleTotal} 个项目`);
      expect(mail.text).toContain('逾期任务：3 项');
      expect(mail.text).toContain(`${PUBLIC_URL}/leads/${leads.A1!.id}`);
      expect(mail.text).toContain(`${PUBLIC_URL}/digests/${d.id}`);
      expect(mail.html).toContain(`href="${PUBLIC_URL}/leads/${leads.B1!.id}"`);
      expect(mail.html).toContain(`${PUBLIC_URL}/enterprises/`);
      expect(mail.html).not.toMatch(/<script|<svg/i);
      // The archive is exactly what was mailed.
      expect((mail.html as string).trim()).toBe(d.html.trim());
      expect(mail.text!.trim()).toBe(d.text.trim());
    }
    const archived = (await h.ok(DIGESTS, { w: week }, m1.token)).digests;
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ id: first.find((x) => x.recipient.id === m1.id).id, sendState: 'SENT', sendAttempts: 1 });
    expect(archived[0].sentAt).toBeTruthy();
    for (const o of [officerA, officerB]) expect(smtp.to(o.email)).toHaveLength(0);
  });

  it("gives a group user only its group's sub-parks", async () => {
    const d = first.find((x) => x.recipient.id === eco.id);
    const stats = JSON.parse(d.stats);
    const ecoParks = (await h.ok('query { me { subParkIds } }', {}, eco.token)).me.subParkIds;
    expect(ecoParks).toContain(fusheng);
    expect(ecoParks).not.toContain(smart);
    expect(d.subParkIds.sort()).toEqual([...ecoParks].sort());
    const { leads: visible } = await h.ok(LEADS, {}, eco.token);
    const ids = visible.edges.map((e: any) => e.node.id).sort();
    expect(ids).toEqual([leads.B1!.id, leads.B2!.id].sort());
    expect(stats.newLeads.count).toBe(2);
    expect(stats.newLeads.expectedInvestment).toBe(50000);
    expect(stats.newLeads.items.map((i: any) => i.id).sort()).toEqual(ids);
    expect(stats.stageMoves.count).toBe(3);
    expect(stats.reached.items.map((i: any) => i.id)).toEqual([leads.B1!.id]);
    expect(stats.stale.items.every((i: any) => ids.includes(i.id))).toBe(true);
    const staleForGroup = (await h.ok('query { leads(filter: { stale: true }) { totalCount } }', {}, eco.token)).leads.totalCount;
    expect(stats.stale.count).toBe(staleForGroup);
    const mail = mailOf(d);
    for (const key of ['A1', 'A2']) {
      expect(d.html).not.toContain(`/leads/${leads[key]!.id}"`);
      expect(mail!.text).not.toContain(`/leads/${leads[key]!.id}\n`);
    }
    expect(mail!.text).toContain('新增项目：2 个，预计投资 50,000 万元');
    expect(mail!.subject).toContain('生态');
  });

  it("shows each stage move with its count and the expected investment of the leads that made it, as the API's stage changes give them", async () => {
    for (const who of [m1, eco]) {
      const expected: Record<string, { count: number; sum: number }> = {};
      const moved = new Map<string, number>();
      for (const l of await visibleTo(who.token)) {
        for (const c of l.stageChanges.filter((x: any) => x.from !== null && inWeek(x.at))) {
          const key = `${STAGE_NAMES[c.from as keyof typeof STAGE_NAMES]} → ${STAGE_NAMES[c.to as keyof typeof STAGE_NAMES]}`;
          expected[key] = { count: (expected[key]?.count ?? 0) + 1, sum: (expected[key]?.sum ?? 0) + (l.expectedInvestment ?? 0) };
          moved.set(l.id, l.expectedInvestment ?? 0);
        }
      }
      const mail = mailOf(digestOf(who));
      const rows = htmlTable(mail.html as string, '阶段推进（');
      expect(Object.fromEntries(rows.map(([fromName, toName, n, sum]) => [`${fromName} → ${toName}`, { count: Number(n), sum: shown(sum!) }]))).toEqual(expected);
      const lines = textItems(mail.text!, '阶段推进（').map((l) => /^(.+)：(\d+) 次，(.+)$/.exec(l)!);
      expect(Object.fromEntries(lines.map(([, move, n, sum]) => [move, { count: Number(n), sum: shown(sum!) }]))).toEqual(expected);
      // The overview's total is the investment the moving leads carry: a lead that went through four stages counts once.
      const total = [...moved.values()].reduce((s, v) => s + v, 0);
      const [, count, involved] = /^(\d+) 次，涉及预计投资 (.+)$/.exec(htmlTable(mail.html as string, '本周概览').find(([k]) => k === '阶段推进')![1]!)!;
      expect({ count: Number(count), involved: shown(involved!) }).toEqual({ count: Object.values(expected).reduce((n, e) => n + e.count, 0), involved: total });
      if (who === m1) expect(total).toBe(62000); // 智慧岛算力中心项目 12,000 (four moves) + 富盛氢能储运基地 50,000 (two) + 光伏组件扩产 (none given)
    }
  });

  it('lists the best new chain-gap matches of the week as the API proposes them, best first, with their scores', async () => {
    // 崇明工业园区, one of the eco group's sub-parks, courts the green chain (migration ChainGaps): the group's matches are that chain's.
    for (const [who, chains] of [[m1, CHAINS], [eco, ['GREEN_LOW_CARBON']]] as const) {
      const api = await proposedMatches(h, m1.token, chains);
      expect(api.map((m) => m.id)).not.toContain(superseded.id); // proposed earlier this week, no longer since its gap was filled
      const best = api.slice(0, 5);
      const d = digestOf(who);
      const stats = JSON.parse(d.stats);
      expect(stats.matches.count).toBe(api.length);
      expect(stats.matches.items.map((m: { id: string }) => m.id)).toEqual(best.map((m) => m.id));
      const mail = mailOf(d);
      const rows = htmlTable(mail.html as string, '补链推荐：');
      expect(rows.map(([enterprise, node]) => [enterprise, node])).toEqual(best.map((m) => [m.enterpriseName, m.nodeName]));
      const items = textItems(mail.text!, '补链推荐：').map((l) => l.split('｜'));
      expect(items.map(([enterprise, node]) => [enterprise, node])).toEqual(best.map((m) => [m.enterpriseName, m.nodeName]));
      best.forEach((m, i) => {
        // The score on the chain map's 0–100 scale, to one decimal.
        for (const s of [rows[i]![2]!, items[i]![2]!]) expect({ enterprise: m.enterpriseName, shown: s, score: m.score, ok: showsRounded(s, m.score, 0.1) }).toMatchObject({ ok: true });
        expect(mail.html).toContain(`href="${PUBLIC_URL}/enterprises/${m.enterpriseId}"`);
      });
      expect(mail.text).toContain(`补链推荐：${api.length} 家新候选企业`);
      if (api.length > best.length) expect(mail.html).toContain(`另有 ${api.length - best.length} 家候选企业`);
    }
    expect((await proposedMatches(h, m1.token)).length).toBeGreaterThan(5); // the park's list is cut to the best five
  });

  it("shows each KPI's change since last week: this week's figure less the one last week's digest reported", async () => {
    const before = byCode(lastWeekKpis);
    const [last] = (await h.ok(DIGESTS, { w: lastWeek }, m1.token)).digests;
    expect(byCode(JSON.parse(last.stats).kpis)).toEqual(before);
    const now = byCode((await h.ok(KPIS, { d: shiftDays(week, 6) }, m1.token)).kpis);
    // The registry keeps no history: asked now, last Sunday already counts this week's new firms; the change is against what was reported.
    expect(byCode((await h.ok(KPIS, { d: shiftDays(week, -1) }, m1.token)).kpis).SEI_OUTPUT).toBe(now.SEI_OUTPUT);
    expect({ HIGHTECH_VALID: now.HIGHTECH_VALID! - before.HIGHTECH_VALID!, SEI_OUTPUT: now.SEI_OUTPUT! - before.SEI_OUTPUT!, NEW_FACTORY_M2: now.NEW_FACTORY_M2! - before.NEW_FACTORY_M2! })
      .toEqual({ HIGHTECH_VALID: 1, SEI_OUTPUT: 105000, NEW_FACTORY_M2: 5000 });

    for (const m of [m1, m2]) {
      const mail = mailOf(digestOf(m));
      const rows = htmlTable(mail.html as string, '规划指标进度');
      const lines = textItems(mail.text!, '规划指标进度');
      expect(rows).toHaveLength(lastWeekKpis.length);
      for (const k of lastWeekKpis) {
        expect(now[k.code]).not.toBeNull();
        const change = now[k.code]! - before[k.code]!;
        const cell = rows.find(([name]) => name === k.name)![4]!;
        const text = /较上周 (.+)）$/.exec(lines.find((l) => l.startsWith(`${k.name}：`))!)![1]!;
        for (const s of [cell, text]) expect({ code: k.code, shown: s, change, ok: showsRounded(s, change, 0.01) }).toMatchObject({ ok: true });
      }
    }
  });

  it('lists stale leads and overdue tasks worst first, with the days the API\'s dates give', async () => {
    const nextMonday = Date.parse(`${shiftDays(week, 7)}T00:00:00+08:00`);
    const sunday = shiftDays(week, 6);
    for (const who of [m1, eco]) {
      const visible = await visibleTo(who.token);
      const d = digestOf(who);
      const builtAt = Date.parse((await h.ok('query($id: ID!) { digest(id: $id) { createdAt } }', { id: d.id }, admin)).digest.createdAt);
      // Idle since the later of the last activity and entering the stage; counted to the week's end, or to now if later.
      const stale = visible
        .filter((l) => l.stale)
        .map((l) => ({ id: Number(l.id), title: l.title, since: Math.max(Date.parse(l.stageEnteredAt), l.lastActivityAt ? Date.parse(l.lastActivityAt) : 0) }))
        .sort((a, b) => a.since - b.since || a.id - b.id)
        .map((l) => [l.title, Math.max(0, Math.floor((Math.max(nextMonday, builtAt) - l.since) / DAY))]);
      // Overdue days as of the week's end (Sunday).
      const overdue = visible
        .flatMap((l) => l.tasks.filter((t: any) => t.overdue).map((t: any) => ({ id: Number(t.id), title: t.title, lead: l.title, dueOn: t.dueOn })))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
        .map((t) => [t.title, t.lead, t.dueOn, (Date.parse(sunday) - Date.parse(t.dueOn)) / DAY]);
      const mail = mailOf(d);
      expect(htmlTable(mail.html as string, '久未跟进的项目（').map(([title, , days]) => [title, shown(days!)])).toEqual(stale);
      expect(textItems(mail.text!, '久未跟进的项目（').map((l) => l.split('｜')).map(([title, , days]) => [title, shown(days!)])).toEqual(stale);
      expect(htmlTable(mail.html as string, '逾期任务（').map(([task, lead, dueOn, days]) => [task, lead, dueOn, shown(days!)])).toEqual(overdue);
      expect(textItems(mail.text!, '逾期任务（').map((l) => /^(.+)｜(.+)｜到期 (\S+)，逾期 (.+)$/.exec(l)!).map(([, task, lead, dueOn, days]) => [task, lead, dueOn, shown(days!)])).toEqual(overdue);
      if (who === m1) {
        expect(stale.map(([title]) => title)).toEqual(['光伏组件扩产', '数据安全实验室', '智慧岛算力中心项目']);
        expect(overdue.map(([task]) => task)).toEqual(['回访企业决策人', '补充环评材料', '提交投资协议签批']);
      }
    }
  });

  it('generateDigests twice for one week returns the same digests and sends nothing more', async () => {
    const again = (await h.ok(GENERATE, { w: week }, admin)).generateDigests;
    expect(again.map((d: any) => [d.id, d.html, d.messageId])).toEqual(
      [...first].sort((a, b) => Number(a.recipient.id) - Number(b.recipient.id)).map((d: any) => [d.id, d.html, d.messageId]),
    );
    await h.settled();
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.subject?.includes(week))).toHaveLength(3);
    const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM digests WHERE week_start = $1', [week]);
    expect(n).toBe(3);
  });

  it('an SMTP server that refuses, then accepts: one mail and a status that says what happened', async () => {
    const earlier = shiftDays(week, -21); // not last week: the hourly reconciliation may catch that one up on its own
    smtp.refuseNext = 1;
    const built = (await h.ok(GENERATE, { w: earlier }, admin)).generateDigests;
    expect(built).toHaveLength(3);
    const done = await eventually(async () => {
      const ds = (await h.ok(DIGESTS, { w: earlier }, admin)).digests;
      return ds.every((d: any) => d.sendState === 'SENT') ? ds : undefined;
    }, 30_000, 200);
    expect(smtp.refused).toBe(1);
    const retried = done.filter((d: any) => d.sendAttempts === 2);
    expect(retried).toHaveLength(1);
    expect(retried[0].lastError).toMatch(/451/);
    expect(done.filter((d: any) => d.sendAttempts === 1)).toHaveLength(2);
    for (const d of done) expect(smtp.messages.filter((m) => m.messageId === d.messageId)).toHaveLength(1);
    // A week with nothing in it leaves its sections out; KPIs are always there.
    const [mail] = smtp.messages.filter((m) => m.messageId === done[0].messageId);
    expect(mail!.text).not.toContain('【新增项目');
    expect(mail!.text).not.toContain('【阶段推进');
    expect(mail!.text).not.toContain('【签约');
    expect(mail!.text).toContain('【规划指标进度');
  });

  it('an opted-out user keeps the archive and gets no mail', async () => {
    const older = shiftDays(week, -14);
    expect((await h.ok('mutation { setDigestMail(mail: false) { mail } }', {}, m2.token)).setDigestMail.mail).toBe(false);
    await h.ok(GENERATE, { w: older }, admin);
    const mine = await eventually(async () => {
      const [d] = (await h.ok(DIGESTS, { w: older }, m2.token)).digests;
      return d && d.sendState !== 'PENDING' && d.sendState !== 'SENDING' ? d : undefined;
    }, 20_000, 200);
    expect(mine.sendState).toBe('OPTED_OUT');
    expect(mine.html).toContain('链招');
    await eventually(async () => smtp.messages.filter((m) => m.subject?.includes(older)).length === 2 || undefined, 20_000);
    expect(smtp.to(m2.email).filter((m) => m.subject?.includes(older))).toHaveLength(0);
    expect((await h.ok('query { digestSettings { mail } }', {}, m2.token)).digestSettings.mail).toBe(false);
    await h.ok('mutation { setDigestMail(mail: true) { mail } }', {}, m2.token);
    // Every recipient reads only their own archive; an admin reads all.
    expect((await h.ok(DIGESTS, {}, m2.token)).digests.every((d: any) => d.recipient.id === m2.id)).toBe(true);
    expect((await h.ok(DIGESTS, {}, admin)).digests.length).toBeGreaterThanOrEqual(9);
  });

  it('builds nothing for a deactivated manager', async () => {
    const older = shiftDays(week, -21);
    const gone = await h.user('manager-gone', 'MANAGER');
    await h.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: gone.id }, admin);
    const built = (await h.ok(GENERATE, { w: older }, admin)).generateDigests;
    expect(built.map((d: any) => d.recipient.id)).not.toContain(gone.id);
    expect(built.map((d: any) => d.recipient.id)).toEqual(expect.arrayContaining([m1.id, m2.id, eco.id]));
    await h.ok('mutation($id: ID!) { setUserActive(id: $id, active: true) { id } }', { id: gone.id }, admin);
  });

  it('pages the archive newest first with after, and still gives each listed digest its stored HTML', async () => {
    const PAGE = `query($a: ID) { digests(first: 4, after: $a) { id weekStart html recipient { id } } }`;
    const all = (await h.ok('{ digests(first: 100) { id weekStart } }', {}, admin)).digests;
    expect(all.length).toBeGreaterThan(8);
    const seen: { id: string; weekStart: string; html: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { id: string; weekStart: string; html: string }[] = (await h.ok(PAGE, { a: after }, admin)).digests;
      seen.push(...page);
      if (page.length < 4) break;
      after = page[page.length - 1]!.id;
    }
    expect(seen.map((d) => d.id)).toEqual(all.map((d: { id: string }) => d.id)); // every digest once, in the same order
    const one = seen[5]!;
    expect(one.html).toBe((await h.ok('query($id: ID!) { digest(id: $id) { html } }', { id: one.id }, admin)).digest.html);
    expect(one.html).toContain('链招');
    const res = await h.gql('{ digests(after: "x") { id } }', {}, admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
