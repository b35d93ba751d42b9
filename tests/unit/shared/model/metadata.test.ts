import { describe, expect, it } from 'vitest';
import { decisionDateAndParagraph, missingMetadata, reviewDeadline, separateParagraph, validateMetadata } from '../../../../shared/model/metadata';
import type { DocumentMetadata } from '../../../../shared/model/metadata';
import { expectLinear } from '../../../support/linear-time';

describe('validateMetadata', () => {
  it('finds nothing wrong with a complete, well-formed block', () => {
    expect(
      validateMetadata({
        decidedBy: 'Kommunfullmäktige',
        decidedDate: '2023-04-13',
        decidedParagraph: '§ 64',
        registryNumber: 'KS 2024/493',
        validFrom: '2023-05-01',
        validUntil: 'tills vidare',
        lastRevisedDate: '2024-06-10',
        lastRevisedParagraph: '§ 102',
        reviewBy: '2027, före ny mandatperiod',
      }),
    ).toEqual([]);
  });

  it('never complains about empty fields', () => expect(validateMetadata({ decidedDate: '', reviewBy: '  ' })).toEqual([]));

  it('names each malformed field with the reason', () => {
    expect(
      validateMetadata({
        decidedDate: '13/4 2023',
        decidedParagraph: 'paragraf 64',
        validUntil: 'snart',
        reviewBy: 'nästa år',
      }),
    ).toEqual([
      { field: 'decidedDate', code: 'invalid-date' },
      { field: 'decidedParagraph', code: 'invalid-paragraph' },
      { field: 'validUntil', code: 'invalid-valid-until' },
      { field: 'reviewBy', code: 'invalid-review-by' },
    ]);
  });

  it('asks for a date when only a paragraph is given', () => {
    expect(validateMetadata({ decidedParagraph: '§ 64' })).toEqual([{ field: 'decidedParagraph', code: 'paragraph-without-date' }]);
  });

  it('refuses an end before the start', () => {
    expect(validateMetadata({ validFrom: '2025-01-01', validUntil: '2024-12-31' })).toEqual([
      { field: 'validUntil', code: 'valid-until-before-valid-from' },
    ]);
  });

  it.each(['tills vidare', 'Tillsvidare', 'Tills vidare.', 'TILLS VIDARE', 't.v.'])('accepts "%s" as until further notice', (validUntil) => {
    expect(validateMetadata({ validUntil })).toEqual([]);
  });

  it.each(['2027 inför ny mandatperiod', '2027, inför ny mandatperiod', '2027 – före ny mandatperiod', '2026-10-15 efter valet'])(
    'accepts the review year or date "%s" with a comment, with or without a comma',
    (reviewBy) => expect(validateMetadata({ reviewBy })).toEqual([]),
  );

  it('refuses an impossible review date', () => {
    expect(validateMetadata({ reviewBy: '2027-02-30' })).toEqual([{ field: 'reviewBy', code: 'invalid-review-by' }]);
  });
});

