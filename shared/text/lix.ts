/**
 * LIX (läsbarhetsindex), the common Swedish readability measure: the average number of words per
 * sentence plus the percentage of long words (more than six letters). Below 40 reads easily, 40–50 is
 * ordinary public-sector prose, above 50 is hard.
 */
export type LixLevel = 'easy' | 'standard' | 'hard';

export interface Lix {
  value: number;
  level: LixLevel;
  words: number;
  sentences: number;
  longWords: number;
}

/** Swedish abbreviations whose full stops do not end a sentence. */
const ABBREVIATIONS = [
  't.ex.', 'bl.a.', 'm.m.', 'o.s.v.', 'osv.', 'dvs.', 'd.v.s.', 's.k.', 'fr.o.m.', 't.o.m.', 'p.g.a.', 'pga.', 'ca.',
  'resp.', 'enl.', 'jfr.', 'kap.', 'st.', 'nr.', 'e.d.', 'o.d.', 'f.d.', 'm.fl.', 'i.e.', 'e.g.',
];
const ABBREVIATION_PATTERN = new RegExp(
  `(^|[^\\p{L}])(${ABBREVIATIONS.map((abbreviation) => abbreviation.replace(/\./g, '\\.')).join('|')})`,
  'giu',
);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/**
 * A run of stops followed by a space or the end: one sentence end, however long the run. The match may
 * only start where a run starts (the lookbehind): started inside a run of n stops that a letter follows,
 * it would be tried again at each of the n places and scan to the run's end each time, n² steps that
 * froze the window on a paragraph of 150,000 dots.
 */
const SENTENCE_END = /(?<![.!?:])[.!?:]+(?=\s|$)/gu;
/** Whether a text ends with a stop, spaces after it allowed; on the trimmed text, as `[.!?:]+\s*$` would try every run of stops. */
const endsWithStop = (text: string) => /[.!?:]$/u.test(text.trimEnd());
const LONG_WORD_LETTERS = 6;

export function lixLevel(value: number): LixLevel {
  if (value < 40) return 'easy';
  if (value <= 50) return 'standard';
  return 'hard';
}

/** The words of a text, as LIX counts them: runs of letters and digits, hyphenated compounds as one. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * LIX of a run of blocks (paragraphs, headings, list items): each block ends a sentence even without a
 * full stop, as a heading or a list item does for the reader. Null when there is no word to measure.
 */
export function lix(blocks: readonly string[]): Lix | null {
  let wordCount = 0;
  let longWords = 0;
  let sentences = 0;
  for (const block of blocks) {
    const text = block.replace(ABBREVIATION_PATTERN, (_, before: string, abbreviation: string) => before + abbreviation.replace(/\./g, ''));
    const blockWords = words(text);
    if (blockWords.length === 0) continue;
    wordCount += blockWords.length;
    longWords += blockWords.filter((word) => (word.match(/\p{L}/gu)?.length ?? 0) > LONG_WORD_LETTERS).length;
    const ends = text.match(SENTENCE_END)?.length ?? 0;
    sentences += ends + (endsWithStop(text) ? 0 : 1);
  }
  if (wordCount === 0) return null;
  const value = wordCount / sentences + (longWords * 100) / wordCount;
  return { value, level: lixLevel(value), words: wordCount, sentences, longWords };
}
