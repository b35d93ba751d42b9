import { describe, expect, it } from 'vitest';
import { reviewDeadline, validateMetadata } from '../../../../shared/model/metadata';

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