describe('a date with its paragraph in one field ("Beslutad när 2023-04-13 § 64")', () => {
  it.each(['2023-04-13 § 64', '2023-04-13, § 64', '2023-04-13 §64', ' 2023-04-13  §  64 '])('accepts "%s" as the date of decision', (decidedDate) => {
    expect(validateMetadata({ decidedDate })).toEqual([]);
    expect(validateMetadata({ lastRevisedDate: decidedDate })).toEqual([]);
  });

  it('accepts the paragraph in both fields when they name the same one', () => {
    expect(validateMetadata({ decidedDate: '2023-04-13 § 64', decidedParagraph: '§ 64' })).toEqual([]);
  });

  it('asks which paragraph it is when the two fields differ', () => {
    expect(validateMetadata({ decidedDate: '2023-04-13 § 64', decidedParagraph: '§ 65' })).toEqual([{ field: 'decidedDate', code: 'paragraph-differs' }]);
  });

  it('still checks the date, and takes no paragraph in a field that has none beside it', () => {
    expect(validateMetadata({ decidedDate: '2023-02-30 § 64' })).toEqual([{ field: 'decidedDate', code: 'invalid-date' }]);
    expect(validateMetadata({ decidedDate: '2023-04-13 § x' })).toEqual([{ field: 'decidedDate', code: 'invalid-date' }]);
    expect(validateMetadata({ validFrom: '2023-04-13 § 64' })).toEqual([{ field: 'validFrom', code: 'invalid-date' }]);
  });

  it('reads date and paragraph alike from one field or from two', () => {
    expect(decisionDateAndParagraph({ decidedDate: '2023-04-13, §64' }, 'decided')).toEqual({ date: '2023-04-13', paragraph: '§ 64' });
    expect(decisionDateAndParagraph({ decidedDate: '2023-04-13', decidedParagraph: '§ 64' }, 'decided')).toEqual({ date: '2023-04-13', paragraph: '§ 64' });
    expect(decisionDateAndParagraph({ lastRevisedDate: '2024-06-10 § 102' }, 'lastRevised')).toEqual({ date: '2024-06-10', paragraph: '§ 102' });
    expect(decisionDateAndParagraph({}, 'decided')).toEqual({ date: '', paragraph: '' });
    // What cannot be read is shown as it was written, never dropped.
    expect(decisionDateAndParagraph({ decidedDate: 'våren 2023', decidedParagraph: '§ 64' }, 'decided')).toEqual({ date: 'våren 2023', paragraph: '§ 64' });
  });

  it('finds the required paragraph in the date field', () => {
    const adopted = { decidedBy: 'Kommunfullmäktige', decidedDate: '2023-04-13 § 64', registryNumber: 'KS 2023/1', validFrom: '2023-05-01' };
    expect(missingMetadata('gallande', adopted)).toEqual([]);
    expect(missingMetadata('gallande', { ...adopted, decidedDate: '2023-04-13' })).toEqual(['decidedParagraph']);
  });

  it('moves the paragraph into its own field, normalised, when that field is empty', () => {
    expect(separateParagraph({ decidedDate: '2023-04-13 §64', version: '1' }, 'decided')).toEqual({ decidedDate: '2023-04-13', decidedParagraph: '§ 64', version: '1' });
    expect(separateParagraph({ lastRevisedDate: '2024-06-10, § 12 A' }, 'lastRevised')).toEqual({ lastRevisedDate: '2024-06-10', lastRevisedParagraph: '§ 12 a' });
  });

  it('leaves a paragraph that differs from the one in its field where it is, for the user to choose', () => {
    const metadata = { decidedDate: '2023-04-13 § 64', decidedParagraph: '§ 65' };
    expect(separateParagraph(metadata, 'decided')).toBe(metadata);
    const plain = { decidedDate: '2023-04-13' };
    expect(separateParagraph(plain, 'decided')).toBe(plain);
  });
});

describe('reviewDeadline', () => {
  it.each([
    ['2027', '2027-12-31'],
    ['2027, före ny mandatperiod', '2027-12-31'],
    ['2027 inför ny mandatperiod', '2027-12-31'],
    ['2026-06-30', '2026-06-30'],
    ['snart', null],
    [undefined, null],
  ])('reads %s as %s', (reviewBy, expected) => expect(reviewDeadline({ reviewBy })).toBe(expected));
});

describe('metadata is read in linear time, whatever an archive puts in a field', () => {
  const spaces = (size: number) => ' '.repeat(size);
  it.each<[string, (size: number) => DocumentMetadata]>([
    ['a review year, spaces and a two-line comment', (size: number) => ({ reviewBy: `2027${spaces(size)}a\nb` })],
    ['a decision date, spaces and no paragraph', (size: number) => ({ decidedDate: `2023-04-13${spaces(size)}x` })],
    ['a revision date, spaces and a comma', (size: number) => ({ lastRevisedDate: `2023-04-13${spaces(size)},${spaces(size)}x` })],
  ])('%s', (_, make) => expectLinear(make, (metadata) => [validateMetadata(metadata), reviewDeadline(metadata), missingMetadata('gallande', metadata)]));

  it('still reads a review year with a comment on a line of its own', () => {
    expect(reviewDeadline({ reviewBy: '2027,\nföre ny mandatperiod' })).toBe('2027-12-31');
    expect(validateMetadata({ reviewBy: '2027 5' })).toEqual([{ field: 'reviewBy', code: 'invalid-review-by' }]);
  });
});
