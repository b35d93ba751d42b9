import { describe, expect, it } from 'vitest';
import { bulletList, content, heading, paragraph } from '../../../../shared/model/content';
import { lix, lixLevel, words } from '../../../../shared/text/lix';
import { headingSkips, qualityReport, sectionsOf } from '../../../../shared/text/quality';
import { expectLinear } from '../../../support/linear-time';

describe('LIX', () => {
  it('matches a hand count on short, plain sentences', () => {
    // 9 words, 2 sentences, no word longer than six letters ("mening" has six): 9/2 + 0 = 4.5.
    expect(lix(['Det här är en enkel mening. Den är kort.'])).toEqual({
      value: 4.5,
      level: 'easy',
      words: 9,
      sentences: 2,
      longWords: 0,
    });
  });

  it('matches a hand count on bureaucratic prose', () => {
    // 4 words, 1 sentence, 3 long (kommunfullmäktige, beslutade, verksamhetsplanen): 4 + 75 = 79.
    const result = lix(['Kommunfullmäktige beslutade om verksamhetsplanen.']);
    expect(result?.value).toBe(79);
    expect(result?.level).toBe('hard');
  });

  it('counts a block without a full stop as a sentence, and abbreviations as no sentence end', () => {
    // Heading (2 words, 1 sentence) + "Vi följer t.ex. upp målen varje år." (7 words, 1 sentence, 0 long).
    const result = lix(['Årlig uppföljning', 'Vi följer t.ex. upp målen varje år.']);
    expect(result).toMatchObject({ words: 9, sentences: 2, longWords: 1 });
    expect(result?.value).toBeCloseTo(9 / 2 + 100 / 9, 10);
  });

  it('counts letters, not digits or hyphens, when judging a long word', () => {
    expect(words('PDCA-cykeln 2025-01-13 §64')).toEqual(['PDCA-cykeln', '2025-01-13', '64']);
    expect(lix(['PDCA-cykeln används.'])?.longWords).toBe(2);
    expect(lix(['Den 2025-01-13 kom.'])?.longWords).toBe(0);
  });

  it('has nothing to say about an empty text', () => {
    expect(lix(['', '   ', '—'])).toBeNull();
  });

  it.each([
    [39.9, 'easy'],
    [40, 'standard'],
    [50, 'standard'],
    [50.1, 'hard'],
  ] as const)('places %d on the Swedish scale as %s', (value, level) => expect(lixLevel(value)).toBe(level));
});

describe('quality report', () => {
  const document = content(
    heading(1, 'Inledning'),
    paragraph('Vi gör det enkelt. Alla ska förstå.'),
    heading(3, 'Detaljer'),
    bulletList('Första punkten', 'Andra punkten'),
    heading(2, 'Ansvar'),
    paragraph('Förvaltningschefen ansvarar för verksamhetsuppföljningen.'),
  );

  it('cuts the document at its headings, lists item by item', () => {
    expect(sectionsOf(document).map((section) => [section.title, section.blocks.length])).toEqual([
      ['Inledning', 2],
      ['Detaljer', 3],
      ['Ansvar', 2],
    ]);
  });

  it('finds a heading that skips a level', () => {
    expect(headingSkips(document)).toEqual([{ title: 'Detaljer', from: 1, to: 3 }]);
  });

  it('gives LIX for the whole and for each section', () => {
    const report = qualityReport(document, () => undefined);
    // Inledning: 8 words, 3 sentences, 1 long (Inledning; enkelt and förstå have six letters) → 8/3 + 100/8 = 15.17.
    // Detaljer: 5 words, 3 sentences, 3 long (Detaljer, punkten ×2) → 5/3 + 60 = 61.67.
    // Ansvar: 5 words, 2 sentences, 3 long → 2.5 + 60 = 62.5.
    expect(report.sections.map((section) => Number(section.lix?.value.toFixed(2)))).toEqual([15.17, 61.67, 62.5]);
    expect(report.sections.map((section) => section.lix?.level)).toEqual(['easy', 'hard', 'hard']);
    // Whole: 18 words, 8 sentences, 7 long → 2.25 + 38.89 = 41.14.
    expect(report.document).toMatchObject({ words: 18, sentences: 8, longWords: 7, level: 'standard' });
    expect(report.document?.value).toBeCloseTo(18 / 8 + 700 / 18, 10);
  });
});

describe('LIX stays linear on pathological text (a paragraph of dots must not freeze the quality tab)', () => {
  const runs: [string, (size: number) => string][] = [
    ['a run of dots between words', (size) => `Inledning ${'.'.repeat(size)}slut`],
    ['a run of mixed stops between words', (size) => `Inledning ${'.!?:'.repeat(size / 4)}slut`],
    ['a run of dots, then spaces, then a word', (size) => `Inledning ${'.'.repeat(size / 2)}${' '.repeat(size / 2)}slut`],
    ['a run of dots after the last word', (size) => `Inledning ${'.'.repeat(size)}`],
    ['abbreviation-like dots between letters', (size) => `Inledning ${'t.e.x.'.repeat(size / 6)}slut`],
  ];
  it.each(runs)('%s', (_, make) => expectLinear(make, (text) => lix([text])));

  it('still counts every run of stops before a space as one sentence end', () => {
    expect(lix([`Inledning ${'.'.repeat(50)}slut`])).toMatchObject({ words: 2, sentences: 1 });
    expect(lix([`Inledning ${'.'.repeat(50)} slut. Mer?! Ja`])).toMatchObject({ words: 4, sentences: 4 });
    expect(lix(['Vi ses kl. 10:30. Sedan', 'Rubrik:   '])).toMatchObject({ words: 7, sentences: 4 });
  });
});

describe('the quality report stays linear on pathological text', () => {
  it('on a document whose paragraph is a long run of dots', () =>
    expectLinear(
      (size) => content(heading(1, 'Syfte'), paragraph(`Inledning ${'.'.repeat(size)}slut`)),
      (document) => qualityReport(document, () => undefined),
    ));
});
