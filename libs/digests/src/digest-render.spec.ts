import { describe, expect, it } from '@jest/globals';
import { personalise, renderDigest } from './digest-render.js';
import type { DigestStats } from './digest-stats.js';

const empty: DigestStats = {
  week: { start: '2026-11-23', end: '2026-11-29' }, audience: 'PARK', audienceName: '全园区', subParkIds: null,
  newLeads: { count: 0, expectedInvestment: 0, items: [] },
  stageMoves: { count: 0, expectedInvestment: 0, byMove: [] },
  reached: { count: 0, byStage: { SIGNED: 0, REGISTERED: 0, PRODUCING: 0 }, items: [] },
  investmentByChain: [], stale: { count: 0, items: [] }, overdueTasks: { count: 0, items: [] }, matches: { count: 0, items: [] },
  kpis: [{ code: 'HIGHTECH_VALID', name: '有效期内高新技术企业', unit: '家', target: 200, actual: 150, progress: 0.75, previous: 148, change: 2 }],
  kpiAsOf: '2026-11-29', yearElapsed: 0.9,
};

describe('digest rendering', () => {
  it('leaves out empty sections and keeps the KPIs', async () => {
    const r = await renderDigest(empty, 'https://lz.example/');
    expect(r.subject).toBe('链招周报｜全园区｜2026-11-23 至 2026-11-29');
    expect(r.text).toContain('本周没有新的项目动态');
    expect(r.text).not.toContain('【新增项目');
    expect(r.text).toContain('有效期内高新技术企业：150 / 200 家（完成 75%，较上周 +2）');
    expect(r.html).not.toMatch(/<script|<svg/i);
  });

  it('links every item and fills in the recipient, escaped', async () => {
    const stats: DigestStats = {
      ...empty,
      newLeads: { count: 1, expectedInvestment: 1200, items: [{ id: '7', title: '算力<中心>', stage: 'CLUE', stageName: '线索', enterpriseId: '9', enterpriseName: '海智', subPark: '智慧岛', expectedInvestment: 1200, at: '' }] },
    };
    const { html, text } = personalise(await renderDigest(stats, 'https://lz.example'), '王<主任>', '42');
    expect(html).toContain('href="https://lz.example/leads/7"');
    expect(html).toContain('href="https://lz.example/enterprises/9"');
    expect(html).toContain('href="https://lz.example/digests/42"');
    expect(html).toContain('算力&lt;中心&gt;');
    expect(html).toContain('王&lt;主任&gt;，您好');
    expect(text).toContain('王<主任>，您好');
    expect(text).toContain('新增项目：1 个，预计投资 1,200 万元');
  });

  it('shows a match score on the 0–100 scale the chain map uses', async () => {
    const stats: DigestStats = {
      ...empty,
      matches: { count: 1, items: [{ id: '3', score: 52.37, nodeCode: 'ME_VLGC', nodeName: '超大型液化气船', enterpriseId: '9', enterpriseName: '海智', reason: null }] },
    };
    const { text } = await renderDigest(stats, 'https://lz.example');
    expect(text).toContain('· 海智｜超大型液化气船｜匹配度 52.4\n');
  });
});
