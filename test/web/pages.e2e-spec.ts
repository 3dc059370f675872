import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { demoEnterpriseToCsvRow, generateEnterprises } from '../../libs/enterprises/src/demo/generator.js';
import { seedDemoEnterprises } from '../../libs/enterprises/src/demo/seed-demo.js';
import { headerCells } from '../../libs/enterprises/src/import/xlsx-export.js';
import type { Harness } from '../support/harness.js';
import { startWebHarness } from './support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { newEnterprise, newLead } from './support/data.js';

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业名单');
  ws.addRow(headerCells('zh'));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('web: lead, registry, import, search, language', () => {
  let h: Harness;
  let browser: Browser;
  let web: WebPage;
  let officer: { token: string; id: string; email: string; password: string };
  let lead: { id: string };

  beforeAll(async () => {
    h = await startWebHarness({ worker: true });
    browser = await launchBrowser();
    officer = await h.user('pages-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const firm = await newEnterprise(h, officer.token, { name: '上海海鸥船舶科技有限公司', chainNodes: [{ code: 'DE_SECURITY', role: 'CHAIN_LEADER' }] });
    lead = await newLead(h, officer.token, { enterpriseId: firm.id, subParkId: await h.subParkId('SMART_ISLAND'), title: '海鸥船舶研发中心项目', expectedInvestment: 26000, nodeCode: 'DE_SECURITY', nextFollowUp: '2026-12-15' });
    web = await WebPage.open(browser, h.url);
    await web.signIn(officer.email, officer.password);
  });
  afterAll(async () => {
    await web?.close();
    await browser?.close();
    await h?.close();
  });

  it('logs an activity in two clicks and shows it on the timeline', async () => {
    await web.goto(`/leads/${lead.id}`);
    await web.page.getByTestId('lead-title').waitFor();
    expect(await web.page.getByTestId('lead-title').innerText()).toBe('上海海鸥船舶科技有限公司');
    await web.page.getByTestId('log-VISIT').click(); // click 1: 走访
    await web.page.getByTestId('log-form').locator('textarea').fill('拜访总经理，了解研发中心选址计划');
    await web.page.getByTestId('log-save').click(); // click 2: 保存
    const entry = web.page.getByTestId('timeline-entry').filter({ hasText: '拜访总经理，了解研发中心选址计划' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('走访');
    const { lead: l } = await h.ok('query($id: ID!) { lead(id: $id) { activities { type summary } } }', { id: lead.id }, officer.token);
    expect(l.activities).toEqual([{ type: 'VISIT', summary: '拜访总经理，了解研发中心选址计划' }]);
    await web.screenshot('06-lead');
    web.expectClean();
  });

  it('shows the field the API refused, on that field', async () => {
    await web.page.getByTestId('edit-lead').click();
    // The browser form lets a negative number through; the API's validation refuses it, naming the field.
    await web.page.locator('#expectedJobs').fill('-5');
    await web.page.getByTestId('save-lead').click();
    const explain = web.page.locator('.ant-form-item-has-error').filter({ has: web.page.locator('#expectedJobs') });
    await explain.waitFor();
    expect(await explain.locator('.ant-form-item-explain').innerText()).toMatch(/不能小于|must not be less/);
    await web.screenshot('07-lead-edit-error');
    await web.page.keyboard.press('Escape');
    web.expectClean();
  });

  it('gives an officer of another sub-park a clear "no access" page at the lead URL', async () => {
    const other = await h.user('pages-fusheng', 'OFFICER', { subParks: ['FUSHENG'] });
    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn(other.email, other.password, `/leads/${lead.id}`);
      await tab.page.getByTestId('no-access').waitFor();
      expect(await tab.page.getByTestId('no-access').innerText()).toContain('无权查看此项目');
      expect(await tab.page.getByText('上海海鸥船舶科技有限公司').count()).toBe(0);
      await tab.screenshot('08-no-access');
      tab.expectClean();
    } finally {
      await tab.close();
    }
  });

  it('refuses an XLSX with one bad row (error table, nothing written), then imports the fixed file', async () => {
    const rows = [...generateEnterprises(6, { seed: 4242 })].map(demoEnterpriseToCsvRow);
    const bad = rows.map((r) => [...r]);
    bad[1][0] = bad[1][0].slice(0, 17) + (bad[1][0][17] === '0' ? '1' : '0'); // sheet row 3: wrong check digit
    const count = async () => (await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = ANY($1)', [rows.map((r) => r[0])]))[0].n;

    await web.goto('/enterprises');
    await web.page.getByTestId('registry-table').waitFor();
    await web.page.getByTestId('open-import').click();
    await web.page.getByTestId('import-dialog').locator('input[type=file]').setInputFiles({ name: '企业名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx(bad) });
    const refused = web.page.getByTestId('import-refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.innerText()).toContain('共有 1 行有误，未写入任何数据');
    const cells = await web.page.getByTestId('import-errors').locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toEqual(['3', '统一社会信用代码', '第 3 行 统一社会信用代码 校验位错误']);
    expect(await count()).toBe(0);
    await web.screenshot('09-import-refused');

    await web.page.getByTestId('import-again').click();
    await web.page.getByTestId('import-dialog').locator('input[type=file]').setInputFiles({ name: '企业名单-修正.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx(rows) });
    await web.page.getByTestId('import-accepted').waitFor({ timeout: 30_000 });
    expect(await web.page.getByTestId('import-accepted').innerText()).toContain('新增 6 家');
    expect(await count()).toBe(6);
    await web.page.getByRole('button', { name: '关 闭' }).click();
    // The rows are in the registry: search one by name.
    const name = rows[2][1];
    await web.page.getByTestId('registry-search').locator('input').fill(name);
    await web.page.getByTestId('registry-name').filter({ hasText: name }).waitFor();
    await web.page.getByTestId('registry-search').locator('input').fill('');
    await web.page.getByTestId('registry-name').nth(6).waitFor();
    await web.page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' }); // the import dialog has faded out
    await web.screenshot('10-registry');
    web.expectClean();
  });

  it('finds a firm by its pinyin initials with Ctrl+K', async () => {
    await web.goto('/');
    await web.page.getByTestId('home-page').waitFor();
    await web.page.keyboard.press('Control+k');
    const search = web.page.getByTestId('global-search');
    await search.waitFor();
    await search.locator('input').fill('shhocb'); // 上海海鸥船舶
    const hit = search.getByTestId('search-hit').filter({ hasText: '上海海鸥船舶科技有限公司' }).first();
    await hit.waitFor();
    await web.screenshot('11-search');
    await hit.click();
    await web.page.getByTestId('enterprise-page').waitFor();
    expect(await web.page.getByTestId('enterprise-page').innerText()).toContain('上海海鸥船舶科技有限公司');
    web.expectClean();
  });

  it('switches to English and back, and remembers the choice', async () => {
    await web.goto('/board');
    await web.page.getByTestId('board').waitFor();
    await web.page.getByTestId('lang-switch').click();
    await web.page.getByText('Pipeline board').first().waitFor();
    expect(await web.page.getByTestId('column-LOST').innerText()).toContain('Lost');
    // Reopened, the board comes painted by the server in English (the language cookie), and the app takes it over.
    await web.goto('/board');
    expect(await web.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await web.page.getByTestId('column-CLUE').innerText()).toContain('Clue');
    await web.screenshot('12-board-english');
    await web.page.getByTestId('lang-switch').click();
    await web.page.getByText('招商看板').first().waitFor();
    expect(await web.page.getByTestId('column-CLUE').innerText()).toContain('线索');
    web.expectClean();
  });

  it('sends an expired session to 登录 and back to the page it was on', async () => {
    await web.goto('/enterprises');
    await web.page.getByTestId('registry-table').waitFor();
    // The token the browser keeps has run out (or was revoked) while the tab was closed.
    await web.page.evaluate(`(() => { const s = JSON.parse(localStorage.getItem('lz_session')); s.token = 'expired.token.value'; localStorage.setItem('lz_session', JSON.stringify(s)); })()`);
    await web.goto(`/leads/${lead.id}`);
    await web.page.getByText('登录已过期，请重新登录，登录后将回到刚才的页面。').waitFor();
    expect(new URL(web.page.url()).pathname).toBe('/login');
    await web.page.getByLabel('邮箱').fill(officer.email);
    await web.page.getByLabel('密码').fill(officer.password);
    await web.page.getByRole('button', { name: /登\s*录/ }).click();
    await web.page.getByTestId('lead-title').waitFor();
    expect(new URL(web.page.url()).pathname).toBe(`/leads/${lead.id}`);
    web.expectClean();
  });

  it('fits the board, the registry and the lead at 1280×720 without a page-wide horizontal scroll', async () => {
    const small = await WebPage.open(browser, h.url, { width: 1280, height: 720 });
    try {
      await small.signIn(officer.email, officer.password);
      for (const [path, ready] of [['/board', 'board'], ['/enterprises', 'registry-table'], [`/leads/${lead.id}`, 'lead-page'], ['/', 'home-page']] as const) {
        await small.goto(path);
        await small.page.getByTestId(ready).waitFor();
        const overflow = await small.page.evaluate('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth');
        expect([path, overflow]).toEqual([path, 0]);
      }
      await small.goto('/board');
      await small.page.getByTestId('board').waitFor();
      await small.screenshot('13-board-1280x720');
      small.expectClean();
    } finally {
      await small.close();
    }
  });

  it('says "more than 10,000" over a large registry at once, and counts exactly on request', async () => {
    await seedDemoEnterprises(h.dataSource, 10_050, { seed: 3 });
    const { enterprises } = await h.ok('{ enterprises(first: 1) { totalCount } }', {}, officer.token);
    await web.goto('/enterprises');
    const total = web.page.getByTestId('registry-total');
    await web.page.getByText('超过 10,000 家企业').waitFor();
    await web.screenshot('11-registry-more-than');
    await web.page.getByTestId('registry-count-exact').click();
    await web.page.getByText(`共 ${enterprises.totalCount.toLocaleString('en-US')} 家企业`).waitFor();
    expect(await total.innerText()).toBe(`共 ${enterprises.totalCount.toLocaleString('en-US')} 家企业`);
    expect(await web.page.getByTestId('registry-count-exact').count()).toBe(0);
    web.expectClean();
  });
});
