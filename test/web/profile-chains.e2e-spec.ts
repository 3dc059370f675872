import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { eventually, type Harness } from '../support/harness.js';
import { startWebHarness } from './support/harness.js';
import { launchBrowser, WebPage } from './support/browser.js';
import { newEnterprise } from './support/data.js';

const PROFILE = `query($id: ID!) { enterprise(id: $id) { version chainNodes { role node { code name } } profile { total
  dimensions { key score reasons { text } }
  history(first: 30) { total }
  badgeChecks { badge held unmet { text } }
  chainMedians { chain firms } } } }`;
const GAPS = 'query($c: ChainCode!, $p: ID) { chainGaps(chain: $c, subParkId: $p) { node { code } status inParkCount computedAt matches { id enterprise { name } } } }';

/** Until the side drawer has slid all the way in (its right edge at the window's). */
async function settledDrawer(web: WebPage): Promise<void> {
  await web.page.waitForFunction(`(() => {
    const d = document.querySelector('.ant-drawer-content-wrapper');
    if (!d) return false;
    const r = d.getBoundingClientRect();
    const was = window.__drawerLeft;
    window.__drawerLeft = r.left;
    return Math.abs(r.right - window.innerWidth) < 1 && was === r.left;
  })()`, null, { polling: 100 });
}

