import { describe, expect, it } from 'vitest';
import { queryTerm, stem, wordTokens } from '../../../../shared/search/analyser';
import { splitCompound } from '../../../../shared/search/compounds';

describe('the Swedish analyser', () => {
  it('brings the inflections of a word to one stem', () => {
    const families = [
      ['avvikelse', 'avvikelser', 'avvikelsen', 'avvikelserna'],
      ['chef', 'chefer', 'chefen', 'cheferna'],
      ['förbättring', 'förbättringar', 'förbättringen'],
      ['kommun', 'kommunen', 'kommuner', 'kommunerna'],
    ];
    for (const family of families) expect(new Set(family.map(stem)), family.join(', ')).toHaveLength(1);
  });

  it('brings the definite neuter -et to its base form, which classic Snowball does not', () => {
    const pairs = [
      ['kvalitetsarbete', 'kvalitetsarbetet'],
      ['arbete', 'arbetet'],
      ['område', 'området'],
      ['ansvar', 'ansvaret'],
      ['beslut', 'beslutet'],
      ['mål', 'målet'],
      ['syfte', 'syftet'],
    ];
    for (const [base, definite] of pairs) expect(stem(definite!), `${definite} → ${base}`).toBe(stem(base!));
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('chef')).not.toBe(stem('kommun'));
    expect(stem('plan')).not.toBe(stem('policy'));
    expect(stem('arbete')).not.toBe(stem('avvikelse'));
  });

  it('drops stop words from a query and keeps words that carry meaning', () => {
    for (const word of ['och', 'att', 'det', 'som', 'för', 'ska', 'Och']) expect(queryTerm(word), word).toBeNull();
    for (const word of ['mål', 'ansvar', 'plan', 'PUFF']) expect(queryTerm(word), word).not.toBeNull();
    expect(queryTerm('PUFF')).toBe('puff');
  });

  it('cuts words as Swedish does, keeping the colon of KS:s and the letters å, ä, ö', () => {
    expect(wordTokens('KS:s förbättringsarbete, år 2025 – PUFF-cykeln.').map((token) => token.word)).toEqual([
      'KS:s',
      'förbättringsarbete',
      'år',
      '2025',
      'PUFF',
      'cykeln',
    ]);
  });
});

describe('compound words', () => {
  const vocabulary = new Set(['förbättring', 'arbete', 'kvalitet', 'mål', 'plan', 'ledning', 'bete', 'kvalitetsar']);

  it('splits at a known modifier and head, with or without the linking -s-', () => {
    expect(splitCompound('förbättringsarbete', vocabulary)).toEqual(['förbättring', 'arbete']);
    expect(splitCompound('kvalitetsmål', vocabulary)).toEqual(['kvalitet', 'mål']);
    expect(splitCompound('ledningsplan', vocabulary)).toEqual(['ledning', 'plan']);
  });

  it('prefers the longest known head', () => {
    expect(splitCompound('kvalitetsarbete', vocabulary)).toEqual(['kvalitet', 'arbete']);
  });

  it('does not split when a part is unknown to the library, too short, or a stop word', () => {
    expect(splitCompound('förbättringsresa', vocabulary)).toBeNull();
    expect(splitCompound('arbete', vocabulary)).toBeNull();
    expect(splitCompound('avvikelse', new Set(['avvik']))).toBeNull();
    expect(splitCompound('ledningsmål', new Set(['led', 'ningsmål', 'mål']))).toBeNull();
    expect(splitCompound('planoch', new Set(['plan', 'och']))).toBeNull();
  });
});
