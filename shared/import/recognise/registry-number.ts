/**
 * Registry numbers (diarienummer) as municipalities write them (domain.md): an office's or a body's
 * letters, the year and a running number, in any order of separators: "KS 2024/493", "KS-2023-145",
 * "KS 2023.145", "KSKF/2022:195", "BUN 2022/0012", "KS 2021/0123-3", or the year first and the letters
 * after: "2024.493 KS". A bare "2023/145" is one too, but only when its number cannot be read as
 * anything else: a season ("2023/24", "2023/2024"), a month ("2023/04") or a date ("2023/04/13") is not.
 * Each pattern is bounded, so a scan over a long header is linear.
 */

/** The parts of a registry number; `prefix` is empty for a bare one. */
export interface RegistryNumberParts {
  prefix: string;
  year: string;
  number: string;
  /** A sub-number after the running number ("-3" in "KS 2021/0123-3"), without its dash. */
  suffix: string;
}

/** The words that introduce a registry number, stripped from what is returned. */
const LABEL_WORDS = '(?:diarienummer|diarienr|diarie-?\\s?nr|dnr|ärendenummer|ärendenr)(?![\\p{L}\\d])\\.?\\s*(?::\\s*)?';
const LABEL = new RegExp(`(?<![\\p{L}\\d])${LABEL_WORDS}`, 'giu');
const LEADING_LABEL = new RegExp(`^${LABEL_WORDS}`, 'iu');

/**
 * Letters that cite a law, a report or a regulation, not a registry: "SOU 2009:32", "SFS 2017:725",
 * "(EU) 2016/679", "AFS 2001:1", "HSLF-FS 2016:40".
 */
const NOT_A_REGISTRY = /^(?:SOU|SFS|DS|PROP|EU|EG|EEG|EES|BET|RSKR|ISO|SS|EN|[A-ZÅÄÖ/-]*FS)$/;

const LETTERS = '[A-ZÅÄÖ]{2,8}(?:[/-][A-ZÅÄÖ]{1,8})?';
const YEAR = '(?:19|20)\\d{2}';

/** Letters first: "KS 2024/493", "KS-2023-145", "KSKF/2022:195", "KS2023/145". */
const LETTERS_FIRST = new RegExp(`(?<![\\p{L}\\d])(${LETTERS})(?:\\s?[-/.:]\\s?|\\s)?(${YEAR})([/.:-])(\\d{1,6})(?:-(\\d{1,4}))?(?![\\p{L}\\d]|[/.:]\\d)`, 'gu');
/** Year first, letters after: "2024.493 KS", "2024/493 KS". */
const YEAR_FIRST = new RegExp(`(?<![\\p{L}\\d/.:-])(${YEAR})([/.:])(\\d{1,6})(?:-(\\d{1,4}))?\\s(${LETTERS})(?![\\p{L}\\d])`, 'gu');
/** No letters: "2023/145", "2022:195". */
const BARE = new RegExp(`(?<![\\p{L}\\d/.:-])(${YEAR})([/:])(\\d{1,6})(?:-(\\d{1,4}))?(?![\\p{L}\\d]|[/.:-]\\d)`, 'gu');

interface Found {
  start: number;
  end: number;
  parts: RegistryNumberParts;
}

/** "2023-04" followed by "-13" is a date, not a number: "KF 2023-04-13 § 64". */
function isDate(year: string, separator: string, number: string, suffix: string | undefined): boolean {
  if (separator !== '-' || suffix === undefined || number.length !== 2 || suffix.length !== 2) return false;
  const month = Number(number);
  const day = Number(suffix);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** "2023/24" and "2023/2024" are seasons or budget years; "2023/04" may be a month. */
function isSeasonOrMonth(year: string, number: string): boolean {
  const next = Number(year) + 1;
  if (number.length === 2 && Number(number) === next % 100) return true;
  if (number.length === 4 && Number(number) === next) return true;
  return number.length <= 2 && Number(number) >= 1 && Number(number) <= 12;
}

/** A bare number cited after letters of a law or report: "(EU) 2016/679", "SFS 2017:725". */
function citedBefore(text: string, start: number): boolean {
  const before = /(?:^|[^\p{L}])\(?([A-ZÅÄÖ/-]{2,10})\)? ?$/u.exec(text.slice(Math.max(0, start - 14), start));
  return before !== null && NOT_A_REGISTRY.test(before[1]!);
}

function matches(text: string, from: number, labelled: boolean): Found[] {
  const found: Found[] = [];
  const scan = (pattern: RegExp, read: (match: RegExpExecArray) => RegistryNumberParts | null) => {
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const parts = read(match);
      if (parts) found.push({ start: match.index, end: match.index + match[0].length, parts });
    }
  };
  scan(LETTERS_FIRST, (match) => {
    const [, prefix, year, separator, number, suffix] = match as unknown as [string, string, string, string, string, string | undefined];
    if (NOT_A_REGISTRY.test(prefix) || isDate(year, separator, number, suffix)) return null;
    if (number.length === 4 && Number(number) === Number(year) + 1) return null;
    return { prefix, year, number, suffix: suffix ?? '' };
  });
  scan(YEAR_FIRST, (match) => {
    const [, year, , number, suffix, prefix] = match as unknown as [string, string, string, string, string | undefined, string];
    return NOT_A_REGISTRY.test(prefix) ? null : { prefix, year, number, suffix: suffix ?? '' };
  });
  scan(BARE, (match) => {
    const [, year, , number, suffix] = match as unknown as [string, string, string, string, string | undefined];
    if (!labelled && (number.length < 3 || isSeasonOrMonth(year, number) || citedBefore(text, match.index))) return null;
    if (labelled && number.length === 4 && Number(number) === Number(year) + 1) return null;
    return { prefix: '', year, number, suffix: suffix ?? '' };
  });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text after each "Dnr"/"Diarienummer" label, where a bare number is read more freely. */
function labelEnds(text: string): number[] {
  LABEL.lastIndex = 0;
  const ends: number[] = [];
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    ends.push(match.index + match[0].length);
    if (match[0].length === 0) LABEL.lastIndex++;
  }
  return ends;
}

function first(text: string): Found | null {
  for (const end of labelEnds(text)) {
    const found = matches(text, end, true).find((candidate) => candidate.start === end);
    if (found) return found;
  }
  return matches(text, 0, false)[0] ?? null;
}

/**
 * The first registry number in a text, as it was written ("KS 2023/145"), without the word that
 * introduced it ("Dnr", "Diarienr", "Diarienummer"); null when there is none.
 */
export function findRegistryNumber(text: string): string | null {
  const found = first(text);
  return found ? text.slice(found.start, found.end).trim() : null;
}

/** The whole text is one registry number, perhaps after "Dnr" or "Diarienummer:". */
export function isRegistryNumber(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 80) return false;
  const start = LEADING_LABEL.exec(trimmed)?.[0].length ?? 0;
  return matches(trimmed, start, start > 0).some((found) => found.start === start && found.end === trimmed.length);
}

/** The letters, year, running number and sub-number of a registry number; null when the text is not one. */
export function splitRegistryNumber(text: string): RegistryNumberParts | null {
  const trimmed = text.trim();
  if (!isRegistryNumber(trimmed)) return null;
  return first(trimmed)?.parts ?? null;
}
