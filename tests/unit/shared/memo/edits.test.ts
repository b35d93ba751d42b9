import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  addGroup,
  addPoint,
  attachmentCandidates,
  changeGroup,
  moveAttachment,
  removeAttachment,
  setAttachmentText,
  whyNoCandidates,
  removePoint,
  sendToText,
  setAssessment,
  setPoint,
  setRegistryNumber,
  setSendTo,
  setSignatory,
  type MemoDraft,
} from '../../../../shared/memo/edits';
import type { DocumentHeader } from '../../../../shared/model/document';
import { memoSchema, type Memo } from '../../../../shared/model/memo';
import { memoTextFromPlain } from '../../../../shared/model/memo-text';

const memo = (changes: Partial<Memo> = {}): Memo => ({
  ...memoSchema.parse({}),
  proposal: [
    { id: 'ks', body: 'Kommunstyrelsen', points: ['anta riktlinjen', 'ge förvaltningen i uppdrag att följa upp'] },
    { id: 'kf', body: 'Kommunfullmäktige', points: ['anta policyn'] },
  ],
  ...changes,
});

/** Every edit leaves the memo it was given as it was: the draft compares old and new. */
function unchanged(edit: (given: Memo) => Memo, given = memo()): Memo {
  const before = structuredClone(given);
  const after = edit(given);
  expect(given).toEqual(before);
  expect(after).not.toBe(given);
  return after;
}

describe('memo edits: the proposal', () => {
  it('changes one group and keeps the others as they are', () => {
    const before = memo();
    const after = unchanged((given) => changeGroup(given, 1, { body: 'Barn- och utbildningsnämnden' }), before);
    expect(after.proposal.map((group) => group.body)).toEqual(['Kommunstyrelsen', 'Barn- och utbildningsnämnden']);
    expect(after.proposal[0]).toBe(before.proposal[0]);
  });

  it('adds a group with the id it is given and one empty point to write in', () => {
    const after = unchanged((given) => addGroup(given, 'new-group'));
    expect(after.proposal.at(-1)).toEqual({ id: 'new-group', body: '', points: [''] });
    expect(after.proposal).toHaveLength(3);
  });

  it('adds an empty point at the end of a group', () => {
    expect(unchanged((given) => addPoint(given, 1)).proposal[1]!.points).toEqual(['anta policyn', '']);
  });

  it('writes one point of one group', () => {
    const after = unchanged((given) => setPoint(given, 0, 1, 'ge förvaltningen i uppdrag att följa upp årligen'));
    expect(after.proposal[0]!.points).toEqual(['anta riktlinjen', 'ge förvaltningen i uppdrag att följa upp årligen']);
    expect(after.proposal[1]!.points).toEqual(['anta policyn']);
  });

  it('removes one point, and may leave a group without points', () => {
    expect(unchanged((given) => removePoint(given, 0, 0)).proposal[0]!.points).toEqual(['ge förvaltningen i uppdrag att följa upp']);
    expect(removePoint(memo(), 1, 0).proposal[1]!.points).toEqual([]);
  });

  it('leaves the proposal alone when the group does not exist', () => {
    expect(setPoint(memo(), 5, 0, 'x').proposal).toEqual(memo().proposal);
    expect(removePoint(memo(), 5, 0).proposal).toEqual(memo().proposal);
  });
});

describe('memo edits: the other parts', () => {
  it('writes an assessment and keeps the others', () => {
    const [costs, children] = [memoTextFromPlain('Inga kostnader.'), memoTextFromPlain('Beslutet berör inte barn.')];
    const after = unchanged((given) => setAssessment(given, 'barn', children), memo({ assessments: { ekonomi: costs } }));
    expect(after.assessments).toEqual({ ekonomi: costs, barn: children });
  });

  it('keeps who gets the decision one a line, empty lines too, so a new line can be typed', () => {
    const after = unchanged((given) => setSendTo(given, 'Kommunstyrelsen\nSocialnämnden\n'));
    expect(after.sendTo).toEqual(['Kommunstyrelsen', 'Socialnämnden', '']);
    expect(sendToText(after)).toBe('Kommunstyrelsen\nSocialnämnden\n');
  });

  it('adds and removes a signatory', () => {
    const signed = unchanged((given) => setSignatory(given, 'anna', true), memo({ signatoryIds: ['bo'] }));
    expect(signed.signatoryIds).toEqual(['bo', 'anna']);
    expect(unchanged((given) => setSignatory(given, 'bo', false), signed).signatoryIds).toEqual(['anna']);
  });

  it('adds bilagor of every kind, moves and removes them, and never lists a library document twice', () => {
    const policy = { kind: 'document', id: 'a1', documentId: 'policy' } as const;
    const file = { kind: 'file', id: 'f1', name: 'Protokoll.pdf', fileType: 'pdf', size: 2048 } as const;
    const text = { kind: 'text', id: 't1', text: '' } as const;
    let attached = unchanged((given) => addAttachment(given, file), memo({ attachments: [policy] }));
    attached = unchanged((given) => addAttachment(given, text), attached);
    expect(attached.attachments.map((each) => each.id)).toEqual(['a1', 'f1', 't1']);
    expect(addAttachment(attached, { kind: 'document', id: 'again', documentId: 'policy' })).toBe(attached);
    expect(unchanged((given) => setAttachmentText(given, 't1', 'Protokoll KS § 40'), attached).attachments[2]).toEqual({ ...text, text: 'Protokoll KS § 40' });
    expect(unchanged((given) => moveAttachment(given, 't1', -1), attached).attachments.map((each) => each.id)).toEqual(['a1', 't1', 'f1']);
    expect(moveAttachment(attached, 'a1', -1)).toBe(attached);
    expect(unchanged((given) => removeAttachment(given, 'f1'), attached).attachments.map((each) => each.id)).toEqual(['a1', 't1']);
  });

  it('offers any document of the library, memos included, but not the memo itself, one in the trash or one attached already', () => {
    const header = (id: string, changes: Partial<DocumentHeader> = {}) => ({ id, kind: 'riktlinje', deletedAt: null, ...changes }) as DocumentHeader;
    const library = [header('policy'), header('riktlinje'), header('other-memo', { kind: 'tjansteskrivelse' }), header('self', { kind: 'tjansteskrivelse' }), header('gone', { deletedAt: '2026-01-01T00:00:00.000Z' })];
    const given = memo({ attachments: [{ kind: 'document', id: 'a1', documentId: 'policy' }] });
    expect(attachmentCandidates(given, 'self', library).map((each) => each.id)).toEqual(['riktlinje', 'other-memo']);
    expect(whyNoCandidates(given, 'self', library)).toBeNull();
    expect(whyNoCandidates(given, 'self', [header('self'), header('gone', { deletedAt: '2026-01-01T00:00:00.000Z' })])).toBe('empty-library');
    expect(whyNoCandidates(given, 'self', [header('self'), header('policy')])).toBe('all-attached');
  });

  it('writes the registry number into the metadata of the document, keeping its other fields', () => {
    const draft = { title: 'Tjänsteskrivelse', metadata: { owner: 'Kvalitetschef' }, memo: memo() } as MemoDraft;
    expect(setRegistryNumber(draft, 'KS 2026/12')).toEqual({ metadata: { owner: 'Kvalitetschef', registryNumber: 'KS 2026/12' } });
    expect(draft.metadata).toEqual({ owner: 'Kvalitetschef' });
  });
});
