import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { mondayOf, TestSmtp } from '../digests-support.js';
import { MOVE_LEAD } from '../support/factories.js';
import { eventually, type Harness } from '../support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { startWebHarness } from './support/harness.js';
import { newEnterprise, newLead, times } from './support/data.js';

const KPIS = `query($p: ID) { kpis(subParkId: $p) { code actual target asOf } }`;
const DRILL = `query($c: String!, $a: String) { kpiEnterprises(code: $c, first: 100, after: $a) { totalCount edges { node { enterprise { id name } } } pageInfo { hasNextPage endCursor } } }`;
const FUNNEL = `query { pipelineFunnel { stages { stage reached conversion } } }`;
/** The figures a reader sees, in order: every number of a rendered text. */
const numbers = (text: string) => text.match(/[+-]?\d[\d,]*(?:\.\d+)?%?/g) ?? [];

describe('web: the cockpit, the digest archive and personal settings', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let browser: Browser;
  let web: WebPage;
  let admin: string;
  let manager: { token: string; id: string; email: string; password: string };
  let officer: { token: string; id: string; email: string; password: string };
  const valid: string[] = [];
  const week = mondayOf(new Date());

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    h = await startWebHarness({ worker: true, env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lianzhao.example.cn', MAIL_FROM: '链招周报 <digest@lianzhao.test>' } });
    browser = await launchBrowser();
    admin = await h.adminToken();
    manager = await h.user('cockpit-manager', 'MANAGER');
    officer = await h.user('cockpit-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const smart = await h.subParkId('SMART_ISLAND');
    const fusheng = await h.subParkId('FUSHENG');
    // 22 in-park firms with a valid high-tech certificate (more than one page of the drill-down), one whose certificate
    // expired (2022-01-10 + 3 years), one certified but not in the park, and one in the park with none.
    const certified = ['2024-06-30', '2025-03-01', '2026-01-15'];
    const made = await times(22, 4, (i) => newEnterprise(h, admin, {
      name: `崇明高企样本${String(i + 1).padStart(2, '0')}有限公司`, status: 'IN_PARK', subParkId: i % 2 ? smart : fusheng, hightechCertifiedOn: certified[i % 3],
      output: 1000 + i * 100, employees: 50 + i,
    }));
    valid.push(...made.map((e) => e.name));
    await newEnterprise(h, admin, { name: '证书过期科技有限公司', status: 'IN_PARK', subParkId: smart, hightechCertifiedOn: '2022-01-10' });
    await newEnterprise(h, admin, { name: '园外高企有限公司', status: 'CANDIDATE', hightechCertifiedOn: '2025-05-01' });
    await newEnterprise(h, admin, { name: '无证书制造有限公司', status: 'IN_PARK', subParkId: smart, hightechCertifiedOn: null });
    // A pipeline this week: one lead signed, one contacted, one left a clue.
    const firm = await newEnterprise(h, officer.token, { name: '智慧岛算力科技有限公司' });
    const move = async (l: { id: string; version: number }, stages: string[]) => {
      for (const s of stages) l.version = (await h.ok(MOVE_LEAD, { id: l.id, s, v: l.version }, officer.token)).moveLead.version;
    };
    await move(await newLead(h, officer.token, { enterpriseId: firm.id, subParkId: smart, title: '算力中心项目', expectedInvestment: 12000, nodeCode: 'DE_SECURITY' }), ['CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED']);
    await move(await newLead(h, officer.token, { enterpriseId: firm.id, subParkId: smart, title: '数据安全实验室', expectedInvestment: 3000, nodeCode: 'DE_CHIP' }), ['CONTACTED']);
    await newLead(h, officer.token, { enterpriseId: firm.id, subParkId: smart, title: '智能网联测试场', expectedInvestment: 800 });
    web = await WebPage.open(browser, h.url);
    await web.signIn('admin@test.local', 'admin-password-1', '/kpis');
  });
  afterAll(async () => {
    await web?.close();
    await browser?.close();
    await h?.close();
    await smtp?.close();
  });

  it("shows the valid high-tech tile equal to `kpis`, and its drill-down lists exactly those firms", async () => {
    const page = web.page;
    const tile = page.getByTestId('kpi-actual-HIGHTECH_VALID');
    await tile.waitFor();
    const { kpis } = await h.ok(KPIS, {}, admin);
    const api = kpis.find((k: any) => k.code === 'HIGHTECH_VALID');
    expect(api.actual).toBe(22); // the expired certificate, the firm outside the park and the one without are not counted
    expect(await tile.innerText()).toBe(String(api.actual));
    expect(await page.getByTestId('kpi-tile-HIGHTECH_VALID').innerText()).toContain('/ 2025 年目标 200 家');
    expect(await page.getByTestId('cockpit-asof').innerText()).toBe(`数据截至 ${api.asOf.replace(/-/g, '/')}`);

    // The funnel table says what the API says.
    const { pipelineFunnel } = await h.ok(FUNNEL, {}, admin);
    expect(pipelineFunnel.stages.find((s: any) => s.stage === 'CLUE')).toMatchObject({ reached: 3, conversion: 0.6667 });
    expect(await page.getByTestId('conversion-CLUE').innerText()).toBe('66.7%');
    expect(await page.getByTestId('conversion-CONTACTED').innerText()).toBe('50%');
    for (const chart of ['funnel-chart', 'chain-investment-chart', 'month-investment-chart']) await page.locator(`[data-testid="${chart}"][data-painted="1"]`).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-count').innerText()).toContain('1');
    await web.screenshot('30-cockpit');

    await page.getByTestId('kpi-tile-HIGHTECH_VALID').click();
    const drill = page.getByTestId('kpi-drill');
    await drill.waitFor();
    await page.getByTestId('kpi-drill-row').nth(19).waitFor();
    expect(await page.getByTestId('kpi-drill-row').count()).toBe(20);
    await page.getByTestId('kpi-drill-more').click(); // the keyset's second page
    await page.getByTestId('kpi-drill-end').waitFor();
    expect(await page.getByTestId('kpi-drill-end').innerText()).toBe('已显示全部 22 家');
    const shown = await page.getByTestId('kpi-drill-name').allInnerTexts();
    const apiNames: string[] = [];
    for (let after: string | null = null; ;) {
      const { kpiEnterprises: p }: any = await h.ok(DRILL, { c: 'HIGHTECH_VALID', a: after }, admin);
      apiNames.push(...p.edges.map((e: any) => e.node.enterprise.name));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(shown).toEqual(apiNames);
    expect([...shown].sort()).toEqual([...valid].sort());
    await web.screenshot('30b-cockpit-drill');
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'hidden' });
    web.expectClean();
  });

  it('offers a group user only its own sub-parks, and shows that sub-park as the API computes it', async () => {
    const eco = await h.user('cockpit-eco', 'GROUP', { group: 'ECO_GROUP' }); // 崇明工业园区, 富盛经济开发区
    const fusheng = await h.subParkId('FUSHENG');
    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn(eco.email, eco.password, '/kpis');
      await tab.page.getByTestId('kpi-actual-HIGHTECH_VALID').waitFor();
      await tab.page.getByTestId('cockpit-subpark').click();
      const options = await tab.page.locator('.ant-select-dropdown .ant-select-item-option').allInnerTexts();
      expect(options).toEqual(['全园区', '崇明工业园区', '富盛经济开发区']);
      await tab.page.locator('.ant-select-dropdown .ant-select-item-option').filter({ hasText: '富盛经济开发区' }).click();
      const { kpis } = await h.ok(KPIS, { p: fusheng }, eco.token);
      const own = kpis.find((k: any) => k.code === 'HIGHTECH_VALID').actual;
      expect(own).toBe(11); // the even-numbered samples
      await tab.page.getByTestId('kpi-actual-HIGHTECH_VALID').filter({ hasText: new RegExp(`^${own}$`) }).waitFor();
      // The funnel counts only the group's leads: the three leads are on Smart Island, another group's.
      await tab.page.getByTestId('funnel-card').getByText('暂无招商项目').waitFor();
      tab.expectClean();
    } finally {
      await tab.close();
    }
  });

  it('lets an administrator enter a construction delivery, checked in place, and the tile sums it', async () => {
    const page = web.page;
    await page.getByTestId('delivery-form').locator('#quantity').fill('-5');
    await page.getByTestId('delivery-save').click();
    const explain = page.getByTestId('delivery-form').locator('.ant-form-item-explain-error');
    await explain.first().waitFor();
    expect(await explain.first().innerText()).toBe('交付量必须大于 0');
    await page.getByTestId('delivery-form').locator('#quantity').fill('12000.5');
    await page.getByTestId('delivery-form').locator('#note').fill('一期标准厂房');
    await page.getByTestId('delivery-save').click();
    await page.getByTestId('delivery-row').filter({ hasText: '一期标准厂房' }).waitFor();
    await page.getByTestId('kpi-actual-NEW_FACTORY_M2').filter({ hasText: '12,000.5' }).waitFor();
    const { kpis } = await h.ok(KPIS, {}, admin);
    expect(kpis.find((k: any) => k.code === 'NEW_FACTORY_M2').actual).toBe(12000.5);
    web.expectClean();
  });

  it('shows a digest in the archive with the same numbers as the mail the SMTP server received', async () => {
    const page = web.page;
    await web.goto('/digests');
    await page.getByTestId('digest-generate').click();
    await page.getByTestId('digest-generate-ok').click();
    const built = await eventually(async () => {
      const { digests } = await h.ok(`query($w: String) { digests(weekStart: $w) { id recipient { id } } }`, { w: week }, admin);
      return digests.find((d: any) => d.recipient.id === manager.id);
    }, 30_000);
    const mail = await eventually(async () => smtp.to(manager.email)[0], 60_000);
    expect(smtp.to(manager.email)).toHaveLength(1);

    // The manager opens the link of the mail: their own digest, as it was mailed, and says it was sent.
    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn(manager.email, manager.password, `/digests/${built.id}`);
      await eventually(async () => {
        await tab.page.getByTestId('digest-view').waitFor();
        if ((await tab.page.getByTestId('digest-state').first().getAttribute('data-state')) === 'SENT') return true;
        await tab.page.reload();
        return undefined;
      }, 60_000, 500);
      expect(await tab.page.getByTestId('digest-view').getByTestId('digest-state').innerText()).toBe('已发送');
      expect(await tab.page.getByTestId('digest-recipient').innerText()).toContain(manager.email);
      const frame = tab.page.frameLocator('[data-testid="digest-frame"]');
      await frame.locator('body').getByText('规划指标进度').waitFor();
      const archived = await frame.locator('body').innerText();
      // The received HTML, rendered the same way, beside it.
      const mailTab = await browser.newPage();
      await mailTab.setContent(String(mail.html), { waitUntil: 'load' });
      const received = await mailTab.locator('body').innerText();
      await mailTab.close();
      expect(numbers(archived).length).toBeGreaterThan(10);
      expect(numbers(archived)).toEqual(numbers(received));
      expect(archived).toContain('新增项目');
      const { digest } = await h.ok('query($id: ID!) { digest(id: $id) { stats } }', { id: built.id }, manager.token);
      const stats = JSON.parse(digest.stats);
      expect(stats.newLeads.count).toBe(3);
      expect(archived).toContain(`${stats.newLeads.count} 个，预计投资 ${stats.newLeads.expectedInvestment.toLocaleString('zh-CN')} 万元`);
      expect(received).toContain(`${stats.newLeads.count} 个，预计投资 ${stats.newLeads.expectedInvestment.toLocaleString('zh-CN')} 万元`);
      await tab.screenshot('31-digest-archive');
      // Another recipient's digest is not the manager's to read; a week without digests says so.
      const { digests: all } = await h.ok(`query($w: String) { digests(weekStart: $w) { id recipient { id } } }`, { w: week }, admin);
      const other = all.find((d: any) => d.recipient.id !== manager.id);
      await tab.goto(`/digests/${other.id}`);
      expect(await tab.page.getByTestId('digest-not-found').innerText()).toContain('没有这份周报，或它不是发给您的。');
      await tab.goto('/digests?week=2026-01-05');
      await tab.page.getByText('还没有周报').waitFor();
      tab.expectClean();
    } finally {
      await tab.close();
    }
    web.expectClean();
  });

  it('says in words that a send failed and why, and lets an administrator resend it: one mail', async () => {
    const page = web.page;
    const late = await h.user('cockpit-manager-2', 'MANAGER');
    smtp.refuseNext = 5; // every automatic attempt (five, with backoff) is refused
    await web.goto('/digests');
    await page.getByTestId('digest-generate').click();
    await page.getByTestId('digest-generate-ok').click();
    const failed = await eventually(async () => {
      const { digests } = await h.ok(`query($w: String) { digests(weekStart: $w) { id sendState sendAttempts recipient { id } } }`, { w: week }, admin);
      const d = digests.find((x: any) => x.recipient.id === late.id);
      return d?.sendState === 'FAILED' && d.sendAttempts === 5 ? d : undefined;
    }, 90_000, 500);
    expect(smtp.to(late.email)).toHaveLength(0);
    await web.goto(`/digests/${failed.id}`);
    const view = page.getByTestId('digest-view');
    await view.getByTestId('digest-state').filter({ hasText: '发送失败' }).waitFor();
    expect(await page.getByTestId('digest-error').innerText()).toMatch(/^最近一次错误：.*451/);
    expect(await page.getByTestId('digest-state-help').innerText()).toContain('上一次发送失败');
    await web.screenshot('33-digest-failed');
    await page.getByTestId('digest-resend').click();
    await page.getByText('已重新安排发送').waitFor();
    await eventually(async () => smtp.to(late.email).length > 0 || undefined, 60_000);
    await eventually(async () => {
      await page.reload();
      await view.waitFor();
      return (await view.getByTestId('digest-state').getAttribute('data-state')) === 'SENT' || undefined;
    }, 60_000, 500);
    expect(await view.getByTestId('digest-state').innerText()).toBe('已发送');
    expect(await page.getByTestId('digest-resend').count()).toBe(0);
    expect(smtp.to(late.email)).toHaveLength(1);
    web.expectClean();
  });

  it('lets a user opt out of the digest mail on /settings, and the API says so', async () => {
    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn(manager.email, manager.password, '/settings');
      const sw = tab.page.getByTestId('digest-mail-switch');
      await sw.waitFor();
      expect(await sw.getAttribute('aria-checked')).toBe('true');
      await sw.click();
      await tab.page.getByText('已保存：已退订周报邮件').waitFor();
      expect(await sw.getAttribute('aria-checked')).toBe('false');
      expect((await h.ok('query { digestSettings { mail } }', {}, manager.token)).digestSettings).toEqual({ mail: false });
      await tab.page.reload();
      await tab.page.getByTestId('digest-mail-switch').waitFor();
      expect(await tab.page.getByTestId('digest-mail-switch').getAttribute('aria-checked')).toBe('false');
      await tab.screenshot('32-settings');
      tab.expectClean();
    } finally {
      await tab.close();
    }
  });

  it('fits 1280×720 (screenshots for the eye)', async () => {
    const small = await WebPage.open(browser, h.url, { width: 1280, height: 720 });
    try {
      await small.signIn('admin@test.local', 'admin-password-1', '/kpis');
      await small.page.locator('[data-testid="month-investment-chart"][data-painted="1"]').waitFor({ timeout: 30_000 });
      await small.page.screenshot({ path: 'test-output/screenshots/30-cockpit-1280.png', fullPage: true });
      await small.goto('/digests');
      await small.page.getByTestId('digest-frame').waitFor();
      await small.screenshot('31-digest-archive-1280');
      // The language choice of 个人设置, and the cockpit in English.
      await small.goto('/settings');
      await small.page.getByTestId('language-choice').getByText('English').click();
      await small.page.getByText('Weekly digest mail').waitFor();
      await small.goto('/kpis');
      await small.page.locator('[data-testid="funnel-chart"][data-painted="1"]').waitFor({ timeout: 30_000 });
      expect(await small.page.getByTestId('kpi-tile-HIGHTECH_VALID').innerText()).toContain('Valid high-tech enterprises');
      await small.page.screenshot({ path: 'test-output/screenshots/30-cockpit-en-1280.png', fullPage: true });
      small.expectClean();
    } finally {
      await small.close();
    }
  });
});
