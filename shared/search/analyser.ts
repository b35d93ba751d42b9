import { stemmer as snowballSwedish } from '@orama/stemmers/swedish';
import { SWEDISH_STOP_WORDS } from './stop-words';

/**
 * The Swedish analyser: what a text's words become in the index, and what a query's words become
 * before they are looked up. Pure, so that the CLI, the app's Worker and the tests analyse alike.
 */

/** A word of a text and where it stands, for marking it in a snippet. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/**
 * Letters and digits, joined by a colon, an apostrophe or a full stop between them ("KS:s", "t.ex"):
 * the words Swedish word segmentation (Intl.Segmenter) finds in these documents, at a fraction of its
 * cost, which was half the time of building the index.
 */
const WORD = /[\p{L}\p{N}]+(?:[:'’.][\p{L}\p{N}]+)*/gu;

/** The words of a text and where they stand (punctuation and spaces left out). */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/**
 * Lower case as Swedish writes it. Swedish has no case rules of its own, so the plain mapping gives
 * what `toLocaleLowerCase('sv')` gives, many times faster: it runs for every word indexed and shown.
 */
export const lowerCase = (text: string): string => text.toLowerCase();

/** The words of a text, as MiniSearch's tokenizer wants them. */
export const words = (text: string): string[] => text.match(WORD) ?? [];

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
  const lower = lowerCase(word);
  if (lower === '' || isStopWord(lower)) return null;
  return stem(lower);
}
