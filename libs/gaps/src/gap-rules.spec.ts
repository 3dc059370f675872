import { describe, expect, it } from '@jest/globals';
import { classify, gapScore, needOf, type NodeFacts } from './gap-rules.js';

const node = (over: Partial<NodeFacts> = {}): NodeFacts => ({ weight: 4, targetCount: 3, bottleneck: false, inParkCount: 0, hasLeader: false, hasQuality: false, ...over });

describe('classify', () => {
  it('is MISSING with no in-park firm and weight ≥ 3, WEAK below weight 3', () => {
    expect(classify(node({ weight: 3 }))).toBe('MISSING');
    expect(classify(node({ weight: 2 }))).toBe('WEAK');
  });

  it('is WEAK between one firm and the target', () => {
    expect(classify(node({ inParkCount: 1, hasLeader: true, hasQuality: true }))).toBe('WEAK');
    expect(classify(node({ inParkCount: 2, hasLeader: true, hasQuality: true }))).toBe('WEAK');
  });

  it('is STRONG at the target with a chain leader and a firm of quality, WEAK without either', () => {
    expect(classify(node({ inParkCount: 3, hasLeader: true, hasQuality: true }))).toBe('STRONG');
    expect(classify(node({ inParkCount: 3, hasLeader: false, hasQuality: true }))).toBe('WEAK');
    expect(classify(node({ inParkCount: 9, hasLeader: true, hasQuality: false }))).toBe('WEAK');
  });
});

describe('gapScore', () => {
  it('follows w × (1 − min(1, n/T)) × (1 + bottleneck)', () => {
    expect(gapScore(node({ weight: 5, targetCount: 4, inParkCount: 0, bottleneck: true }))).toBe(10);
    expect(gapScore(node({ weight: 4, targetCount: 4, inParkCount: 1 }))).toBe(3);
    expect(gapScore(node({ weight: 4, targetCount: 4, inParkCount: 4 }))).toBe(0);
    expect(gapScore(node({ weight: 4, targetCount: 4, inParkCount: 9 }))).toBe(0);
    expect(gapScore(node({ weight: 4, targetCount: 0, inParkCount: 0 }))).toBe(0);
  });

  it('scales to a need between 0 and 1', () => {
    expect(needOf(10)).toBe(1);
    expect(needOf(0)).toBe(0);
    expect(needOf(3)).toBe(0.3);
  });
});
