/**
 * Arithmetic on calendar dates written YYYY-MM-DD (the house form, shared/model/dates.ts). It works on
 * the date alone, in UTC, so no time zone or change to summer time can move a day. Every function
 * expects a valid date (`isIsoDate`); the results stay within the years 0100–9999 that such a date has.
 */

const DAY_MS = 86_400_000;
const LAST_DATE = '9999-12-31';

function parts(date: string): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  if (year > 9999) return LAST_DATE;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days in a month (1–12) of a year: February has 29 in a leap year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` months later. A day the target month lacks becomes its last day, as a
 * calendar reads "a year after 29 February" or "a month after 31 January": 2024-02-29 + 12 months is
 * 2025-02-28, 2025-01-31 + 1 month is 2025-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = parts(from);
  const [toYear, toMonth, toDay] = parts(to);
  return Math.round((Date.UTC(toYear, toMonth - 1, toDay) - Date.UTC(fromYear, fromMonth - 1, fromDay)) / DAY_MS);
}
