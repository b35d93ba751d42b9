import { describe, expect, it } from 'vitest';
import { isIsoDate, isParagraph, normalizeParagraph, toIsoDate } from '../../../../shared/model/dates';

describe('ISO dates', () => {
  it.each(['2025-01-13', '2024-02-29', '1999-12-31'])('accepts %s', (value) => expect(isIsoDate(value)).toBe(true));
  it.each(['2025-02-30', '2023-02-29', '2025-13-01', '2025-1-13', '13/01/2025', '2025-01-13T00:00', '', 'tills vidare'])(
    'refuses %s',
    (value) => expect(isIsoDate(value)).toBe(false),
  );
  it('writes local dates as YYYY-MM-DD', () => expect(toIsoDate(new Date(2025, 0, 5))).toBe('2025-01-05'));
});

describe('paragraph references', () => {
  it.each(['§ 64', '§64', '§ 12 a', ' § 7 '])('accepts %s', (value) => expect(isParagraph(value)).toBe(true));
  it.each(['64', 'par 64', '§', '§ x', '§§ 3'])('refuses %s', (value) => expect(isParagraph(value)).toBe(false));
  it.each([
    ['§64', '§ 64'],
    ['64', '§ 64'],
    ['§ 12A', '§ 12 a'],
    ['  § 3 ', '§ 3'],
    ['ingen', 'ingen'],
  ])('writes %s as %s', (input, expected) => expect(normalizeParagraph(input)).toBe(expected));
});