describe('web: enterprise profile and chain map', () => {
  let h: Harness;
  let browser: Browser;
  let manager: { token: string; id: string; email: string; password: string };
  let group: { token: string; id: string; email: string; password: string };
  let firm: { id: string; name: string; uscc: string };
  let target: { id: string; name: string };
  let smartIsland: string;
  const pki: { id: string; name: string }[] = [];

  const profile = (id: string) => eventually(async () => (await h.ok(PROFILE, { id }, manager.token)).enterprise.profile ?? undefined, 60_000);

  beforeAll(async () => {
    h = await startWebHarness({ worker: true });
    browser = await launchBrowser();
    manager = await h.user('pc-manager', 'MANAGER');
    group = await h.user('pc-group', 'GROUP', { group: 'ECO_GROUP', subParks: ['CHONGMING_INDUSTRIAL', 'FUSHENG'] });
    smartIsland = await h.subParkId('SMART_ISLAND');
    const admin = await h.adminToken();
    // 4,000万 revenue, 164万 R&D = 4.10% (< the 5% band of 高新); everything else 高新 asks for is met.
    firm = await newEnterprise(h, admin, { name: '上海研途信息安全有限公司', revenue: 4000, rdExpense: 164, chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }] });
    for (const [i, node] of ['DE_SECURITY', 'DE_CLOUD', 'DE_AI'].entries()) {
      const e = await newEnterprise(h, admin, { name: `上海在园数字${i + 1}号有限公司`, status: 'IN_PARK', subParkId: smartIsland, revenue: 3000 * (i + 1), chainNodes: [{ code: node, role: 'KEY' }] });
      await profile(e.id);
    }
    // Three small nodes (target 2) filled in 智慧岛: two in-park firms each, one of them the chain leader — strong links.
    for (const node of ['DE_SERVER', 'DE_SELECTION', 'DE_WAREHOUSE']) {
      for (const role of ['CHAIN_LEADER', 'KEY']) {
        const e = await newEnterprise(h, admin, { name: `上海${node.slice(3).toLowerCase()}${role === 'KEY' ? '配套' : '龙头'}有限公司`, status: 'IN_PARK', subParkId: smartIsland, revenue: 30000, chainNodes: [{ code: node, role }] });
        await profile(e.id);
      }
    }
    // 多方安全计算 (weight 5) has no in-park firm anywhere: a MISSING node, with one candidate on it.
    target = await newEnterprise(h, admin, { name: '上海密算科技有限公司', region: '上海市崇明区', chainNodes: [{ code: 'DE_MPC', role: 'KEY' }], expansionSignals: ['新设分支机构', '扩大招聘'] });
    // 信息安全 PKI 与密码技术 (weight 5): missing too, with three candidates — two to court at once, one not a fit.
    for (const name of ['上海密钥一号科技有限公司', '上海密钥二号科技有限公司', '上海密钥三号科技有限公司']) {
      pki.push(await newEnterprise(h, admin, { name, region: '上海市崇明区', chainNodes: [{ code: 'DE_PKI', role: 'KEY' }] }));
    }
    await profile(firm.id);
    await profile(target.id);
    for (const e of pki) await profile(e.id);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("paints an enterprise's radar with its reasons beside it and explains, in numbers, the badge it lacks", async () => {
    const web = await WebPage.open(browser, h.url);
    try {
      await web.signIn(manager.email, manager.password, `/enterprises/${firm.id}`);
      await web.page.getByTestId('enterprise-page').waitFor();
      await web.page.locator('[data-testid="profile-radar"][data-painted="1"]').waitFor({ timeout: 30_000 });
      const api = await profile(firm.id);
      // The reasons table: one row per dimension, its score and its reasons as the API gives them.
      for (const d of api.dimensions) {
        const row = web.page.getByTestId(`reason-row-${d.key}`);
        expect(await row.getByTestId('dim-score').innerText()).toBe(d.score.toFixed(1));
        const text = await row.innerText();
        for (const r of d.reasons) expect(text).toContain(r.text);
      }
      expect(await web.page.getByTestId('reason-row-innovation').innerText()).toContain('创新能力');
      // The radar's median series names the chain and how many in-park firms it is the median of.
      expect(api.chainMedians).toEqual([{ chain: 'DIGITAL_ECONOMY', firms: 9 }]);
      // The badge it lacks: 高新 eligibility, for R&D at 4.10% against 5%.
      const check = web.page.getByTestId('badge-check-HIGHTECH_ELIGIBLE');
      expect(await check.getAttribute('data-held')).toBe('0');
      const unmet = await check.getByTestId('badge-unmet').innerText();
      const apiCheck = api.badgeChecks.find((c: { badge: string }) => c.badge === 'HIGHTECH_ELIGIBLE');
      expect(apiCheck.held).toBe(false);
      expect(apiCheck.unmet).toHaveLength(1);
      expect(unmet).toContain(apiCheck.unmet[0].text);
      expect(unmet).toContain('研发投入占营收 4.10%');
      expect(unmet).toContain('≥5%');
      expect(await check.innerText()).toContain('国科发火〔2016〕32号');
      expect(await web.page.getByTestId('profile-total').innerText()).toContain(api.total.toFixed(1));
      expect(await web.page.getByTestId('facts-as-of').innerText()).toMatch(/截至 \d{4} 年/);
      // The score's history as a line (the chart, not its empty state), and each chain node with its role.
      expect(api.history.length).toBeGreaterThan(0);
      await web.page.locator('[data-testid="score-history"][data-painted="1"]').waitFor({ timeout: 30_000 });
      const { chainNodes } = (await h.ok(PROFILE, { id: firm.id }, manager.token)).enterprise;
      expect(chainNodes).toEqual([{ role: 'KEY', node: { code: 'DE_SECURITY', name: expect.any(String) } }]);
      const nodes = web.page.getByTestId('enterprise-nodes').locator('[data-testid^="enterprise-node-"]');
      expect(await nodes.count()).toBe(chainNodes.length);
      const node = web.page.getByTestId('enterprise-node-DE_SECURITY');
      expect(await node.getAttribute('data-role')).toBe('KEY');
      for (const text of ['数字经济', chainNodes[0].node.name, '重点']) expect(await node.innerText()).toContain(text);
      expect(await node.getByRole('link').getAttribute('href')).toBe('/chains?chain=DIGITAL_ECONOMY&node=DE_SECURITY');
      await web.screenshot('20-enterprise-profile');
      await check.scrollIntoViewIfNeeded();
      await web.screenshot('20-enterprise-badges');
      await web.page.setViewportSize({ width: 1280, height: 720 });
      await web.page.evaluate('window.scrollTo(0, 0)');
      await web.screenshot('20-enterprise-profile-1280');
      expect(await web.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
      // In English, every word of the page is English (the rule texts are the official Chinese ones).
      await web.page.getByTestId('lang-switch').click();
      await web.page.getByText('Profile dimensions').waitFor();
      const english = await web.page.getByTestId('profile-dimensions').innerText();
      for (const w of ['Dimension', 'Score', 'Threshold', 'Median', 'Scale', 'Innovation', 'Chain fit']) expect(english).toContain(w);
      await web.screenshot('20-enterprise-profile-en');
      await web.page.getByTestId('lang-switch').click();
      await web.page.getByText('画像维度').waitFor();
      web.expectClean();
    } finally {
      await web.close();
    }
  });

  it('edits facts in place: a refused value is said on its field, a stale version in words, then a lead in one click', async () => {
    const web = await WebPage.open(browser, h.url);
    try {
      await web.signIn(manager.email, manager.password, `/enterprises/${firm.id}`);
      await web.page.getByTestId('facts').waitFor();
      await web.page.getByTestId('edit-enterprise').click();
      // More S&T staff than employees: the API refuses it and names techStaff.
      await web.page.locator('#techStaff').fill('5000');
      await web.page.getByTestId('save-enterprise').click();
      const onField = web.page.locator('.ant-form-item-has-error').filter({ has: web.page.locator('#techStaff') });
      await onField.waitFor();
      expect(await onField.locator('.ant-form-item-explain').innerText()).toContain('不能超过从业人数');
      // Someone else saves meanwhile: ours is now stale.
      const { enterprise: now } = await h.ok(PROFILE, { id: firm.id }, manager.token);
      await h.ok('mutation($id: ID!, $i: EnterpriseInput!) { updateEnterprise(id: $id, input: $i) { version } }',
        { id: firm.id, i: { uscc: firm.uscc, name: firm.name, status: 'CANDIDATE', region: '上海市崇明区', version: now.version } }, manager.token);
      await web.page.locator('#techStaff').fill('45');
      await web.page.getByTestId('save-enterprise').click();
      const conflict = web.page.getByTestId('enterprise-conflict');
      await conflict.waitFor();
      expect(await conflict.innerText()).toContain(`当前版本 ${now.version + 1}`);
      await web.page.getByTestId('save-enterprise').click();
      await web.page.getByText('已保存，画像将在数秒内更新').waitFor();
      const { enterprise: saved } = await h.ok('query($id: ID!) { enterprise(id: $id) { techStaff region version } }', { id: firm.id }, manager.token);
      expect(saved).toEqual({ techStaff: 45, region: '上海市崇明区', version: now.version + 2 });

      // One click: the suggested sub-park (智慧岛 courts the digital-economy chain) and owner (me).
      expect(await web.page.getByTestId('create-lead-hint').innerText()).toContain('智慧岛数据产业园');
      await web.page.getByTestId('create-lead').click();
      await web.page.getByTestId('enterprise-lead').first().waitFor();
      const { leads } = await h.ok('query($t: String!) { leads(filter: { text: $t }) { edges { node { enterprise { id } subPark { id } owner { id } } } } }', { t: firm.name }, manager.token);
      expect(leads.edges.map((e: { node: unknown }) => e.node)).toEqual([{ enterprise: { id: firm.id }, subPark: { id: smartIsland }, owner: { id: manager.id } }]);
      web.expectClean();
    } finally {
      await web.close();
    }
  });

  it("re-runs the analysis, and a MISSING node's match becomes a lead that is on the board", async () => {
    const web = await WebPage.open(browser, h.url);
    try {
      await web.signIn(manager.email, manager.password, '/chains?chain=DIGITAL_ECONOMY');
      await web.page.locator('[data-testid="chain-map"][data-painted="1"]').waitFor({ timeout: 30_000 });
      // Re-run from the page and follow its job to the end; the map then shows the new analysis.
      const runs = async () => Number((await h.dataSource.query('SELECT coalesce(max(id), 0) AS n FROM gap_runs'))[0].n);
      const before = await runs();
      await web.page.getByTestId('recompute-gaps').click();
      await web.page.getByText('分析完成，图谱已更新').waitFor({ timeout: 120_000 });
      expect(await runs()).toBeGreaterThan(before);
      // The panel says when the latest analysis ran, in Beijing time.
      // (ours, or one the worker started meanwhile for the facts edited above: whichever is the latest)
      const shanghai = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
      await eventually(async () => {
        const since: { computed_at: Date }[] = await h.dataSource.query('SELECT computed_at FROM gap_runs WHERE id > $1', [before]);
        const shown = await web.page.getByTestId('gap-run-at').innerText();
        return since.some((r) => shown.includes(shanghai.format(r.computed_at))) || undefined;
      }, 30_000);
      expect(await web.page.getByTestId('gap-run-at').innerText()).toContain('北京时间');
      const { chainGaps } = await h.ok(GAPS, { c: 'DIGITAL_ECONOMY', p: null }, manager.token);
      const mpc = chainGaps.find((g: { node: { code: string } }) => g.node.code === 'DE_MPC');
      expect(mpc.status).toBe('MISSING');
      expect(mpc.inParkCount).toBe(0);
      expect(mpc.matches.map((m: { enterprise: { name: string } }) => m.enterprise.name)).toContain(target.name);
      const item = web.page.getByTestId('node-item-DE_MPC');
      expect(await item.getAttribute('data-status')).toBe('MISSING');
      expect(await item.innerText()).toContain('缺链');
      // Every node the analysis calls weak or missing is listed beside the map, none other.
      const listed = await web.page.locator('[data-testid^="node-item-"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!.slice(10), e.getAttribute('data-status')] as [string, string]));
      expect(new Map(listed)).toEqual(new Map(chainGaps.filter((g: { status: string }) => g.status !== 'STRONG').map((g: { node: { code: string }; status: string }) => [g.node.code, g.status])));
      expect(chainGaps.filter((g: { status: string }) => g.status === 'STRONG').map((g: { node: { code: string } }) => g.node.code).sort()).toEqual(['DE_SELECTION', 'DE_SERVER', 'DE_WAREHOUSE']);
      await web.page.getByText('分析完成，图谱已更新').waitFor({ state: 'hidden' });
      await web.screenshot('21-chain-map');
      await web.page.setViewportSize({ width: 1280, height: 720 });
      // The chart redraws for its new box (ResizeObserver): its canvas takes the container's width.
      await web.page.waitForFunction(`(() => { const box = document.querySelector('[data-testid="chain-map"]'); const c = box && box.querySelector('canvas');
        return !!c && Math.abs(c.getBoundingClientRect().width - box.clientWidth) < 1 && box.clientWidth < 900; })()`);
      await web.screenshot('21-chain-map-1280');
      expect(await web.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
      await web.page.setViewportSize({ width: 1440, height: 900 });

      await item.click();
      const drawer = web.page.getByTestId('node-drawer');
      await drawer.getByTestId('node-drawer-title').waitFor();
      const row = drawer.getByTestId('match-row').filter({ hasText: target.name });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/匹配分 \d/);
      await settledDrawer(web);
      await web.screenshot('22-chain-node-panel');
      await web.page.setViewportSize({ width: 1280, height: 720 });
      await settledDrawer(web);
      await web.screenshot('22-chain-node-panel-1280');
      expect(await web.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
      await row.getByTestId('match-to-lead').click();
      await row.getByTestId('match-lead').waitFor();
      expect(await row.getAttribute('data-status')).toBe('CONVERTED');
      const { leads } = await h.ok('query($t: String!) { leads(filter: { text: $t }) { edges { node { id title source nodeCode } } } }', { t: target.name }, manager.token);
      expect(leads.edges).toHaveLength(1);
      const lead = leads.edges[0].node;
      expect(lead).toMatchObject({ source: '补链推荐', nodeCode: 'DE_MPC' });

      await web.goto('/board');
      const card = web.page.locator(`[data-testid="lead-card"][data-id="${lead.id}"]`);
      await card.waitFor({ timeout: 30_000 });
      expect(await card.innerText()).toContain(target.name);
      expect(await web.page.getByTestId('column-CLUE').locator(`[data-id="${lead.id}"]`).count()).toBe(1);
      web.expectClean();
    } finally {
      await web.close();
    }
  });

  it('turns several matches into leads at once, and asks why before dismissing one', async () => {
    const web = await WebPage.open(browser, h.url);
    try {
      // A link to a node opens its panel.
      await web.signIn(manager.email, manager.password, '/chains?chain=DIGITAL_ECONOMY&node=DE_PKI');
      const drawer = web.page.getByTestId('node-drawer');
      await drawer.getByTestId('node-drawer-title').waitFor();
      expect(await drawer.getByTestId('node-drawer-title').innerText()).toContain('缺链');
      const rowOf = (name: string) => drawer.getByTestId('match-row').filter({ hasText: name });
      for (const e of pki) await rowOf(e.name).waitFor();
      await rowOf(pki[0]!.name).getByTestId('match-select').click();
      await rowOf(pki[1]!.name).getByTestId('match-select').click();
      expect(await drawer.getByTestId('matches-to-leads').innerText()).toContain('选中的 2 家转为线索');
      await drawer.getByTestId('matches-to-leads').click();
      await web.page.getByText('已创建 2 条线索').waitFor();
      for (const e of pki.slice(0, 2)) await rowOf(e.name).getByTestId('match-lead').waitFor();
      // Not a fit: the reason is asked for first, and kept.
      await rowOf(pki[2]!.name).getByTestId('match-dismiss').click();
      await web.page.getByTestId('dismiss-confirm').click();
      await web.page.getByText('请说明原因').waitFor();
      await web.page.getByTestId('dismiss-reason').fill('主营为消费电子，与园区密码产业方向不符');
      await web.page.getByTestId('dismiss-confirm').click();
      await web.page.getByText('已标记为不合适').waitFor();
      await rowOf(pki[2]!.name).waitFor({ state: 'detached' });

      const { chainGaps } = await h.ok(`query { chainGaps(chain: DIGITAL_ECONOMY, nodeCode: "DE_PKI") {
        matches(includeDismissed: true) { status dismissReason leadId enterprise { name } } } }`, {}, manager.token);
      const byName = new Map(chainGaps[0].matches.map((m: { enterprise: { name: string } }) => [m.enterprise.name, m]));
      expect(byName.get(pki[0]!.name)).toMatchObject({ status: 'CONVERTED' });
      expect(byName.get(pki[1]!.name)).toMatchObject({ status: 'CONVERTED' });
      expect(byName.get(pki[2]!.name)).toMatchObject({ status: 'DISMISSED', dismissReason: '主营为消费电子，与园区密码产业方向不符', leadId: null });
      const { leads } = await h.ok('query { leads(filter: { text: "上海密钥" }) { edges { node { source nodeCode enterprise { name } } } } }', {}, manager.token);
      expect(leads.edges.map((e: { node: { enterprise: { name: string } } }) => e.node.enterprise.name).sort()).toEqual([pki[0]!.name, pki[1]!.name].sort());
      expect(leads.edges.every((e: { node: { source: string; nodeCode: string } }) => e.node.source === '补链推荐' && e.node.nodeCode === 'DE_PKI')).toBe(true);
      web.expectClean();
    } finally {
      await web.close();
    }
  });

  it('shows a group user only its sub-parks, in the selector and on the map', async () => {
    await eventually(async () => ((await h.ok(GAPS, { c: 'DIGITAL_ECONOMY', p: null }, manager.token)).chainGaps.length > 0) || undefined, 60_000);
    const web = await WebPage.open(browser, h.url);
    try {
      await web.signIn(group.email, group.password, '/chains?chain=DIGITAL_ECONOMY');
      await web.page.locator('[data-testid="chain-map"][data-painted="1"]').waitFor({ timeout: 30_000 });
      await web.page.getByTestId('subpark-select').click();
      const dropdown = web.page.locator('.ant-select-dropdown:visible');
      await dropdown.getByText('富盛经济开发区').waitFor();
      // (the list also holds the options' values, the sub-park ids, for screen readers)
      const options = (await dropdown.innerText()).split('\n').map((x) => x.trim()).filter((x) => x && !/^\d+$/.test(x));
      expect(options.sort()).toEqual(['富盛经济开发区', '崇明工业园区'].sort());
      await web.page.keyboard.press('Escape');
      const shown = await web.page.getByTestId('subpark-select').innerText();
      expect(['崇明工业园区', '富盛经济开发区']).toContain(shown.trim());
      // The map is that sub-park's analysis: the listed weak and missing nodes are exactly the API's for it.
      const parkId = await h.subParkId(shown.trim() === '崇明工业园区' ? 'CHONGMING_INDUSTRIAL' : 'FUSHENG');
      const { chainGaps } = await h.ok(GAPS, { c: 'DIGITAL_ECONOMY', p: parkId }, group.token);
      const listed = await web.page.locator('[data-testid^="node-item-"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!.slice(10), e.getAttribute('data-status')] as [string, string]));
      expect(new Map(listed)).toEqual(new Map(chainGaps.filter((g: { status: string }) => g.status !== 'STRONG').map((g: { node: { code: string }; status: string }) => [g.node.code, g.status])));
      // 智慧岛 has three in-park firms on this chain; the group's own sub-parks have none, so DE_SECURITY is not strong there.
      expect(new Map(listed).has('DE_SECURITY')).toBe(true);
      // Another group's sub-park is refused by the API, whatever the page asks.
      const refused = await h.gql(GAPS, { c: 'DIGITAL_ECONOMY', p: smartIsland }, group.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // …and a URL naming it falls back to the group's own sub-park.
      await web.goto(`/chains?chain=DIGITAL_ECONOMY&park=${smartIsland}`);
      await web.page.locator('[data-testid="chain-map"][data-painted="1"]').waitFor({ timeout: 30_000 });
      expect(['崇明工业园区', '富盛经济开发区']).toContain((await web.page.getByTestId('subpark-select').innerText()).trim());
      expect(await web.page.getByTestId('recompute-gaps').count()).toBe(0);
      web.expectClean();
    } finally {
      await web.close();
    }
  });
});
