import { CARD_COLUMNS, cardColumns } from './leads.repository.js';

describe('cardColumns', () => {
  it('reads the keys and only the columns behind the fields a board shows', () => {
    expect(cardColumns(new Set(['id', 'title', 'expectedInvestment', 'enterprise', 'owner', 'lastActivity']))).toBe(
      'l.id, l.enterprise_id, l.title, l.stage, l.owner_id, l.sub_park_id, l.expected_investment, l.updated_at',
    );
  });

  it('reads every column for a field with a resolver of its own, or when nothing is said', () => {
    expect(cardColumns(new Set(['id', 'timeline']))).toBe(CARD_COLUMNS);
    expect(cardColumns()).toBe(CARD_COLUMNS);
  });

  it('maps each plain field to its column', () => {
    expect(cardColumns(new Set(['floorSpace', 'nextFollowUp', 'createdAt']))).toBe(
      'l.id, l.enterprise_id, l.stage, l.owner_id, l.sub_park_id, l.floor_space_m2, l.next_follow_up, l.created_at, l.updated_at',
    );
  });
});
