import { describe, expect, it } from 'vitest';
import { content, heading } from '../../../../shared/model/content';
import { hasNumberedHeadings, headingNumbers } from '../../../../shared/model/headings';

describe('headingNumbers', () => {
  it('numbers an outline as 1, 1.1, 1.2, 2, 2.1, 2.1.1', () => {
    expect(headingNumbers([1, 2, 2, 1, 2, 3])).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.1.1']);
  });

  it('starts the sub-count again under each new heading above it', () => {
    expect(headingNumbers([1, 2, 3, 3, 2, 3])).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1']);
  });

  it('shows a skipped level as 0, as Word does', () => {
    expect(headingNumbers([2, 1, 3])).toEqual(['0.1', '1', '1.0.1']);
  });
});

describe('hasNumberedHeadings', () => {
  it('reads the choice from the root’s node state, and is off by default', () => {
    const plain = content(heading(1, 'Inledning'));
    expect(hasNumberedHeadings(plain)).toBe(false);
    expect(hasNumberedHeadings({ root: { ...plain.root, $: { numberedHeadings: true } } as typeof plain.root })).toBe(true);
  });
});
