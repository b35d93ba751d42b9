import type { HandbokDocument } from '../model/document';
import { MEMO_TEXT_PARTS, type Memo, type MemoTextPart, type Remiss } from '../model/memo';
import { ownPartId, templateOrder, type MemoBuiltinPart, type MemoHeaderFact, type MemoPartKey } from '../model/memo-template';
import type { Organisation, Person } from '../model/organisation';
import { metadataLabel } from '../i18n/document-names';
import type { ReferenceTarget } from '../model/reference-target';
import type { SerializedNode } from '../model/content';
import type { MemoAttachment } from '../model/memo-attachment';
import { isBlankMemoText, memoTextBlocks, type MemoText } from '../model/memo-text';
import { ASSESSMENTS_IN_ORDER, HEADER_FACT_LABELS, MEMO_HEADER, bodyMidSentence, memoPartName, memoTemplate, proposalHeading, templatePartName } from './words';

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
  /** False for a lone point that the template leaves without "1.". */
  numbered: boolean;
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
/** The remiss a remissvar answers, as lines without a heading of their own. */
export interface MemoRemissLayout {
  part: 'remiss';
  lines: string[];
}
/** One part of the memo below its title, as the exports draw it; parts with nothing to show are left out. */
export type MemoLayoutPart = MemoRemissLayout | MemoSectionLayout | MemoProposalLayout | MemoSendToLayout | MemoSignaturesLayout | MemoAttachmentsLayout;

/** A memo resolved for print: every name looked up, the parts below the title in the order they are printed. */
export interface MemoLayout {
  organisation: string;
  unit: string;
  /** The word at the top that says what the paper is: "TJÄNSTESKRIVELSE". */
  kindWord: string;
  title: string;
  /** Label and value pairs of the header in the template's order: date, registry number, handläggare, recipient. A value of several lines has them joined by "\n". */
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
 * The memo in the order of the organisation's template (memo-template.ts; without one, the skeleton of
 * domain.md): the header's facts in the template's order under its labels, the title, then the parts.
 * The proposal's points stand under the body they go to when there is more than one body, or always
 * when the template says so; the signatures in the order the official set.
 */
