import { describe, expect, it } from 'vitest';
import { block } from '../../../../shared/model/block-content';
import { emptyRequiredFields, leadContinuesRole, blockNumbers } from '../../../../shared/model/blocks';

describe('blockNumbers', () => {
  it('numbers consecutive principles and starts again after anything else', () => {
    expect(blockNumbers(['heading', 'principle', 'principle', 'principle', 'paragraph', 'principle', 'principle'])).toEqual([
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
    expect(blockNumbers(['heading', 'paragraph'])).toEqual([null, null]);
    expect(blockNumbers([])).toEqual([]);
  });
});

describe('emptyRequiredFields', () => {
  it('asks for what a block means nothing without, and leaves its optional fields to the writer', () => {
    const guide = block('method-guide', { name: 'PUFF', purpose: 'Att förbättra arbetet stegvis.', steps: [block('method-step', { title: 'Planera' })] });
    const role = block('role', { role: 'Kvalitetsgrupp', responsibilities: 'Samordnar arbetet.' });
    const cycle = block('annual-cycle', { months: [block('cycle-month', { month: 'Januari', activities: 'Budget.' }), block('cycle-month', { month: 'Juli' })] });
    expect(emptyRequiredFields([guide, role, cycle])).toEqual([]);
    expect(emptyRequiredFields([block('method-guide', { purpose: 'Syfte.' })])).toEqual([
      { block: 'method-guide', field: 'name', ordinal: 1 },
      { block: 'method-step', field: 'title', ordinal: 1, parent: { block: 'method-guide', ordinal: 1 } },
    ]);
    expect(emptyRequiredFields([block('principle', { title: 'Vi förbättrar' }), block('role', { lead: 'ansvarar för att' })])).toEqual([
      { block: 'principle', field: 'explanation', ordinal: 1 },
      { block: 'role', field: 'role', ordinal: 1 },
      { block: 'role', field: 'responsibilities', ordinal: 1 },
    ]);
  });
});

describe('leadContinuesRole', () => {
  it('joins a lead-in that starts in lower case to the role, as one sentence', () => {
    expect(leadContinuesRole('Medarbetare', 'ansvarar för att')).toBe(true);
    expect(leadContinuesRole('Chefer', ' även för att')).toBe(true);
    expect(leadContinuesRole('Chefer', 'Chefen ansvarar för att')).toBe(false);
    expect(leadContinuesRole('Chefer', 'Ävenså')).toBe(false);
    expect(leadContinuesRole('Chefer', '… och för att')).toBe(false);
    expect(leadContinuesRole('Chefer', '')).toBe(false);
    expect(leadContinuesRole('', 'ansvarar för att')).toBe(false);
  });
});
