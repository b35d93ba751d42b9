import type { DocumentHeader } from '../model/document';
import type { DecisionGroup, Memo, MemoAssessment } from '../model/memo';
import { attachedDocumentIds, type MemoAttachment } from '../model/memo-attachment';
import type { MemoText } from '../model/memo-text';
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

export function setAssessment(memo: Memo, assessment: MemoAssessment, text: MemoText): Memo {
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

/** Appends a bilaga of any kind; a library document already listed is not listed twice. */
export function addAttachment(memo: Memo, attachment: MemoAttachment): Memo {
  if (attachment.kind === 'document' && attachedDocumentIds(memo.attachments).includes(attachment.documentId)) return memo;
  return { ...memo, attachments: [...memo.attachments, attachment] };
}

export function removeAttachment(memo: Memo, attachmentId: string): Memo {
  return { ...memo, attachments: memo.attachments.filter((attachment) => attachment.id !== attachmentId) };
}

/** Moves a bilaga one place up (-1) or down (+1); at either end it stays. Its number follows its place. */
export function moveAttachment(memo: Memo, attachmentId: string, step: -1 | 1): Memo {
  const from = memo.attachments.findIndex((attachment) => attachment.id === attachmentId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= memo.attachments.length) return memo;
  const attachments = [...memo.attachments];
  [attachments[from], attachments[to]] = [attachments[to]!, attachments[from]!];
  return { ...memo, attachments };
}

/** A text bilaga's line as typed. */
export function setAttachmentText(memo: Memo, attachmentId: string, text: string): Memo {
  return { ...memo, attachments: memo.attachments.map((attachment) => (attachment.id === attachmentId && attachment.kind === 'text' ? { ...attachment, text } : attachment)) };
}

/**
 * The library documents that may be attached: any kind, memos included, but not the memo itself, not
 * one in the trash and not one attached already.
 */
export function attachmentCandidates(memo: Memo, memoId: string | undefined, library: Iterable<DocumentHeader>): DocumentHeader[] {
  const attached = attachedDocumentIds(memo.attachments);
  return [...library].filter((header) => header.id !== undefined && header.id !== memoId && header.deletedAt === null && !attached.includes(header.id));
}

/** Why no library document can be added, for the form to say so; null when some can. */
export function whyNoCandidates(memo: Memo, memoId: string | undefined, library: Iterable<DocumentHeader>): 'empty-library' | 'all-attached' | null {
  const others = [...library].filter((header) => header.id !== memoId && header.deletedAt === null);
  if (!others.length) return 'empty-library';
  return attachmentCandidates(memo, memoId, others).length ? null : 'all-attached';
}

/** The registry number is the document's metadata, not the memo's: the change is to the draft. */
export function setRegistryNumber(draft: MemoDraft, registryNumber: string): Pick<MemoDraft, 'metadata'> {
  return { metadata: { ...draft.metadata, registryNumber } };
}
