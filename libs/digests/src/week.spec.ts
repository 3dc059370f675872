import { describe, expect, it } from '@jest/globals';
import { yearShare } from './kpis.service.js';
import { parseWeekStart, previousWeekStart, week, weekStartOf } from './week.js';

describe('weeks in Asia/Shanghai', () => {
  it('a week runs Monday 00:00 to Sunday 24:00 Shanghai time', () => {
    const w = week('2026-11-23');
    expect(w.end).toBe('2026-11-29');
    expect(w.from.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });

  it('finds the Monday of an instant by the Shanghai calendar, not UTC', () => {
    expect(weekStartOf(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-23'); // Sunday 23:59:59 in Shanghai
    expect(weekStartOf(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30'); // Monday 00:00 in Shanghai
    expect(previousWeekStart(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-23'); // the Monday 08:00 run
    expect(weekStartOf(new Date('2027-01-01T04:00:00Z'))).toBe('2026-12-28');
  });

  it('accepts only a begun week given by its Monday', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(parseWeekStart('2026-11-30', now).end).toBe('2026-12-06');
    expect(() => parseWeekStart('2026-12-02', now)).toThrow(/Monday/);
    expect(() => parseWeekStart('2026-12-07', now)).toThrow(/not begun/);
    expect(() => parseWeekStart('2026-02-30', now)).toThrow(/not a date/);
    expect(() => parseWeekStart('30.11.2026', now)).toThrow(/not a date/);
  });

  it('counts the share of a year elapsed in whole Shanghai days', () => {
    expect(yearShare(2026, '2026-01-01')).toBeCloseTo(1 / 365, 6);
    expect(yearShare(2026, '2026-12-31')).toBe(1);
    expect(yearShare(2024, '2024-12-30')).toBeCloseTo(365 / 366, 6);
    expect(yearShare(2027, '2026-12-31')).toBe(0);
    expect(yearShare(2025, '2026-06-01')).toBe(1);
  });
});
