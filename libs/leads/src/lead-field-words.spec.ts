import { describe, expect, it } from '@jest/globals';
import { describeChanges } from './lead-field-words.js';

const names = { users: new Map([['7', '王招商']]), nodes: new Map([['ME_LNG_VALVE', 'LNG 低温阀']]), subParks: new Map([['2', '长兴海洋装备产业基地']]) };

describe('lead edits in words', () => {
  it('shows money in 万元, not fen, with Chinese labels', () => {
    expect(describeChanges([{ field: 'expected_investment', old: '5000000000', new: '8000000000' }], names)).toBe('预计总投资：5,000 万元 → 8,000 万元');
  });

  it('names people, nodes, sub-parks and enum values instead of ids and codes', () => {
    const text = describeChanges(
      [
        { field: 'owner_id', old: null, new: '7' },
        { field: 'node_code', old: 'ME_LNG_VALVE', new: null },
        { field: 'priority', old: 'LOW', new: 'HIGH' },
        { field: 'land_mu', old: null, new: '50.5' },
      ],
      names,
    );
    expect(text).toBe('负责人：（空） → 王招商；产业链环节：LNG 低温阀 → （空）；优先级：低 → 高；用地需求：（空） → 50.5 亩');
  });

  it('shows dates as the calendar day', () => {
    expect(describeChanges([{ field: 'next_follow_up', old: '2026-12-01', new: '2026-12-08' }], names)).toBe('下次跟进：2026-12-01 → 2026-12-08');
  });
});
