import { describe, expect, it } from 'vitest';
import { moveSignatory, setSignatory } from '../../../../shared/memo/edits';
import { memoLayout, partsOf } from '../../../../shared/memo/layout';
import { bodyMidSentence, proposalHeading } from '../../../../shared/memo/words';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { DEFAULT_MEMO_TEMPLATE, type MemoTemplate } from '../../../../shared/model/memo-template';
import type { Organisation } from '../../../../shared/model/organisation';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
const sampleMemo = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`)[3] as HandbokDocument & { memo: Memo };
const withTemplate = (changes: Partial<MemoTemplate>): Organisation => ({ ...sampleOrganisation, memoSettings: { ...sampleOrganisation.memoSettings, template: { ...DEFAULT_MEMO_TEMPLATE, ...changes } } });
const oneBody = (points: string[]) => {
  const memo = sampleMemo();
  return { ...memo, memo: { ...memo.memo, proposal: [{ id: 'g', body: 'Rinkeby-Kista stadsdelsnämnd', points }] } };
};

describe('the proposal', () => {
  it('heads the points of a single body when the template asks, in the body’s own case', () => {
    const proposal = (organisation: Organisation) => partsOf(memoLayout(oneBody(['Tjänsteutlåtandet utgör svar på remissen.']), organisation, () => undefined), 'proposal')[0]!;
    expect(proposal(sampleOrganisation).groups[0]!.heading).toBeNull();
    expect(proposal(withTemplate({ proposalHeadings: 'always' })).groups[0]!.heading).toBe('Förslag till beslut i Rinkeby-Kista stadsdelsnämnd');
  });

  it('numbers a single point or not as the template says; several points are always numbered', () => {
    const numbered = (organisation: Organisation, points: string[]) => partsOf(memoLayout(oneBody(points), organisation, () => undefined), 'proposal')[0]!.numbered;
    expect(numbered(sampleOrganisation, ['Stadsdelsnämnden beslutar att svara.'])).toBe(true);
    expect(numbered(withTemplate({ numberSinglePoint: false }), ['Stadsdelsnämnden beslutar att svara.'])).toBe(false);
    expect(numbered(withTemplate({ numberSinglePoint: false }), ['Tjänsteutlåtandet utgör svar på remissen.', 'Omedelbar justering.'])).toBe(true);
  });
});

describe('a body’s name mid-sentence', () => {
  it.each([
    ['Kommunstyrelsen', 'kommunstyrelsen'],
    ['Kommunfullmäktige', 'kommunfullmäktige'],
    ['Barn- och utbildningsnämnden', 'barn- och utbildningsnämnden'],
    ['Rinkeby-Kista stadsdelsnämnd', 'Rinkeby-Kista stadsdelsnämnd'],
    ['Stadsdelsnämnden Rinkeby', 'Stadsdelsnämnden Rinkeby'],
    ['Sjöviks kommunstyrelse', 'Sjöviks kommunstyrelse'],
    ['KS', 'KS'],
  ])('writes %s as “%s”', (name, expected) => {
    expect(bodyMidSentence(name)).toBe(expected);
    expect(proposalHeading('Förslag till beslut', name)).toBe(`Förslag till beslut i ${expected}`);
  });
});

describe('the signatures', () => {
  it('print in the order the official sets, not the order they were ticked', () => {
    const memo = sampleMemo();
    const ticked = setSignatory(setSignatory({ ...memo.memo, signatoryIds: [] }, 'p1', true), 'p2', true);
    expect(ticked.signatoryIds).toEqual(['p1', 'p2']);
    const moved = moveSignatory(ticked, 'p2', -1);
    expect(moved.signatoryIds).toEqual(['p2', 'p1']);
    expect(moveSignatory(moved, 'p2', -1).signatoryIds).toEqual(['p2', 'p1']);
    expect(partsOf(memoLayout({ ...memo, memo: moved }, sampleOrganisation, () => undefined), 'signatures')[0]!.signatures.map((each) => each.name)).toEqual(['Ahmed Haddad', 'Karin Lund']);
  });
});
