import { describe, expect, it } from 'vitest';
import { checkMemo } from '../../../../shared/memo/checks';
import { addPoint } from '../../../../shared/memo/edits';
import { memoLayout, partsOf } from '../../../../shared/memo/layout';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
const sampleMemo = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`)[3] as HandbokDocument & { memo: Memo };
const remissvar = (remiss: Memo['remiss'], points: string[]) => {
  const memo = sampleMemo();
  return { ...memo, memo: { ...memo.memo, matter: 'remissvar' as const, remiss, proposal: [{ id: 'g', body: 'Socialnämnden', points }] } };
};
const KS_REMISS = { from: 'Kommunstyrelsen', registryNumber: 'KS 2026/1322', answerBy: '2026-11-30' };

describe('a remissvar', () => {
  it('with a remitting body and standard points passes the checks', () => {
    const memo = remissvar(KS_REMISS, ['Tjänsteskrivelsen utgör svar på remissen.', 'Omedelbar justering']);
    expect(checkMemo(memo, memo.memo, sampleOrganisation).problems).toEqual([]);
  });

  it('asks who sent the remiss, and accepts only the organisation’s own standard phrases as they are', () => {
    const memo = remissvar({ from: '', registryNumber: '', answerBy: '' }, ['Omedelbar justering.']);
    const strict = { ...sampleOrganisation, memoSettings: { ...sampleOrganisation.memoSettings, standardPoints: ['Paragrafen justeras omedelbart.'] } };
    expect(checkMemo(memo, memo.memo, strict).problems).toEqual([
      { code: 'missing-part', part: 'remiss' },
      { code: 'incomplete-point', group: 1, point: 1, reason: 'no-body' },
    ]);
  });

  it('prints the remiss right after the title, the remitting body in its own case', () => {
    const memo = remissvar(KS_REMISS, ['Omedelbar justering.']);
    const layout = memoLayout(memo, sampleOrganisation, () => undefined);
    expect(layout.parts[0]).toEqual({ part: 'remiss', lines: ['Remiss från kommunstyrelsen (KS 2026/1322)', 'Svar senast 2026-11-30'] });
    // Another kind of memo has no remiss, whatever it holds.
    expect(partsOf(memoLayout({ ...memo, memo: { ...memo.memo, matter: 'anta' } }, sampleOrganisation, () => undefined), 'remiss')).toEqual([]);
  });

  it('gets a standard point in place of an empty one left at the end', () => {
    const memo = remissvar(KS_REMISS, ['Socialnämnden beslutar att svara.', '']).memo;
    expect(addPoint(memo, 0, 'Omedelbar justering.').proposal[0]!.points).toEqual(['Socialnämnden beslutar att svara.', 'Omedelbar justering.']);
    expect(addPoint(memo, 0).proposal[0]!.points).toEqual(['Socialnämnden beslutar att svara.', '', '']);
  });
});
