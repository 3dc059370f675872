import { badInput, shanghaiDate } from '../../platform/src/index.js';

/** China keeps no daylight saving: Asia/Shanghai is UTC+8 all year, so a local midnight is a fixed instant. */
const OFFSET = '+08:00';
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a Shanghai calendar day begins. */
export const shanghaiMidnight = (date: string): Date => new Date(`${date}T00:00:00${OFFSET}`);

export const addDays = (date: string, days: number): string => shanghaiDate(new Date(shanghaiMidnight(date).getTime() + days * DAY_MS));

/** Monday (YYYY-MM-DD, Asia/Shanghai) of the week an instant falls in. */
export function weekStartOf(at: Date): string {
  const today = shanghaiDate(at);
  const isoDow = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1; // 1 = Monday
  return addDays(today, 1 - isoDow);
}

/** The week that ended most recently before `at` (what the Monday 08:00 run reports). */
export const previousWeekStart = (at: Date): string => addDays(weekStartOf(at), -7);

export interface Week {
  /** Monday, Asia/Shanghai */
  start: string;
  /** Sunday, Asia/Shanghai */
  end: string;
  /** Monday 00:00 Asia/Shanghai, as an instant */
  from: Date;
  /** the next Monday 00:00 Asia/Shanghai (exclusive) */
  to: Date;
}

export function week(start: string): Week {
  return { start, end: addDays(start, 6), from: shanghaiMidnight(start), to: shanghaiMidnight(addDays(start, 7)) };
}

/** A week given by a client: a real date that is a Monday and has begun. */
export function parseWeekStart(value: string, now: Date, field = 'weekStart'): Week {
  if (!isIsoDate(value)) {
    throw badInput(field, `${field}: not a date (YYYY-MM-DD)`);
  }
  if (weekStartOf(shanghaiMidnight(value)) !== value) throw badInput(field, `${field}: a week starts on a Monday (Asia/Shanghai)`);
  if (shanghaiMidnight(value).getTime() > now.getTime()) throw badInput(field, `${field}: this week has not begun`);
  return week(value);
}

export const isIsoDate = (value: string): boolean =>
  ISO_DATE.test(value) && !Number.isNaN(shanghaiMidnight(value).getTime()) && addDays(value, 0) === value;
