/**
 * One typo corrected against the library's own words. A typo is looked for in the words as written,
 * not in the index's stems: "avvikelce" stems to "avvikelc", which is two letters from the stem
 * "avvik" of "avvikelse", while the written word is one letter from it. The library's vocabulary is
 * the dictionary, so a correction is always a word some document uses.
 */

/** The letters a correction may put in: Swedish and the accented letters of loan words. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäöéü';

/**
 * The words of the vocabulary one edit from a lower-cased word: a letter left out, one too many, one
 * replaced, or two neighbours swapped (Damerau's four typos). The word itself is not among them.
 * Generating the few hundred candidates and looking each up is far cheaper than walking the index.
 */
export function corrections(word: string, vocabulary: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && vocabulary.has(candidate)) found.add(candidate);
  };
  for (let at = 0; at <= word.length; at += 1) {
    const [before, after] = [word.slice(0, at), word.slice(at)];
    for (const letter of LETTERS) consider(before + letter + after);
    if (at === word.length) continue;
    consider(before + after.slice(1));
    for (const letter of LETTERS) consider(before + letter + after.slice(1));
    if (at < word.length - 1) consider(before + after[1]! + after[0]! + after.slice(2));
  }
  return [...found];
}
