import { describe, expect, it } from 'vitest';
import { corrections } from '../../../../shared/search/typos';

describe('one typo corrected against the library’s words', () => {
  const vocabulary = new Set(['avvikelse', 'uppföljning', 'styrning', 'ansvar', 'ansvaret', 'kvalitet']);

  it('finds the word behind each of the four typos', () => {
    expect(corrections('avvikelce', vocabulary)).toEqual(['avvikelse']); // replaced
    expect(corrections('uppföljnig', vocabulary)).toEqual(['uppföljning']); // left out
    expect(corrections('styrrning', vocabulary)).toEqual(['styrning']); // one too many
    expect(corrections('kvailtet', vocabulary)).toEqual(['kvalitet']); // neighbours swapped
  });

  it('gives every word one edit away, but never the word itself or a word two edits away', () => {
    expect(corrections('ansvare', vocabulary).sort()).toEqual(['ansvar', 'ansvaret']);
    expect(corrections('kvalitet', vocabulary)).toEqual([]);
    expect(corrections('avvikelcer', vocabulary)).toEqual([]);
  });
});
