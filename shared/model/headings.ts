import type { SerializedContent } from './content';

/**
 * Outline numbering of headings (1, 2.1, 2.2 …), chosen per document. The choice is stored as node
 * state on the content's root (Lexical keeps it under `$`), so undo covers it and it travels with the
 * content into archives and exports.
 */
export const NUMBERED_HEADINGS_KEY = 'numberedHeadings';

export function hasNumberedHeadings(content: SerializedContent): boolean {
  const state = (content.root as { $?: Record<string, unknown> }).$;
  return state?.[NUMBERED_HEADINGS_KEY] === true;
}

/**
 * The level (1 to 3) of a heading with the given tag, as the exports print it: h4 and deeper as 3,
 * anything that is no heading tag as 1.
 */
export function headingLevelOfTag(tag: unknown): 1 | 2 | 3 {
  const level = Number(String(tag ?? 'h1').slice(1));
  return Number.isFinite(level) ? (Math.min(3, Math.max(1, Math.trunc(level))) as 1 | 2 | 3) : 1;
}

/**
 * The outline number of each heading, given the heading levels (1 to 3) in document order. A level
 * with no heading above it counts as 0 ("0.1"), as Word numbers it, so that the skip shows.
 */
export function headingNumbers(levels: readonly number[]): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    return Array.from({ length: level }, (_, index) => counters[index] ?? 0).join('.');
  });
}
