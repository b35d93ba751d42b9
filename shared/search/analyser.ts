import { stemmer as snowballSwedish } from '@orama/stemmers/swedish';
import { SWEDISH_STOP_WORDS } from './stop-words';

/**
 * The Swedish analyser: what a text's words become in the index, and what a query's words become
 * before they are looked up. Pure, so that the CLI, the app's Worker and the tests analyse alike.
 */

const segmenter = new Intl.Segmenter('sv', { granularity: 'word' });

/** A word of a text and where it stands, for marking it in a snippet. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** The words of a text as Swedish word segmentation cuts them (punctuation and spaces left out). */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) tokens.push({ word: segment.segment, start: segment.index, end: segment.index + segment.segment.length });
  }
  return tokens;
}

/**
 * The words of a text by a regular expression that cuts as the Swedish segmentation does for the
 * words an index holds (letters and digits, joined by a colon, an apostrophe or a full stop between
 * letters: "KS:s", "t.ex"), at a fraction of its cost. For snippets, which are cut while the user types.
 */
export function quickWordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[:'’.][\p{L}\p{N}]+)*/gu)) tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** The words of a text, as MiniSearch's tokenizer wants them. */
export const words = (text: string): string[] => wordTokens(text).map((token) => token.word);

export const isStopWord = (lowerCased: string): boolean => SWEDISH_STOP_WORDS.has(lowerCased);

/** The shortest stem the definite-neuter rule leaves; below it "et" is part of the word (ett, bet). */
const MIN_STEM_AFTER_ET = 3;

const stems = new Map<string, string>();

/**
 * The stem of a lower-cased word: Snowball's Swedish algorithm, then the definite neuter. Snowball
 * removes -e but keeps -et, so "kvalitetsarbete" → "kvalitetsarbet" while "kvalitetsarbetet" stays as
 * it is, and "ansvaret" never meets "ansvar" (→ "ansv"). A stem that still ends in -et is stemmed again
 * without it, which brings the base and the definite form together: arbete/arbetet/arbeten → "arb",
 * område/området → "områd", ansvar/ansvaret → "ansv", kvalitet/kvaliteten → "kvalit". It conflates a
 * little more than Snowball (budget → "budg"), which costs nothing since both sides of a search are
 * stemmed alike.
 */
export function stem(lowerCased: string): string {
  const known = stems.get(lowerCased);
  if (known !== undefined) return known;
  const snowball = snowballSwedish(lowerCased);
  const result = snowball.endsWith('et') && snowball.length - 2 >= MIN_STEM_AFTER_ET ? stem(snowball.slice(0, -2)) : snowball;
  if (stems.size > 200_000) stems.clear(); // a bound for a long-running Worker fed odd text
  stems.set(lowerCased, result);
  return result;
}

/**
 * A query word as it is looked up: lower-cased and stemmed, or null for a stop word. A query is not
 * split into compound parts: "kvalitetsarbete" asks for the whole word, which is more precise.
 */
export function queryTerm(word: string): string | null {
  const lower = word.toLocaleLowerCase('sv');
  if (lower === '' || isStopWord(lower)) return null;
  return stem(lower);
}
