import { isStopWord } from './analyser';

/**
 * Splitting Swedish compounds against the library's own vocabulary, so that "förbättringsarbete" is
 * found by "arbete" and by "förbättring". No dictionary ships with the app: a part counts only when the
 * library uses it as a word of its own. The split is conservative, as a wrong part makes a false hit:
 * exactly two parts, a modifier of at least MIN_MODIFIER letters (optionally with the linking -s-) and a
 * head of at least MIN_HEAD letters, neither a stop word.
 */
const MIN_MODIFIER = 4;
const MIN_HEAD = 3;
/** Shorter words are rarely compounds of two known words; trying them only finds accidents. */
const MIN_COMPOUND = MIN_MODIFIER + MIN_HEAD;

const usable = (part: string, vocabulary: ReadonlySet<string>) => vocabulary.has(part) && !isStopWord(part);

/**
 * The two parts of a lower-cased compound, or null when it is none. The longest known head wins:
 * "kvalitetsarbete" is "kvalitet" + "arbete", not "kvalitetsar" + "bete".
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): [string, string] | null {
  if (word.length < MIN_COMPOUND) return null;
  for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut += 1) {
    const head = word.slice(cut);
    if (!usable(head, vocabulary)) continue;
    const modifier = word.slice(0, cut);
    if (usable(modifier, vocabulary)) return [modifier, head];
    const unlinked = modifier.slice(0, -1);
    if (modifier.endsWith('s') && unlinked.length >= MIN_MODIFIER && usable(unlinked, vocabulary)) return [unlinked, head];
  }
  return null;
}
