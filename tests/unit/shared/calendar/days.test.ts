import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth } from '../../../../shared/calendar/days';
import { nextTermStart, termOfOfficeEnd } from '../../../../shared/calendar/term-of-office';

describe('calendar dates', () => {
  it('adds months, a day the month lacks becoming its last day', () => {
    expect(addMonths('2025-06-12', 12)).toBe('2026-06-12');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });

  it('keeps a leap day where the target year has one, and takes 28 February where it has not', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(addMonths('2096-02-29', 48)).toBe('2100-02-28');
  });

  it('adds and counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-10-15', -1)).toBe('2026-10-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2026-12-06', '2026-12-06')).toBe(0);
  });

  it('counts whole days whatever the time zone does to summer time', () => {
    // Sweden moves its clocks on these nights; the dates are dates, not moments.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('stops at the last date a four-digit year can write', () => {
    expect(addMonths('9999-06-30', 12)).toBe('9999-12-31');
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(termOfOfficeEnd('9999-01-01')).toBe('9999-12-31');
  });
});

describe('the term of office', () => {
  it('starts on 15 October of every fourth year from 2026', () => {
    expect(nextTermStart('2026-01-01')).toBe('2026-10-15');
    expect(nextTermStart('2026-10-14')).toBe('2026-10-15');
    expect(nextTermStart('2026-10-15')).toBe('2030-10-15');
    expect(nextTermStart('2023-11-23')).toBe('2026-10-15');
    expect(nextTermStart('2022-10-14')).toBe('2022-10-15');
    expect(nextTermStart('2029-12-31')).toBe('2030-10-15');
    expect(nextTermStart('2030-10-16')).toBe('2034-10-15');
  });

  it('ends the day before the next one starts', () => {
    expect(termOfOfficeEnd('2026-10-14')).toBe('2026-10-14');
    expect(termOfOfficeEnd('2026-10-15')).toBe('2030-10-14');
    expect(termOfOfficeEnd('2024-02-29')).toBe('2026-10-14');
    expect(termOfOfficeEnd('2019-03-21')).toBe('2022-10-14');
  });
});
