import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, CREATE_LEAD, enterpriseInput } from './support/factories.js';

/**
 * /board opened with the session cookie comes with its columns in the HTML (apps/api/src/board-first-paint.ts,
 * rendered by the web app's own components): what the browser paints before any JavaScript runs. The HTML holds
 * only what the caller may see, follows the filter in the URL and the chosen language, and without a valid
 * session it is the plain app.
 */
describe('the board painted by the server (看板首屏)', () => {
  let h: Harness;
  let officerA: { token: string; id: string };
  let officerB: { token: string; id: string };
  let mine: { name: string };
  let theirs: { name: string };

  const board = (cookie?: string, path = '/board') => {
    const req = request(h.url).get(path).set('accept', 'text/html');
    return cookie ? req.set('cookie', cookie) : req;
  };
  const cards = (html: string) => html.match(/data-testid="lead-card"/g)?.length ?? 0;

  beforeAll(async () => {
    h = await Harness.start();
    officerA = await h.user('fp-officer-a', 'OFFICER', { subParks: ['SMART_ISLAND'] });
    officerB = await h.user('fp-officer-b', 'OFFICER', { subParks: ['FUSHENG'] });
    const lead = async (token: string, park: string, over: Record<string, unknown>) => {
      const e = (await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput(over) }, token)).createEnterprise;
      await h.ok(CREATE_LEAD, { i: { enterpriseId: e.id, title: `${e.name}项目`, subParkId: await h.subParkId(park), expectedInvestment: 3200, nodeCode: 'DE_SECURITY' } }, token);
      return e as { name: string };
    };
    mine = await lead(officerA.token, 'SMART_ISLAND', { name: '上海首屏海工装备有限公司', chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }] });
    theirs = await lead(officerB.token, 'FUSHENG', { name: '上海别园绿能科技有限公司' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("holds the caller's columns and cards, and not another sub-park's, with the data the browser hydrates from", async () => {
    const res = await board(`lz_token=${officerA.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const html = res.text;
    expect(html.match(/data-testid="column-[A-Z_]+"/g)).toHaveLength(9);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('线索'); // the CLUE column's name
    expect(html).toContain(mine.name);
    expect(html).not.toContain(theirs.name);
    expect(cards(html)).toBe(1);
    expect(html).toMatch(/data-testid="col-sum" data-sum="3200"/);
    const data = JSON.parse(/<script type="application\/json" id="lz-first-paint">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data.session.me.id).toBe(officerA.id);
    expect(JSON.stringify(data.board)).not.toContain(theirs.name);
    // The app's entry still loads (after the paint), and the browser waits for the whole board before painting.
    expect(html).toMatch(/s\.src = "\/assets\/index-[\w-]+\.js"/);
    expect(html).toContain('<link rel="expect" href="#lz-first-paint" blocking="render">');
  });

  it('follows the filter in the URL and the language cookie', async () => {
    const sameChain = await board(`lz_token=${officerA.token}`, '/board?chain=DIGITAL_ECONOMY');
    expect(cards(sameChain.text)).toBe(1);
    const otherChain = await board(`lz_token=${officerA.token}`, '/board?chain=GREEN_LOW_CARBON');
    expect(otherChain.text.match(/data-testid="column-/g)).toHaveLength(9);
    expect(cards(otherChain.text)).toBe(0);
    const en = await board(`lz_token=${officerA.token}; lz_lang=en`);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('>Clue<');
    expect(en.text).toContain(mine.name);
  });

  it('is the plain app without a session, or with a token that is not good', async () => {
    const anonymous = await board();
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).toContain('<div id="root"></div>');
    expect(anonymous.text).not.toContain('lz-first-paint');

    // Signed with another key: the API refuses it, so the body has no board, and the app in the browser signs in.
    const [head, , sig] = officerA.token.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ sub: officerB.id, tv: 0, exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')}.${sig}`;
    const refused = await board(`lz_token=${forged}`);
    expect(refused.status).toBe(200);
    expect(refused.text).toContain('<div id="root"></div>');
    expect(refused.text).not.toContain(theirs.name);
    expect(refused.text).not.toContain('id="lz-first-paint">');
  });
});