export function memoLayout(document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, resolve: (id: string) => ReferenceTarget | undefined): MemoLayout {
  const { memo } = document;
  const settings = organisation?.memoSettings;
  const template = memoTemplate(settings);
  const person = (id: string) => organisation?.people.find((candidate) => candidate.id === id);
  const parts = templateOrder(template, (key) => partHasText(memo, key)).flatMap((key) => layoutPart(key, document, organisation, resolve));
  return {
    organisation: organisation?.name ?? '',
    unit: organisation?.unit ?? '',
    kindWord: (template.kindWord.trim() || MEMO_HEADER.kindWord).toLocaleUpperCase('sv'),
    title: document.title,
    header: template.header
      .map(({ fact, label }): [string, string] => [label.trim() || defaultLabel(fact, organisation), headerValue(fact, document, organisation, template.officerOnLines, person)])
      .filter(([, value]) => value.trim()),
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

const defaultLabel = (fact: MemoHeaderFact, organisation: Organisation | null) =>
  // The registry number is the document's metadata, under the label the organisation gave it.
  fact === 'registryNumber' ? metadataLabel('registryNumber', organisation?.metadataLabels ?? {}) : HEADER_FACT_LABELS[fact];

/** A header fact's value; the handläggare on one line, or name, title, phone and e-mail each on its own (lines joined by "\n"). */
function headerValue(fact: MemoHeaderFact, document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, onLines: boolean, person: (id: string) => Person | undefined): string {
  const { memo } = document;
  switch (fact) {
    case 'date':
      return memo.date;
    case 'registryNumber':
      return document.metadata.registryNumber ?? '';
    case 'recipient':
      return organisation?.bodies.find((body) => body.id === memo.recipientId)?.name ?? '';
    case 'officer': {
      const officer = person(memo.officerId);
      if (!officer) return '';
      if (!onLines) return [officer.name, officer.title, officer.phone, officer.email].map((part) => part.trim()).filter(Boolean).join(', ');
      const phone = officer.phone.trim() && `${MEMO_HEADER.phone}: ${officer.phone.trim()}`;
      return [officer.name.trim(), officer.title.trim(), phone, officer.email.trim()].filter(Boolean).join('\n');
    }
  }
}

/** True when the memo has text in a part: such a part is printed (and shown in the form) even when the template has left it out. */
export function partHasText(memo: Memo, key: MemoPartKey): boolean {
  const own = ownPartId(key);
  if (own !== null) return !isBlankMemoText(memo.ownParts[own]);
  return (MEMO_TEXT_PARTS as readonly string[]).includes(key) && !isBlankMemoText(memo[key as MemoTextPart]);
}

/** A text part; one with nothing written has no content and is left out of the memo (an empty required part is the checks' business). */
const section = (heading: string, text: MemoText | undefined): MemoSectionLayout => ({ part: 'section', heading, content: isBlankMemoText(text) ? [] : memoTextBlocks(text) });

/** One place of the template as the parts it prints (the assessments are several, a part with nothing to print still one). */
function layoutPart(key: MemoPartKey, document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, resolve: (id: string) => ReferenceTarget | undefined): MemoLayoutPart[] {
  const { memo } = document;
  const settings = organisation?.memoSettings;
  const template = memoTemplate(settings);
  const own = ownPartId(key);
  if (own !== null) return [section(templatePartName(key, settings), memo.ownParts[own])];
  switch (key as MemoBuiltinPart) {
    case 'remiss':
      return memo.matter === 'remissvar' ? [{ part: 'remiss', lines: remissLines(memo.remiss) }] : [];
    case 'summary':
    case 'description':
    case 'opinion':
      return [section(memoPartName(key as MemoTextPart, settings), memo[key as MemoTextPart])];
    case 'assessments':
      return ASSESSMENTS_IN_ORDER.filter((assessment) => assessment in memo.assessments || settings?.assessments.includes(assessment)).map((assessment) =>
        section(memoPartName(assessment, settings), memo.assessments[assessment]),
      );
    case 'proposal': {
      const groups = memo.proposal
        .map((group) => ({ body: group.body, points: group.points.map((point) => point.trim()).filter(Boolean) }))
        .filter((group) => group.points.length > 0);
      const name = memoPartName('proposal', settings);
      const headed = groups.length > 1 || template.proposalHeadings === 'always';
      const single = groups.length === 1 && groups[0]!.points.length === 1;
      return [
        {
          part: 'proposal',
          heading: name,
          numbered: !single || template.numberSinglePoint,
          groups: groups.map((group) => ({ heading: headed ? proposalHeading(name, group.body) : null, points: group.points })),
        },
      ];
    }
    case 'sendTo':
      return [{ part: 'sendTo', heading: memoPartName('sendTo', settings), recipients: memo.sendTo.map((line) => line.trim()).filter(Boolean) }];
    case 'signatures':
      return [
        {
          part: 'signatures',
          signatures: memo.signatoryIds.flatMap((id) => {
            const signatory = organisation?.people.find((candidate) => candidate.id === id);
            return signatory ? [{ name: signatory.name, title: signatory.title }] : [];
          }),
        },
      ];
    case 'attachments':
      return [
        {
          part: 'attachments',
          heading: memoPartName('attachments', settings),
          items: memo.attachments.map((attachment, index) => `${MEMO_HEADER.attachment(index + 1)}: ${attachmentName(attachment, resolve)}`),
        },
      ];
  }
}

/** "Remiss från kommunstyrelsen (KS 2011/1322)" and "Svar senast 2011-11-30"; nothing until the remitting body is named. */
export function remissLines(remiss: Remiss): string[] {
  const from = remiss.from.trim();
  if (!from) return [];
  const registry = remiss.registryNumber.trim();
  const answerBy = remiss.answerBy.trim();
  return [`Remiss från ${bodyMidSentence(from)}${registry ? ` (${registry})` : ''}`, ...(answerBy ? [`Svar senast ${answerBy}`] : [])];
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
    case 'remiss':
      return part.lines.length > 0;
  }
}
