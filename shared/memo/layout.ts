import type { HandbokDocument } from '../model/document';
import { MEMO_TEXT_PARTS, type Memo } from '../model/memo';
import type { Organisation } from '../model/organisation';
import { metadataLabel } from '../i18n/document-names';
import type { ReferenceTarget } from '../model/reference-target';
import type { SerializedNode } from '../model/content';
import type { MemoAttachment } from '../model/memo-attachment';
import { isBlankMemoText, memoTextBlocks, type MemoText } from '../model/memo-text';
import { ASSESSMENTS_IN_ORDER, MEMO_HEADER, memoPartName, proposalHeading } from './words';

/** A text part or an assessment: a heading and its rich text (paragraphs, lists, sub-headings …). */
export interface MemoSectionLayout {
  part: 'section';
  heading: string;
  /** The part's blocks, in the document's content model; every heading in it a sub-heading (h3). */
  content: SerializedNode[];
}
export interface MemoProposalLayout {
  part: 'proposal';
  heading: string;
  groups: { heading: string | null; points: string[] }[];
}
export interface MemoSendToLayout {
  part: 'sendTo';
  heading: string;
  recipients: string[];
}
export interface MemoSignaturesLayout {
  part: 'signatures';
  signatures: { name: string; title: string }[];
}
export interface MemoAttachmentsLayout {
  part: 'attachments';
  heading: string;
  items: string[];
}
/** One part of the memo below its title, as the exports draw it; parts with nothing to show are left out. */
export type MemoLayoutPart = MemoSectionLayout | MemoProposalLayout | MemoSendToLayout | MemoSignaturesLayout | MemoAttachmentsLayout;

/** A memo resolved for print: every name looked up, the parts below the title in the order they are printed. */
export interface MemoLayout {
  organisation: string;
  unit: string;
  /** The word at the top that says what the paper is: "TJÄNSTESKRIVELSE". */
  kindWord: string;
  title: string;
  /** Label and value pairs of the header: date, registry number, handläggare, recipient. */
  header: [string, string][];
  parts: MemoLayoutPart[];
  /** Registry number for the footer. */
  registryNumber: string;
}

/** The parts of one kind, for a reader (or a test) that wants one. */
export function partsOf<K extends MemoLayoutPart['part']>(layout: MemoLayout, part: K): Extract<MemoLayoutPart, { part: K }>[] {
  return layout.parts.filter((candidate): candidate is Extract<MemoLayoutPart, { part: K }> => candidate.part === part);
}

/**
 * The memo in the order of its fixed skeleton (domain.md): header, title, summary, description, the
 * office's opinion, the assessments, the proposal (numbered points, under the body they go to when
 * there is more than one), who gets the decision, the signatures and the attachments.
 */
export function memoLayout(document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, resolve: (id: string) => ReferenceTarget | undefined): MemoLayout {
  const { memo } = document;
  const settings = organisation?.memoSettings;
  const person = (id: string) => organisation?.people.find((candidate) => candidate.id === id);
  const officer = person(memo.officerId);
  const recipient = organisation?.bodies.find((body) => body.id === memo.recipientId)?.name ?? '';
  const officerLine = officer ? [officer.name, officer.title, officer.phone, officer.email].map((part) => part.trim()).filter(Boolean).join(', ') : '';
  const header: [string, string][] = [
    [MEMO_HEADER.date, memo.date],
    // The registry number is the document's metadata, under the label the organisation gave it.
    [metadataLabel('registryNumber', organisation?.metadataLabels ?? {}), document.metadata.registryNumber ?? ''],
    [MEMO_HEADER.officer, officerLine],
    [MEMO_HEADER.recipient, recipient],
  ];
  const assessments = ASSESSMENTS_IN_ORDER.filter((assessment) => assessment in memo.assessments || settings?.assessments.includes(assessment));
  // A part with nothing written is left out of the memo (an empty assessment is the checks' business).
  const section = (heading: string, value: MemoText | undefined): MemoSectionLayout[] => (isBlankMemoText(value) ? [] : [{ part: 'section', heading, content: memoTextBlocks(value) }]);
  const sections = [
    ...MEMO_TEXT_PARTS.flatMap((part) => section(memoPartName(part, settings), memo[part])),
    ...assessments.flatMap((assessment) => section(memoPartName(assessment, settings), memo.assessments[assessment])),
  ];
  const groups = memo.proposal
    .map((group) => ({ body: group.body, points: group.points.map((point) => point.trim()).filter(Boolean) }))
    .filter((group) => group.points.length > 0);
  const proposalName = memoPartName('proposal', settings);
  const parts: MemoLayoutPart[] = [
    ...sections,
    {
      part: 'proposal',
      heading: proposalName,
      groups: groups.map((group) => ({ heading: groups.length > 1 ? proposalHeading(proposalName, group.body) : null, points: group.points })),
    },
    { part: 'sendTo', heading: memoPartName('sendTo', settings), recipients: memo.sendTo.map((line) => line.trim()).filter(Boolean) },
    {
      part: 'signatures',
      signatures: memo.signatoryIds.flatMap((id) => {
        const signatory = person(id);
        return signatory ? [{ name: signatory.name, title: signatory.title }] : [];
      }),
    },
    {
      part: 'attachments',
      heading: memoPartName('attachments', settings),
      items: memo.attachments.map((attachment, index) => `${MEMO_HEADER.attachment(index + 1)}: ${attachmentName(attachment, resolve)}`),
    },
  ];
  return {
    organisation: organisation?.name ?? '',
    unit: organisation?.unit ?? '',
    kindWord: MEMO_HEADER.kindWord,
    title: document.title,
    header: header.filter(([, value]) => value.trim()),
    parts: parts.filter(hasContent),
    registryNumber: document.metadata.registryNumber?.trim() ?? '',
  };
}

/** What a bilaga is called in the list: a document by its title and registry number, a file by its name, a text as written. */
export function attachmentName(attachment: MemoAttachment, resolve: (id: string) => ReferenceTarget | undefined): string {
  switch (attachment.kind) {
    case 'document': {
      const target = resolve(attachment.documentId);
      const registry = target?.metadata.registryNumber?.trim();
      return target ? `${target.title}${registry ? ` (${registry})` : ''}` : 'dokumentet finns inte i biblioteket';
    }
    case 'file':
      return attachment.name;
    case 'text':
      return attachment.text.trim() || 'bilaga utan namn';
  }
}

function hasContent(part: MemoLayoutPart): boolean {
  switch (part.part) {
    case 'section':
      return part.content.length > 0;
    case 'proposal':
      return part.groups.length > 0;
    case 'sendTo':
      return part.recipients.length > 0;
    case 'signatures':
      return part.signatures.length > 0;
    case 'attachments':
      return part.items.length > 0;
  }
}
