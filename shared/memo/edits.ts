import type { DocumentHeader } from '../model/document';
import type { DecisionGroup, Memo, MemoAssessment } from '../model/memo';
import { moveItem } from './template-edits';

/** What the memo form edits: the memo, and the document's title and metadata beside it. */
export type MemoDraft = Pick<DocumentHeader, 'title' | 'metadata'> & { memo: Memo };

/*
 * The edits of the memo form. Each returns a new memo and leaves the one it was given alone: the form
 * hands the result to an autosaved draft, which compares it with the stored one.
 */

export function changeGroup(memo: Memo, groupIndex: number, changes: Partial<DecisionGroup>): Memo {
  return { ...memo, proposal: memo.proposal.map((group, at) => (at === groupIndex ? { ...group, ...changes } : group)) };
}

/** A new group of decision points starts with one empty point, ready to be written. */
export function addGroup(memo: Memo, id: string): Memo {
  return { ...memo, proposal: [...memo.proposal, { id, body: '', points: [''] }] };
}

/** A point at the end of the group: empty to be written, or one of the organisation's standard points. */
export function addPoint(memo: Memo, groupIndex: number, text = ''): Memo {
  const points = memo.proposal[groupIndex]?.points ?? [];
  // A standard point takes the place of an empty point left at the end, so that none stands unwritten.
  const kept = text && points.at(-1)?.trim() === '' ? points.slice(0, -1) : points;
  return changeGroup(memo, groupIndex, { points: [...kept, text] });
}

export function setPoint(memo: Memo, groupIndex: number, pointIndex: number, text: string): Memo {
  const points = memo.proposal[groupIndex]?.points ?? [];
  return changeGroup(memo, groupIndex, { points: points.map((each, at) => (at === pointIndex ? text : each)) });
}

export function removePoint(memo: Memo, groupIndex: number, pointIndex: number): Memo {
  const points = memo.proposal[groupIndex]?.points ?? [];
  return changeGroup(memo, groupIndex, { points: points.filter((_, at) => at !== pointIndex) });
}

export function setAssessment(memo: Memo, assessment: MemoAssessment, text: string): Memo {
  return { ...memo, assessments: { ...memo.assessments, [assessment]: text } };
}

/** Who gets the decision is written one recipient a line; lines are kept as typed, empty ones too, so typing a new line works. */
export function setSendTo(memo: Memo, text: string): Memo {
  return { ...memo, sendTo: text.split('\n') };
}

export function sendToText(memo: Memo): string {
  return memo.sendTo.join('\n');
}

/** A new signatory signs last; the official moves them where they belong (moveSignatory). */
export function setSignatory(memo: Memo, personId: string, signs: boolean): Memo {
  return { ...memo, signatoryIds: signs ? [...memo.signatoryIds, personId] : memo.signatoryIds.filter((id) => id !== personId) };
}

/** The signatures print in this order, which the form shows; one place earlier (-1) or later (+1). */
export function moveSignatory(memo: Memo, personId: string, by: -1 | 1): Memo {
  return { ...memo, signatoryIds: moveItem(memo.signatoryIds, personId, by) };
}

export function addAttachment(memo: Memo, documentId: string): Memo {
  return { ...memo, attachmentIds: [...memo.attachmentIds, documentId] };
}

export function removeAttachment(memo: Memo, documentId: string): Memo {
  return { ...memo, attachmentIds: memo.attachmentIds.filter((id) => id !== documentId) };
}

/** The documents that may be attached: not a memo, not in the trash, not attached already. */
export function attachmentCandidates(memo: Memo, library: Iterable<DocumentHeader>): DocumentHeader[] {
  return [...library].filter(
    (header) => header.id !== undefined && header.kind !== 'tjansteskrivelse' && header.deletedAt === null && !memo.attachmentIds.includes(header.id),
  );
}

/** The registry number is the document's metadata, not the memo's: the change is to the draft. */
export function setRegistryNumber(draft: MemoDraft, registryNumber: string): Pick<MemoDraft, 'metadata'> {
  return { metadata: { ...draft.metadata, registryNumber } };
}
