import { describe, expect, it } from 'vitest';
import { checkMemo } from '../../../../shared/memo/checks';
import { memoLayout, partsOf } from '../../../../shared/memo/layout';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { expectLinear } from '../../../support/linear-time';
import { EMPTY_MEMO_TEXT, memoTextFromPlain } from '../../../../shared/model/memo-text';

let id = 0;
const library = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
const sampleMemo = () => {
  const documents = library();
  return { memo: documents[3] as HandbokDocument & { memo: Memo }, handbook: documents[0]! };
};
const codes = (memo: HandbokDocument & { memo: Memo }) => checkMemo(memo, memo.memo, sampleOrganisation).problems;

describe('checkMemo', () => {
  it('names every required part that is empty', () => {
    const { memo } = sampleMemo();
    const empty = { ...memo, title: '', metadata: {}, memo: { ...memo.memo, date: '', officerId: '', recipientId: 'gone', description: EMPTY_MEMO_TEXT, opinion: EMPTY_MEMO_TEXT, assessments: {}, proposal: [], signatoryIds: [] } };
    expect(codes(empty)).toEqual([
      { code: 'missing-part', part: 'date' },
      { code: 'missing-part', part: 'registryNumber' },
      { code: 'missing-part', part: 'officer' },
      { code: 'missing-part', part: 'recipient' },
      { code: 'missing-part', part: 'title' },
      { code: 'missing-part', part: 'description' },
      { code: 'missing-part', part: 'opinion' },
      { code: 'missing-assessment', assessment: 'ekonomi' },
      { code: 'missing-assessment', assessment: 'barn' },
      { code: 'missing-part', part: 'proposal' },
      { code: 'missing-part', part: 'signatures' },
    ]);
  });

  it('wants every decision point a complete sentence that names the deciding body', () => {
    const { memo } = sampleMemo();
    const points = [
      'kommunfullmäktige beslutar att anta handboken',
      'Handboken antas av någon.',
      'Kommunfullmäktige beslutar att anta handboken.',
      '[Beslutande organ] beslutar att upphäva handboken.',
      'Kommunstyrelsen tillstyrker',
    ];
    const withPoints = { ...memo, memo: { ...memo.memo, proposal: [{ id: 'g', body: '', points }] } };
    expect(codes(withPoints)).toEqual([
      { code: 'incomplete-point', group: 1, point: 1, reason: 'not-a-sentence' },
      { code: 'incomplete-point', group: 1, point: 2, reason: 'no-body' },
      { code: 'incomplete-point', group: 1, point: 4, reason: 'no-body' },
      { code: 'incomplete-point', group: 1, point: 5, reason: 'not-a-sentence' },
    ]);
  });

  it('asks for a summary when the description is long, and measures LIX', () => {
    const { memo } = sampleMemo();
    const long = { ...memo, memo: { ...memo.memo, description: memoTextFromPlain('Förvaltningen har gått igenom dokumentet noga. '.repeat(40)) } };
    expect(codes(long)).toEqual([{ code: 'summary-needed', words: 240 }]);
    expect(codes({ ...long, memo: { ...long.memo, summary: memoTextFromPlain('Kort.') } })).toEqual([]);
    expect(checkMemo(memo, memo.memo, sampleOrganisation).lix?.value).toBeGreaterThan(20);
  });
});

describe('memoLayout', () => {
  it('writes the parts in the skeleton’s order under the organisation’s own names, and resolves people, bodies and attachments', () => {
    const { memo, handbook } = sampleMemo();
    const organisation = { ...sampleOrganisation, memoSettings: { assessments: ['ekonomi' as const, 'barn' as const], partNames: { description: 'Bakgrund', barn: 'Prövning av barnets bästa' } } };
    const layout = memoLayout(memo, organisation, (target) => (target === handbook.id ? handbook : undefined));
    expect(partsOf(layout, 'section').map((section) => section.heading)).toEqual(['Bakgrund', 'Förvaltningens yttrande', 'Ekonomisk bedömning', 'Prövning av barnets bästa']);
    expect(layout.header).toEqual([
      ['Datum', '2026-10-05'],
      ['Diarienummer', 'KS 2026/140'],
      ['Handläggare', 'Karin Lund, Kvalitetsstrateg, 0123-45 67 01, karin.lund@sjovik.se'],
      ['Till', 'Kommunstyrelsen'],
    ]);
    expect(partsOf(layout, 'proposal')[0]!.groups).toEqual([{ heading: null, points: memo.memo.proposal[0]!.points }]);
    expect(partsOf(layout, 'signatures')[0]!.signatures).toEqual([
      { name: 'Ahmed Haddad', title: 'Kommundirektör' },
      { name: 'Karin Lund', title: 'Kvalitetsstrateg' },
    ]);
    expect(partsOf(layout, 'attachments')[0]!.items).toEqual(['Bilaga 1: Kvalitetshandbok för Sjövik kommun (KS 2024/312)']);
  });

  it('labels the registry number as the organisation labels it in its metadata', () => {
    const { memo } = sampleMemo();
    const organisation = { ...sampleOrganisation, metadataLabels: { registryNumber: 'Dnr' } };
    expect(memoLayout(memo, organisation, () => undefined).header[1]).toEqual(['Dnr', 'KS 2026/140']);
  });

  it('heads each body’s decision points when the proposal goes to more than one body', () => {
    const { memo } = sampleMemo();
    const twoBodies = {
      ...memo,
      memo: {
        ...memo.memo,
        proposal: [
          { id: 'a', body: 'Kommunstyrelsen', points: ['Kommunstyrelsen föreslår kommunfullmäktige att anta handboken.'] },
          { id: 'b', body: 'Kommunfullmäktige', points: ['Kommunfullmäktige beslutar att anta handboken.'] },
        ],
      },
    };
    expect(partsOf(memoLayout(twoBodies, sampleOrganisation, () => undefined), 'proposal')[0]!.groups.map((group) => group.heading)).toEqual([
      'Förslag till beslut i kommunstyrelsen',
      'Förslag till beslut i kommunfullmäktige',
    ]);
  });
});

describe('a memo with a long run of dots in a part (61 KB froze the window on opening)', () => {
  const withDots = (size: number) => {
    const { memo } = sampleMemo();
    const dots = '.'.repeat(size);
    return { ...memo, memo: { ...memo.memo, description: memoTextFromPlain(`Bakgrund ${dots}slut\n\n${dots}`), opinion: memoTextFromPlain(`Förvaltningen ${dots} tycker`) } };
  };
  it('is checked in linear time', () => expectLinear(withDots, (memo) => checkMemo(memo, memo.memo, sampleOrganisation)));
  it('is laid out in linear time', () => expectLinear(withDots, (memo) => memoLayout(memo, sampleOrganisation, () => undefined)));
});
