import { todayShanghai } from '../../lib/format';

const DAY = 86_400_000;
export const shiftDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Monday (YYYY-MM-DD) of the week a calendar date falls in. */
export function mondayOfDate(date: string): string {
  const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return shiftDays(date, -dow);
}

/** This week's Monday in Asia/Shanghai, whatever the browser's zone. */
export const thisMonday = (): string => mondayOfDate(todayShanghai());
