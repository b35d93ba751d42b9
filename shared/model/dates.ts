/** Dates are written ISO style (2025-01-13) everywhere: in the interface, in metadata and in exports. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The local calendar date of a moment, as YYYY-MM-DD. */
export function toIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A timestamp for display: "2025-01-13 14:05" in local time. */
export function formatDateTime(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toIsoDate(moment)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

const PARAGRAPH = /^§\s*(\d{1,5})\s*([a-z]?)$/i;

/** True for a minutes paragraph such as "§ 64" (also "§64" or "§ 12 a"). */
export function isParagraph(value: string): boolean {
  return PARAGRAPH.test(value.trim());
}

/**
 * The house form of a paragraph reference, "§ 64". A bare number is taken as the paragraph, because
 * that is what people type; anything else is returned unchanged so that validation can name it.
 */
export function normalizeParagraph(value: string): string {
  const trimmed = value.trim();
  const bare = /^(\d{1,5})\s*([a-z]?)$/i.exec(trimmed);
  const match = bare ?? PARAGRAPH.exec(trimmed);
  if (!match) return value;
  return `§ ${match[1]}${match[2] ? ` ${match[2].toLowerCase()}` : ''}`;
}
