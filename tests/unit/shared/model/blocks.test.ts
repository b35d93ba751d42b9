import { describe, expect, it } from 'vitest';
import { principleNumbers } from '../../../../shared/model/blocks';

describe('principleNumbers', () => {
  it('numbers consecutive principles and starts again after anything else', () => {
    expect(principleNumbers(['heading', 'principle', 'principle', 'principle', 'paragraph', 'principle', 'principle'])).toEqual([
      null,
      1,
      2,
      3,
      null,
      1,
      2,
    ]);
  });

  it('has nothing to number in a document without principles', () => {
    expect(principleNumbers(['heading', 'paragraph'])).toEqual([null, null]);
    expect(principleNumbers([])).toEqual([]);
  });
});
