import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { headerCells } from '../../libs/enterprises/src/import/xlsx-export.js';
import type { Harness } from '../support/harness.js';
import { startWebHarness } from './support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { newEnterprise, newLead } from './support/data.js';

const ADD_TASK = 'mutation($id: ID!, $i: TaskInput!) { addTask(leadId: $id, input: $i) { id } }';
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function sheetRows(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

/** An officer's day: sign-in lockout, the workbench, tasks on a lead, the import template and an export. */
describe('web: an officer\'s working day', () => {
  let h: Harness;
  let browser: Browser;
  let web: WebPage;
  let officer: { token: string; id: string; email: string; password: string };
  let firm: { id: string; name: string; uscc: string };
  let lead: { id: string; title: string };
  let staleLead: { id: string; title: string };

  beforeAll(async () => {
    h = await startWebHarness({ worker: true });
    browser = await launchBrowser();
    officer = await h.user('workday-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const smart = await h.subParkId('SMART_ISLAND');
    firm = await newEnterprise(h, officer.token, { name: '上海澜舟海洋数据科技有限公司', tags: ['工作台测试'], chainNodes: [{ code: 'DE_CLOUD', role: 'KEY' }] });
    const other = await newEnterprise(h, officer.token, { name: '上海久滞船舶配套有限公司', chainNodes: [{ code: 'DE_SECURITY' }] });
    lead = await newLead(h, officer.token, { enterpriseId: firm.id, subParkId: smart, title: '澜舟海洋数据中心项目', expectedInvestment: 12000, nodeCode: 'DE_CLOUD' });
    staleLead = await newLead(h, officer.token, { enterpriseId: other.id, subParkId: smart, title: '久滞配套项目', expectedInvestment: 3000, nodeCode: 'DE_SECURITY' });
    await h.ok(ADD_TASK, { id: lead.id, i: { title: '提交用地需求材料', dueOn: shanghaiDay(-2) } }, officer.token);
    await h.ok(ADD_TASK, { id: lead.id, i: { title: '约见技术总监', dueOn: shanghaiDay(0) } }, officer.token);
    // The stale lead has sat in its stage for a month (the time moved, not the rule): the refresh flags it and tells its owner.
    await h.ok('mutation { setStageIdleLimit(stage: CLUE, maxIdleDays: 14) { stage } }', {}, await h.adminToken());
    await h.dataSource.query(`UPDATE leads SET stage_entered_at = now() - interval '30 days', last_activity_at = NULL WHERE id = $1`, [staleLead.id]);
    const manager = await h.user('workday-manager', 'MANAGER');
    await h.ok('mutation { refreshStaleLeads { flagged } }', {}, manager.token);
    web = await WebPage.open(browser, h.url);
  });
  afterAll(async () => {
    await web?.close();
    await browser?.close();
    await h?.close();
  });

  it('says an account is locked after too many wrong passwords, and when to try again', async () => {
    const victim = await h.user('workday-locked', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    await web.goto('/login');
    // Wrong passwords are refused with UNAUTHENTICATED: the page expects those answers.
    web.allow(/\/graphql/);
    for (let i = 0; i < 5; i++) {
      await web.page.getByLabel('邮箱').fill(victim.email);
      await web.page.getByLabel('密码').fill(`wrong-password-${i}`);
      await web.page.getByRole('button', { name: /登\s*录/ }).click();
      await web.page.getByTestId('login-error').filter({ hasText: '邮箱或密码错误' }).waitFor();
    }
    await web.page.getByLabel('密码').fill(victim.password); // even the right one, while locked
    await web.page.getByRole('button', { name: /登\s*录/ }).click();
    const error = web.page.getByTestId('login-error').filter({ hasText: '账户已临时锁定' });
    await error.waitFor();
    expect(await error.innerText()).toMatch(/连续登录失败次数过多，账户已临时锁定，请于 .*\d{1,2}:\d{2}.* 后再试。/);
    await web.screenshot('15-login-locked');
    const res = await h.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: victim.email, p: victim.password });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    web.expectClean();
  });

  it('shows my leads by stage, today\'s and overdue tasks, my stale lead and its notification — each one click from its lead', async () => {
    await web.signIn(officer.email, officer.password);
    await web.page.getByTestId('home-page').waitFor();
    const home = web.page.getByTestId('home-page');
    await home.getByText('提交用地需求材料').waitFor();
    expect(await home.getByText('已逾期').count()).toBeGreaterThan(0);
    await home.getByText('约见技术总监').waitFor();
    await home.getByText('项目久未跟进：久滞配套项目').waitFor();
    const stale = home.getByRole('link', { name: /上海久滞船舶配套有限公司/ });
    await stale.waitFor();
    await web.screenshot('16-home');

    await stale.click();
    await web.page.getByTestId('lead-title').waitFor();
    expect(new URL(web.page.url()).pathname).toBe(`/leads/${staleLead.id}`);
    await web.goto('/');
    await home.getByRole('link', { name: /提交用地需求材料/ }).click();
    await web.page.getByTestId('lead-title').waitFor();
    expect(new URL(web.page.url()).pathname).toBe(`/leads/${lead.id}`);
    web.expectClean();
  });

  it('adds a task with a due date and completes it on the lead', async () => {
    await web.goto(`/leads/${lead.id}`);
    await web.page.getByTestId('lead-title').waitFor();
    const due = shanghaiDay(7);
    await web.page.getByPlaceholder('待办事项').fill('陪同企业考察厂房');
    await web.page.getByPlaceholder('截止日期').fill(due);
    await web.page.getByPlaceholder('截止日期').press('Enter');
    await web.page.getByRole('button', { name: /添加待办/ }).click();
    const task = web.page.getByTestId('task').filter({ hasText: '陪同企业考察厂房' });
    await task.waitFor();
    expect(await task.innerText()).toContain(due.replace(/-/g, '/'));
    const tasksOf = async () => (await h.ok('query($id: ID!) { lead(id: $id) { tasks { title dueOn doneAt } } }', { id: lead.id }, officer.token)).lead.tasks;
    expect((await tasksOf()).find((x: { title: string }) => x.title === '陪同企业考察厂房')).toMatchObject({ dueOn: due, doneAt: null });

    await task.locator('.ant-checkbox').click();
    await task.locator('span[style*="line-through"]').waitFor();
    expect((await tasksOf()).find((x: { title: string }) => x.title === '陪同企业考察厂房').doneAt).not.toBeNull();
    await web.screenshot('17-lead-tasks');
    web.expectClean();
  });

  it('downloads the import template and an export of the current filter', async () => {
    await web.goto('/enterprises?q=澜舟');
    await web.page.getByTestId('registry-name').filter({ hasText: firm.name }).waitFor();

    const exported = web.page.waitForEvent('download');
    await web.page.getByTestId('export').click();
    const file = await exported;
    expect(file.suggestedFilename()).toBe('enterprises.xlsx');
    const rows = await sheetRows((await file.path())!);
    expect(rows[0]).toEqual(headerCells('zh'));
    expect(rows.slice(1).map((r) => r[1])).toEqual([firm.name]); // exactly the filtered firm

    await web.page.getByTestId('open-import').click();
    const template = web.page.waitForEvent('download');
    await web.page.getByRole('link', { name: /下载模板/ }).click();
    const t = await template;
    expect(t.suggestedFilename()).toBe('企业导入模板.xlsx');
    expect((await sheetRows((await t.path())!))[0]).toEqual(headerCells('zh'));
    web.expectClean();
  });
});
