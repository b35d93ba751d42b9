import { addDays } from './days';

/**
 * The term of office (mandatperiod) of a Swedish municipal council: four years from 15 October of the
 * election year (kommunallagen 5 kap. 5 §). The general elections fall every fourth year, 2022, 2026,
 * 2030 …, so a term starts on 15 October of every year that leaves 2 when divided by 4.
 */
const TERM_START_MONTH_DAY = '10-15';
const TERM_YEARS = 4;
const ELECTION_YEAR_REMAINDER = 2026 % TERM_YEARS;
/** No date is written past this one (a YYYY-MM-DD date has four digits of year). */
const LAST_DATE = '9999-12-31';

const termStart = (year: number) => `${String(year).padStart(4, '0')}-${TERM_START_MONTH_DAY}`;

/**
 * The first day of the first term of office that starts after `date` (a YYYY-MM-DD date); null past
 * the year 9999.
 */
export function nextTermStart(date: string): string | null {
  const year = Number(date.slice(0, 4));
  const election = year + ((ELECTION_YEAR_REMAINDER - (year % TERM_YEARS) + TERM_YEARS) % TERM_YEARS);
  const startYear = termStart(election) > date ? election : election + TERM_YEARS;
  return startYear > 9999 ? null : termStart(startYear);
}

/**
 * The last day of the term of office that `date` falls in: the day before the next term starts.
 * 2026-10-14 is the last day of the term 2022–2026, so its own; 2026-10-15 starts the term that ends
 * 2030-10-14.
 */
export function termOfOfficeEnd(date: string): string {
  const start = nextTermStart(date);
  return start ? addDays(start, -1) : LAST_DATE;
}

/**
 * The last day of the term after the one `date` falls in. "Each term of office" means that every
 * council reviews the document once in its own term: a document decided in one term is due by the end
 * of the next (decided 2026-10-14, the last day of 2022–2026: due 2030-10-14; decided 2026-10-15: due
 * 2034-10-14).
 */
export function nextTermOfOfficeEnd(date: string): string {
  const start = nextTermStart(date);
  return start ? termOfOfficeEnd(start) : LAST_DATE;
}
