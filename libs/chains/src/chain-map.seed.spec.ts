import { describe, it, expect } from '@jest/globals';
import { ALL_NODES, CHAIN_MAP, GROUPS, PARK, SUB_PARKS, type ChainCode } from './chain-map.seed.js';

const PREFIX: Record<ChainCode, string> = { MARINE_EQUIPMENT: 'ME_', DIGITAL_ECONOMY: 'DE_', GREEN_LOW_CARBON: 'GL_' };

describe('chain map seed', () => {
  it('has the three chains', () => {
    expect(CHAIN_MAP.map((c) => [c.code, c.name])).toEqual([
      ['MARINE_EQUIPMENT', '海洋装备'],
      ['DIGITAL_ECONOMY', '数字经济'],
      ['GREEN_LOW_CARBON', '绿色低碳'],
    ]);
  });

  it('has unique, prefixed, uppercase-ASCII node codes across all chains', () => {
    const all = ALL_NODES();
    expect(new Set(all.map((n) => n.code)).size).toBe(all.length);
    for (const n of all) {
      expect(n.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(n.code.startsWith(PREFIX[n.chain])).toBe(true);
    }
  });

  it('has a sensible size per chain', () => {
    for (const c of CHAIN_MAP) {
      expect(c.nodes.length).toBeGreaterThanOrEqual(25);
      expect(c.nodes.length).toBeLessThanOrEqual(40);
    }
  });

  it('keeps each parent in the same chain and segment', () => {
    for (const c of CHAIN_MAP) {
      const byCode = new Map(c.nodes.map((n) => [n.code, n]));
      for (const n of c.nodes) {
        if (n.parentCode === null) continue;
        const parent = byCode.get(n.parentCode);
        expect(parent).toBeDefined();
        expect(parent!.segment).toBe(n.segment);
      }
    }
  });

  it('covers all three segments in every chain', () => {
    for (const c of CHAIN_MAP) {
      expect(new Set(c.nodes.map((n) => n.segment))).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
    }
  });

  it('has valid weights, targets, names and keywords', () => {
    for (const n of ALL_NODES()) {
      expect([1, 2, 3, 4, 5]).toContain(n.weight);
      expect(n.targetCount).toBeGreaterThanOrEqual(2);
      expect(n.targetCount).toBeLessThanOrEqual(15);
      expect(n.name).toMatch(/[\u4e00-\u9fff]/);
      expect(n.keywords.length).toBeGreaterThanOrEqual(3);
      expect(n.keywords.length).toBeLessThanOrEqual(6);
    }
  });

  const named: [ChainCode, RegExp][] = [
    ['MARINE_EQUIPMENT', /LNG 低温阀/],
    ['MARINE_EQUIPMENT', /泵塔/],
    ['MARINE_EQUIPMENT', /绝缘箱/],
    ['MARINE_EQUIPMENT', /北斗/],
    ['MARINE_EQUIPMENT', /FPSO/],
    ['MARINE_EQUIPMENT', /游艇/],
    ['DIGITAL_ECONOMY', /信息安全/],
    ['DIGITAL_ECONOMY', /PKI/],
    ['DIGITAL_ECONOMY', /多方安全计算/],
    ['DIGITAL_ECONOMY', /直播电商/],
    ['GREEN_LOW_CARBON', /制氢/],
    ['GREEN_LOW_CARBON', /储氢/],
    ['GREEN_LOW_CARBON', /加氢/],
    ['GREEN_LOW_CARBON', /燃料电池/],
    ['GREEN_LOW_CARBON', /储能/],
    ['GREEN_LOW_CARBON', /碳(排放)?监测/],
  ];
  it.each(named)('%s names a node matching %s', (chain, re) => {
    const nodes = CHAIN_MAP.find((c) => c.code === chain)!.nodes;
    expect(nodes.some((n) => re.test(n.name))).toBe(true);
  });

  it('has the LNG cargo system as a group of its parts', () => {
    const children = ALL_NODES().filter((n) => n.parentCode === 'ME_LNG_CARGO');
    expect(children.map((n) => n.code).sort()).toEqual(['ME_LNG_INSULATION_BOX', 'ME_LNG_PUMP_TOWER', 'ME_LNG_VALVE']);
    expect(children.every((n) => n.bottleneck && n.weight === 5)).toBe(true);
  });

  it('has groups, sub-parks and the park', () => {
    expect(PARK).toEqual({ code: 'CHONGMING', name: '张江高新区崇明园' });
    expect(GROUPS.map((g) => g.name)).toEqual(['长兴企业集团', '生态企业集团', '东滩建设集团']);
    const groupCodes = new Set(GROUPS.map((g) => g.code));
    for (const sp of SUB_PARKS) expect(groupCodes.has(sp.groupCode)).toBe(true);
    expect(SUB_PARKS.map((s) => s.code)).toEqual(['CHANGXING_MARINE', 'SMART_ISLAND', 'CHONGMING_INDUSTRIAL', 'FUSHENG']);
  });
});
