import { describe, expect, it } from '@jest/globals';
import { LeadStage, moveNeedsReason } from './lead-stage.js';

const { CLUE, CONTACTED, NEGOTIATING, SIGNED, PRODUCING, ON_HOLD, LOST } = LeadStage;

describe('moveNeedsReason', () => {
  it('lets forward moves skip stages without a reason', () => {
    expect(moveNeedsReason(CLUE, CONTACTED)).toBe(false);
    expect(moveNeedsReason(CLUE, SIGNED)).toBe(false);
    expect(moveNeedsReason(NEGOTIATING, PRODUCING)).toBe(false);
  });

  it('asks why for a backward move, a pause, a loss and a reopened loss', () => {
    expect(moveNeedsReason(NEGOTIATING, CONTACTED)).toBe(true);
    expect(moveNeedsReason(PRODUCING, CLUE)).toBe(true);
    expect(moveNeedsReason(CLUE, ON_HOLD)).toBe(true);
    expect(moveNeedsReason(SIGNED, LOST)).toBe(true);
    expect(moveNeedsReason(LOST, CONTACTED)).toBe(true);
  });

  it('resumes a paused project without a reason', () => {
    expect(moveNeedsReason(ON_HOLD, NEGOTIATING)).toBe(false);
  });
});
