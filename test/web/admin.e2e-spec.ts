import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { ADMIN, eventually, type Harness } from '../support/harness.js';
import { startWebHarness } from './support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { demoEnterpriseToCsvRow, generateEnterprises } from '../../libs/enterprises/src/demo/generator.js';
import { headerCells } from '../../libs/enterprises/src/import/xlsx-export.js';
import { newEnterprise } from './support/data.js';

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

const PROFILE = 'query($id: ID!) { enterprise(id: $id) { profile { total modelVersion dimensions { key score } } } }';

describe('web: administration (管理)', () => {
  let h: Harness;
  let browser: Browser;
  let web: WebPage;
  let admin: string;

  beforeAll(async () => {
    h = await startWebHarness({ worker: true });
    browser = await launchBrowser();
    admin = await h.adminToken();
    // A few colleagues, so the user list looks like a park's.
    const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';
    await h.ok(create, { i: { email: 'li.manager@test.local', password: 'manager-pass-1', role: 'MANAGER', name: '李主任', subParkIds: [] } }, admin);
    await h.ok(create, { i: { email: 'dongtan@test.local', password: 'group-pass-1', role: 'GROUP', name: '东滩集团招商部', subParkIds: [await h.subParkId('SMART_ISLAND')] } }, admin);
    const left = (await h.ok(create, { i: { email: 'zhou.left@test.local', password: 'officer-pass-1', role: 'OFFICER', name: '周离职', subParkIds: [await h.subParkId('FUSHENG')] } }, admin)).createUser;
    await h.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: left.id }, admin);
    web = await WebPage.open(browser, h.url);
    await web.signIn(ADMIN.email, ADMIN.password);
  }, 120_000);
  afterAll(async () => {
    await web?.close();
    await browser?.close();
    await h?.close();
  });

  /** Screenshots without a passing toast or a menu the pointer happens to open. */
  const still = async (page = web.page) => {
    await page.mouse.move(720, 880);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    // A table that just loaded fades back in: wait for it to be fully drawn.
    await page.waitForFunction(`[...document.querySelectorAll('.ant-spin-container')].every((e) => getComputedStyle(e).opacity === '1')`, null, { timeout: 15_000 });
  };
  /** The 企业画像 as freshly opened (a full navigation: nothing from the tab's cache): the score and the model it is of. */
  const shownScore = async (id: string) => {
    await web.goto(`/enterprises/${id}`);
    const score = web.page.getByTestId('profile-total').locator('[data-total]');
    await score.waitFor();
    return { total: Number(await score.getAttribute('data-total')), text: await score.innerText(), header: await web.page.getByTestId('profile-total').innerText() };
  };
  const option = (text: string) => web.page.locator('.ant-select-item-option:not(.ant-select-item-option-disabled)').filter({ hasText: text }).first();

  it('changes a model’s weights, creates and activates the version, watches the recompute finish, and the score follows', async () => {
    const firm = await newEnterprise(h, admin, { name: '上海权重测试科技有限公司' });
    const before = await eventually(async () => (await h.ok(PROFILE, { id: firm.id }, admin)).enterprise.profile, 60_000, 200);
    expect(before.modelVersion).toBe(1);
    const shownBefore = await shownScore(firm.id);
    expect(shownBefore.total).toBe(before.total);
    expect(shownBefore.header).toContain('模型 v1');

    await web.goto('/admin');
    await web.page.waitForURL(/\/admin\/users$/);
    await web.page.getByTestId('admin-tab-models').click();
    await web.page.getByTestId('models-table').waitFor();
    expect(await web.page.getByTestId('models-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    const sum = web.page.getByTestId('weight-sum');
    expect(await sum.getAttribute('data-sum')).toBe('100');

    // The sum follows every keystroke: not 100 while half-typed, 100 again once the weights are all in.
    await web.page.locator('#innovation').fill('100');
    await web.page.locator('[data-testid="weight-sum"][data-sum="175"]').waitFor();
    expect(await sum.innerText()).toContain('不是 100');
    for (const d of ['scale', 'growth', 'chainFit', 'landing']) await web.page.locator(`#${d}`).fill('0');
    await web.page.locator('[data-testid="weight-sum"][data-sum="100"]').waitFor();
    expect(await sum.innerText()).toContain('权重合计：100');
    await web.page.locator('#note').fill('只看创新能力');
    await web.page.getByTestId('create-model').click();
    const v2 = web.page.getByTestId('models-table').locator('tbody tr.ant-table-row').filter({ hasText: 'v2' });
    await v2.waitFor();
    expect(await v2.innerText()).toContain('只看创新能力');
    const models = (await h.ok('{ profilingModels { version active weights { scale growth innovation chainFit landing } } }', {}, admin)).profilingModels;
    expect(models[0]).toEqual({ version: 2, active: false, weights: { scale: 0, growth: 0, innovation: 100, chainFit: 0, landing: 0 } });

    await web.page.getByTestId('activate-model-2').click();
    await web.page.getByTestId('confirm-activate').click();
    const progress = web.page.getByTestId('recompute-progress');
    await progress.waitFor();
    await web.page.locator('[data-testid="recompute-progress"][data-state="COMPLETED"]').waitFor({ timeout: 120_000 });
    expect(await progress.innerText()).toMatch(/重新计算完成：已更新 \d+ 家企业的画像/);
    expect(await progress.innerText()).toContain('100%');
    expect(await v2.innerText()).toContain('当前使用');
    // The bar has finished its animation before the picture.
    await web.page.waitForFunction(`(() => {
      const bar = document.querySelector('[data-testid="recompute-bar"] .ant-progress-track');
      const rail = document.querySelector('[data-testid="recompute-bar"] .ant-progress-rail');
      return !!bar && !!rail && bar.getBoundingClientRect().width >= rail.getBoundingClientRect().width - 1;
    })()`);
    await web.page.evaluate('window.scrollTo(0, 0)');
    await still();
    await web.screenshot('41-admin-models');

    // The API agrees: the profile is of v2 now, and its total is its innovation score alone.
    const after = (await h.ok(PROFILE, { id: firm.id }, admin)).enterprise.profile;
    expect(after.modelVersion).toBe(2);
    const innovation = after.dimensions.find((d: { key: string }) => d.key === 'innovation').score;
    expect(after.total).toBeCloseTo(innovation, 1);
    expect(after.total).not.toBeCloseTo(before.total, 1);
    const jobId = new URL(web.page.url()).searchParams.get('job');
    expect((await h.ok('query($id: ID!) { job(id: $id) { state progress } }', { id: jobId }, admin)).job).toEqual({ state: 'COMPLETED', progress: 100 });

    // The page follows: reopened, the profile shows v2's score, the API's, not the one it showed before.
    const shownAfter = await shownScore(firm.id);
    expect(shownAfter.total).toBe(after.total);
    expect(shownAfter.text).toBe(after.total.toFixed(1));
    expect(shownAfter.total).not.toBe(shownBefore.total);
    expect(shownAfter.header).toContain('模型 v2');

    // The run is in the job list, with who started it.
    await web.goto('/admin/jobs');
    const row = web.page.getByTestId('jobs-table').locator('tbody tr.ant-table-row').filter({ hasText: '画像重算' }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/已完成[\s\S]*系统管理员/);
    await still();
    await web.screenshot('43-admin-jobs');
    web.expectClean();
  }, 240_000);

  it('creates a user who can then sign in, resets their password, and the audit log shows it', async () => {
    await web.goto('/admin/users');
    await web.page.getByTestId('users-table').waitFor();
    await web.page.getByTestId('create-user').click();
    const form = web.page.getByTestId('user-form');
    await form.locator('#name').fill('王招商');
    await form.locator('#email').fill('Wang.ZS@test.local');
    await form.locator('#password').fill('wang-first-pass');
    // An officer needs a sub-park: the form says so before anything is sent.
    await web.page.getByTestId('save-user').click();
    await form.locator('.ant-form-item-explain-error').filter({ hasText: '招商专员至少负责一个子园' }).waitFor();
    await form.locator('#subParkIds').click();
    await option('智慧岛').click();
    await web.page.keyboard.press('Escape');
    await web.page.getByTestId('save-user').click();
    const row = web.page.getByTestId('users-table').locator('tbody tr.ant-table-row').filter({ hasText: 'wang.zs@test.local' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/王招商[\s\S]*招商专员[\s\S]*智慧岛[\s\S]*启用/);
    const [created] = await h.dataSource.query(`SELECT id, role FROM users WHERE email = 'wang.zs@test.local'`);
    expect(created.role).toBe('OFFICER');
    const deactivated = web.page.getByTestId('users-table').locator('tbody tr.ant-table-row').filter({ hasText: '周离职' });
    expect(await deactivated.innerText()).toContain('已停用');
    await still();
    await web.screenshot('40-admin-users');
    await web.page.getByTestId('user-search').locator('input').fill('王招商');
    await web.page.getByTestId('user-search').locator('input').press('Enter');
    await web.page.getByTestId('user-count').filter({ hasText: '共 1 位用户' }).waitFor();

    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn('wang.zs@test.local', 'wang-first-pass');
      expect(await tab.page.getByTestId('nav-admin').count()).toBe(0);

      // Reset with a generated password: shown once; the signed-in tab is sent back to 登录.
      await row.getByTestId('reset-password').click();
      await web.page.getByTestId('reset-submit').click();
      const temporary = (await web.page.getByTestId('temporary-password').innerText()).trim();
      expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
      await web.page.getByTestId('reset-close').click();
      await tab.goto('/board');
      await tab.page.getByLabel('密码').waitFor();
      await tab.signIn('wang.zs@test.local', temporary);
      expect((await h.ok('{ me { id } }', {}, await h.login('wang.zs@test.local', temporary))).me.id).toBe(String(created.id));
      tab.expectClean();
    } finally {
      await tab.close();
    }

    await web.page.getByTestId('admin-tab-audit').click();
    await web.page.getByTestId('audit-table').waitFor();
    const entries = web.page.getByTestId('audit-table').locator('tbody tr.ant-table-row').filter({ hasText: `#${created.id}` });
    await entries.filter({ hasText: '重置密码' }).waitFor();
    await entries.filter({ hasText: '新建用户' }).waitFor();
    expect(await entries.filter({ hasText: '重置密码' }).innerText()).toContain('***');
    const api = (await h.ok('query($id: ID!) { auditLogs(filter: { entity: "User", entityId: $id }) { action } }', { id: String(created.id) }, admin)).auditLogs;
    expect(api.map((a: { action: string }) => a.action)).toEqual(['resetUserPassword', 'createUser']);
    // What: only users' entries; the page and the API list the same ones.
    await web.page.getByTestId('audit-what').click();
    await option('用户').click();
    await web.page.waitForURL(/entity=User/);
    const users = (await h.ok('{ auditLogs(filter: { entity: "User" }) { id } }', {}, admin)).auditLogs;
    const rows = web.page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await web.page.waitForFunction(`document.querySelectorAll('[data-testid="audit-table"] tbody tr.ant-table-row').length === ${users.length}`);
    expect((await rows.allInnerTexts()).every((text) => text.includes('用户'))).toBe(true);
    await still();
    await web.screenshot('44-admin-audit');
    web.expectClean();
  }, 180_000);

  it('changes a user’s role and group; the API’s refusal stands on the field it names', async () => {
    await web.goto('/admin/users');
    const table = web.page.getByTestId('users-table');
    const wang = table.locator('tbody tr.ant-table-row').filter({ hasText: 'wang.zs@test.local' });
    await wang.getByTestId('edit-user').click();
    const form = web.page.getByTestId('user-form');
    await form.getByText('集团', { exact: true }).click();
    await web.page.getByTestId('save-user').click();
    await form.locator('.ant-form-item-explain-error').filter({ hasText: '请选择集团' }).waitFor();
    await form.locator('#groupId').click();
    await option('生态企业集团').click();
    await form.getByText(/该集团运营：崇明工业园区、富盛经济开发区/).waitFor();
    await web.page.getByTestId('save-user').click();
    await form.waitFor({ state: 'detached' });
    await wang.filter({ hasText: '生态企业集团' }).waitFor();
    const [{ id }] = await h.dataSource.query(`SELECT id FROM users WHERE email = 'wang.zs@test.local'`);
    const ecoParks = (await h.dataSource.query(`SELECT p.id::text FROM sub_parks p JOIN groups g ON g.id = p.group_id WHERE g.name = '生态企业集团' ORDER BY p.id`)).map((r: { id: string }) => r.id);
    const [user] = (await h.ok('query($t: String) { users(filter: { text: $t }) { edges { node { id role subParkIds } } } }', { t: 'wang.zs' }, admin)).users.edges;
    expect(user.node).toEqual({ id: String(id), role: 'GROUP', subParkIds: ecoParks });

    // An administrator taking away their own role: the API refuses, and says so under 角色.
    const me = table.locator('tbody tr.ant-table-row').filter({ hasText: ADMIN.email });
    await me.getByTestId('edit-user').click();
    await form.getByText('管委会', { exact: true }).click();
    await web.page.getByTestId('save-user').click();
    await form.locator('.ant-form-item-has-error').locator('.ant-form-item-explain-error').filter({ hasText: '不能取消自己的管理员角色' }).waitFor();
    await web.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect((await h.ok('{ me { role } }', {}, admin)).me.role).toBe('ADMIN');
    web.expectClean();
  }, 120_000);

  it('edits a chain node in place: weight, target and keywords saved; a bad code refused on its field', async () => {
    await web.goto('/admin/chains');
    await web.page.getByTestId('chain-nodes-table').waitFor();
    const chains = (await h.ok('{ industryChains { code nodes { code name weight targetCount keywords } } }', {}, admin)).industryChains;
    const node = chains[0].nodes[0];
    const row = web.page.getByTestId('chain-nodes-table').locator('tbody tr.ant-table-row').filter({ hasText: node.code }).first();
    await row.getByTestId('edit-chain-node').click();
    const form = web.page.getByTestId('chain-node-form');
    await form.locator('#weight').fill(String(node.weight === 5 ? 4 : 5));
    await form.locator('#targetCount').fill('12');
    await form.locator('#keywords').fill('测试关键词');
    await web.page.keyboard.press('Enter');
    await web.page.getByTestId('save-chain-node').click();
    await form.waitFor({ state: 'detached' });
    const saved = (await h.ok('{ industryChains { nodes { code weight targetCount keywords } } }', {}, admin)).industryChains.flatMap((c: { nodes: unknown[] }) => c.nodes)
      .find((n: { code: string }) => n.code === node.code);
    expect(saved).toEqual({ code: node.code, weight: node.weight === 5 ? 4 : 5, targetCount: 12, keywords: [...node.keywords, '测试关键词'] });
    await row.filter({ hasText: '测试关键词' }).waitFor();

    // A new node whose code the API refuses: the message stands under the code, in Chinese.
    await web.page.getByTestId('add-chain-node').click();
    await form.locator('#code').fill('X');
    await form.locator('#name').fill('新环节');
    await web.page.getByTestId('save-chain-node').click();
    await form.locator('.ant-form-item-has-error').filter({ has: web.page.locator('#code') }).locator('.ant-form-item-explain-error').filter({ hasText: '须为 2-40 位大写字母、数字或下划线' }).waitFor();
    await web.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await still();
    await web.screenshot('45-admin-chains');
    web.expectClean();
  }, 120_000);

  it('renames a sub-park and the groups list follows', async () => {
    await web.goto('/admin/sub-parks');
    const row = web.page.locator('tr.ant-table-row').filter({ hasText: 'FUSHENG' });
    await row.getByTestId('edit-sub-park').click();
    await web.page.locator('.ant-modal #name').fill('富盛经济开发区（新）');
    await web.page.getByTestId('save-sub-park').click();
    await row.filter({ hasText: '富盛经济开发区（新）' }).waitFor();
    await web.page.getByTestId('group-row').filter({ hasText: '富盛经济开发区（新）' }).waitFor();
    expect((await h.ok('{ subParks { code name } }', {}, admin)).subParks).toContainEqual({ code: 'FUSHENG', name: '富盛经济开发区（新）' });
    await still();
    await web.screenshot('46-admin-sub-parks');
    web.expectClean();
  }, 60_000);

  it('lays every admin page out without overflow at 1280×720', async () => {
    const small = await WebPage.open(browser, h.url, { width: 1280, height: 720 });
    try {
      await small.signIn(ADMIN.email, ADMIN.password, '/admin/users');
      for (const section of ['users', 'sub-parks', 'chains', 'models', 'jobs', 'audit']) {
        await small.goto(`/admin/${section}`);
        await small.page.getByTestId(`admin-${section}`).waitFor();
        await small.page.locator('.ant-table-row, .ant-empty').first().waitFor();
        // Wide tables scroll inside themselves; the page itself never scrolls sideways.
        expect([section, await small.page.evaluate('document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth')]).toEqual([section, 0]);
        await still(small.page);
        await small.screenshot(`admin-${section}-1280`);
      }
      // English words throughout (looked at by eye).
      await small.page.evaluate(`localStorage.setItem('lz_lang', 'en')`);
      for (const section of ['users', 'models', 'jobs', 'audit']) {
        await small.goto(`/admin/${section}`);
        await small.page.getByTestId(`admin-${section}`).waitFor();
        await small.page.locator('.ant-table-row, .ant-empty').first().waitFor();
        expect(await small.page.getByTestId('admin-page').innerText()).toContain('Administration');
        await still(small.page);
        await small.screenshot(`admin-${section}-en-1280`);
      }
      await small.page.evaluate(`localStorage.setItem('lz_lang', 'zh-CN')`);
      small.expectClean();
    } finally {
      await small.close();
    }
  }, 120_000);

  it('lists an uploaded import among the jobs and opens its kept report', async () => {
    const rows = [...generateEnterprises(4, { seed: 9090 })].map(demoEnterpriseToCsvRow);
    rows[2][0] = rows[2][0].slice(0, 17) + (rows[2][0][17] === '0' ? '1' : '0'); // sheet row 4: wrong check digit
    const csv = [headerCells('zh'), ...rows].map(csvLine).join('\n');
    const res = await fetch(`${h.url}/imports/enterprises?filename=${encodeURIComponent('企业名单.csv')}`, {
      method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' }, body: csv,
    });
    expect(res.status).toBe(202);
    const { importId, jobId } = (await res.json()) as { importId: string; jobId: string };
    await eventually(async () => (await h.ok('query($id: ID!) { job(id: $id) { state } }', { id: jobId }, admin)).job.state === 'COMPLETED', 60_000, 200);
    const report = (await h.ok('query($id: ID!) { importReport(id: $id) { rejected errors { row column message } } }', { id: importId }, admin)).importReport;
    expect(report.rejected).toBe(1);

    await web.goto('/admin/jobs?kind=ImportEnterprises');
    const row = web.page.getByTestId('jobs-table').locator('tbody tr.ant-table-row').filter({ hasText: '企业导入' }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/已完成[\s\S]*系统管理员[\s\S]*新增 0，更新 0，有误 1 行/);
    expect(await web.page.getByTestId('jobs-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await row.getByTestId('job-report').click();
    const shown = web.page.getByTestId('import-report');
    await shown.waitFor();
    expect(await shown.innerText()).toContain('新增 0 家，更新 0 家，有误 1 行');
    const cells = await shown.locator('tbody tr.ant-table-row').first().locator('td').allInnerTexts();
    expect(cells).toEqual([String(report.errors[0].row), report.errors[0].column, report.errors[0].message]);
    await web.page.keyboard.press('Escape');
    await shown.waitFor({ state: 'detached' });
    web.expectClean();
  }, 120_000);

  it('gives an officer no 管理 menu and a clear "no access" page at /admin/users', async () => {
    const officer = await h.user('admin-web-officer', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    const tab = await WebPage.open(browser, h.url);
    try {
      await tab.signIn(officer.email, officer.password);
      await tab.page.getByTestId('nav-board').waitFor();
      expect(await tab.page.getByTestId('nav-admin').count()).toBe(0);
      await tab.goto('/admin/users');
      await tab.page.getByTestId('no-access').waitFor();
      expect(await tab.page.getByTestId('no-access').innerText()).toContain('无权访问管理功能');
      expect(await tab.page.getByTestId('users-table').count()).toBe(0);
      // The API refuses it too.
      expect((await h.gql('{ users { totalCount } }', {}, officer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await tab.screenshot('42-admin-no-access');
      tab.expectClean();
    } finally {
      await tab.close();
    }
  }, 120_000);
});
