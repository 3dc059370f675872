import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { MOVE_LEAD } from '../support/factories.js';
import { eventually, type Harness } from '../support/harness.js';
import { startWebHarness } from './support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { newEnterprise, newLead, times } from './support/data.js';

/** What a person reads in a column's header: the count badge and the Σ in 万元. */
async function columnTotals(page: Page, stage: string): Promise<{ count: number; sum: number }> {
  const col = page.getByTestId(`column-${stage}`);
  const count = Number(await col.getByTestId('col-count').getAttribute('data-count'));
  const sumText = (await col.getByTestId('col-sum').innerText()).replace(/,/g, '');
  return { count, sum: Number(sumText === '—' ? 0 : sumText) };
}

const card = (page: Page, stage: string, enterprise: string): Locator =>
  page.getByTestId(`column-${stage}`).getByTestId('lead-card').filter({ hasText: enterprise });

/** Drags with the mouse the way a person does: press on the card, move a few steps, release over the column. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height - 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(160, b.height / 2), { steps: 16 });
  await page.mouse.up();
}

describe('web: the board (招商看板)', () => {
  let h: Harness;
  let browser: Browser;
  let officer: { token: string; id: string; email: string; password: string };
  let web: WebPage;
  let smart: string;
  const names = { a: '上海海鸥船舶科技有限公司', b: '崇明绿氢能源有限公司', c: '智慧岛数据服务有限公司' };
  const leads: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    h = await startWebHarness();
    browser = await launchBrowser();
    smart = await h.subParkId('SMART_ISLAND');
    officer = await h.user('board-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    for (const [key, name] of Object.entries(names)) {
      const e = await newEnterprise(h, officer.token, { name });
      leads[key] = await newLead(h, officer.token, { enterpriseId: e.id, subParkId: smart, expectedInvestment: { a: 12000, b: 3500, c: 800 }[key], title: `${name.slice(0, 4)}项目`, nodeCode: 'DE_SECURITY', nextFollowUp: '2026-12-10' });
    }
    web = await WebPage.open(browser, h.url);
  });
  afterAll(async () => {
    await web?.close();
    await browser?.close();
    await h?.close();
  });

  it('signs in, and a reload stays signed in', async () => {
    await web.goto('/');
    await web.page.getByRole('button', { name: /登\s*录/ }).waitFor();
    await web.screenshot('01-login');
    await web.signIn(officer.email, officer.password);
    await web.page.getByTestId('home-page').waitFor();
    await web.page.getByText('我的项目（按阶段）').waitFor();
    await web.screenshot('02-home');
    await web.page.reload();
    await web.page.getByTestId('home-page').waitFor();
    expect(await web.page.getByTestId('user-menu').innerText()).toContain('board-officer');
    web.expectClean();
  });

  it("paints the board from the server's HTML before any of the app's JavaScript runs, then the app takes it over", async () => {
    const bare = await WebPage.open(browser, h.url);
    try {
      await bare.signIn(officer.email, officer.password);
      // Scripts refused: what shows is the HTML alone.
      bare.allow(/\/assets\/.*\.js|Failed to load resource: net::ERR_FAILED/);
      await bare.page.route('**/assets/*.js', (r) => r.abort());
      await bare.page.goto(`${h.url}/board`);
      await card(bare.page, 'CLUE', names.a).waitFor();
      expect(await columnTotals(bare.page, 'CLUE')).toEqual({ count: 3, sum: 16300 });
      expect(await bare.page.getByTestId('column-CLUE').innerText()).toContain('线索');
      expect(await bare.page.getByTestId('user-menu').innerText()).toContain('board-officer');
      expect(await bare.page.locator('html').getAttribute('data-app')).toBeNull();
      await bare.screenshot('03-board-first-paint');
      // Scripts back: the same page hydrates, with no mismatch reported, and its cards link to their leads.
      await bare.page.unroute('**/assets/*.js');
      await bare.goto('/board');
      await card(bare.page, 'CLUE', names.c).getByTestId('card-enterprise').click();
      await bare.page.getByTestId('lead-page').waitFor();
      expect(bare.page.url()).toContain(`/leads/${leads.c.id}`);
      bare.expectClean();
    } finally {
      await bare.close();
    }
  });

  it("changes the columns' counts and sums when a card is dragged", async () => {
    await web.goto('/board');
    await card(web.page, 'CLUE', names.a).waitFor();
    const before = { clue: await columnTotals(web.page, 'CLUE'), contacted: await columnTotals(web.page, 'CONTACTED') };
    expect(before.clue).toEqual({ count: 3, sum: 16300 });
    await web.screenshot('03-board');
    await drag(web.page, card(web.page, 'CLUE', names.a), web.page.getByTestId('column-CONTACTED'));
    await card(web.page, 'CONTACTED', names.a).waitFor();
    await eventually(async () => (await columnTotals(web.page, 'CONTACTED')).count === before.contacted.count + 1);
    expect(await columnTotals(web.page, 'CLUE')).toEqual({ count: 2, sum: 4300 });
    expect(await columnTotals(web.page, 'CONTACTED')).toEqual({ count: before.contacted.count + 1, sum: before.contacted.sum + 12000 });
    const { lead } = await h.ok('query($id: ID!) { lead(id: $id) { stage } }', { id: leads.a.id }, officer.token);
    expect(lead.stage).toBe('CONTACTED');
    // After the server's totals arrive they still say the same.
    await web.page.reload();
    await card(web.page, 'CONTACTED', names.a).waitFor();
    expect(await columnTotals(web.page, 'CLUE')).toEqual({ count: 2, sum: 4300 });
    web.expectClean();
  });

  it('asks for a reason before moving a lead to 流失 (LOST), with the keyboard', async () => {
    const b = card(web.page, 'CLUE', names.b);
    await b.focus();
    await web.page.keyboard.press('Space');
    for (let i = 0; i < 8; i++) await web.page.keyboard.press('ArrowRight');
    await web.page.keyboard.press('Space');
    const dialog = web.page.getByTestId('reason-dialog');
    await dialog.waitFor();
    expect(await web.page.getByText('移至「流失」需要说明原因').isVisible()).toBe(true);
    await web.screenshot('04-board-reason');
    // Without a reason the dialog stays and says what is missing.
    await web.page.getByRole('button', { name: /确\s*定/ }).click();
    await web.page.getByText('请填写原因').waitFor();
    await dialog.locator('textarea').fill('企业最终选址苏州');
    await web.page.getByRole('button', { name: /确\s*定/ }).click();
    await card(web.page, 'LOST', names.b).waitFor();
    await eventually(async () => (await columnTotals(web.page, 'LOST')).count === 1);
    expect(await columnTotals(web.page, 'LOST')).toEqual({ count: 1, sum: 3500 });
    const { lead } = await h.ok('query($id: ID!) { lead(id: $id) { stage lossReason } }', { id: leads.b.id }, officer.token);
    expect(lead).toEqual({ stage: 'LOST', lossReason: '企业最终选址苏州' });
    web.expectClean();
  });

  it('says someone else changed the lead (CONFLICT) and shows its current state', async () => {
    await web.goto('/board');
    await card(web.page, 'CLUE', names.c).waitFor();
    // Another session moves it meanwhile.
    await h.ok(MOVE_LEAD, { id: leads.c.id, s: 'NEGOTIATING', v: leads.c.version }, officer.token);
    await drag(web.page, card(web.page, 'CLUE', names.c), web.page.getByTestId('column-CONTACTED'));
    const dialog = web.page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await web.page.getByTestId('conflict-title').innerText()).toContain('该项目刚被其他人修改');
    expect(await web.page.getByTestId('conflict-stage').innerText()).toBe('考察洽谈');
    await web.screenshot('05-board-conflict');
    await web.page.getByRole('button', { name: '知道了' }).click();
    // The board shows the truth: the card sits where the other session put it.
    await card(web.page, 'NEGOTIATING', names.c).waitFor();
    expect(await card(web.page, 'CONTACTED', names.c).count()).toBe(0);
    const { lead } = await h.ok('query($id: ID!) { lead(id: $id) { stage } }', { id: leads.c.id }, officer.token);
    expect(lead.stage).toBe('NEGOTIATING');
    web.expectClean();
  });

  it('shows all 300 leads of a column as you scroll, with the filter in the URL', async () => {
    const fusheng = await h.subParkId('FUSHENG');
    const other = await h.user('board-fusheng', 'OFFICER', { subParks: ['FUSHENG'] });
    const firm = await newEnterprise(h, other.token, { name: '富盛精密制造有限公司' });
    await times(300, 8, (i) => newLead(h, other.token, { enterpriseId: firm.id, subParkId: fusheng, title: `富盛项目${String(i).padStart(3, '0')}`, expectedInvestment: 10 }));
    const manager = await h.user('board-manager', 'MANAGER');
    const mgr = await WebPage.open(browser, h.url);
    try {
      await mgr.signIn(manager.email, manager.password, `/board?subPark=${fusheng}`);
      const column = mgr.page.getByTestId('column-CLUE');
      await column.getByTestId('lead-card').first().waitFor();
      expect(await columnTotals(mgr.page, 'CLUE')).toEqual({ count: 300, sum: 3000 });
      expect(await mgr.page.getByTestId('filter-subpark').innerText()).toContain('富盛经济开发区');
      const cards = column.getByTestId('lead-card');
      expect(await cards.count()).toBeLessThan(300); // a page at a time, not all at once
      await eventually(async () => {
        await column.getByTestId('col-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return (await cards.count()) === 300;
      }, 30_000, 150);
      await column.getByTestId('col-all-loaded').waitFor();
      expect(await column.getByTestId('col-all-loaded').innerText()).toBe('已显示全部 300 个');
      // textContent: cards scrolled out of view skip rendering (content-visibility), so innerText is empty there.
      const titles = await cards.allTextContents();
      expect(new Set(titles.map((s) => /富盛项目\d{3}/.exec(s)?.[0])).size).toBe(300);
      mgr.expectClean();
    } finally {
      await mgr.close();
    }
  });
});
