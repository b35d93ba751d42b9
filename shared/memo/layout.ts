import type { HandbokDocument } from '../model/document';
import { MEMO_TEXT_PARTS, type Memo } from '../model/memo';
import type { Organisation } from '../model/organisation';
import { metadataLabel } from '../i18n/document-names';
import type { ReferenceTarget } from '../model/reference-target';
import { ASSESSMENTS_IN_ORDER, MEMO_HEADER, memoPartName, proposalHeading } from './words';

/** A memo resolved for print: every name looked up, every part in the skeleton's order. */
export interface MemoLayout {
  organisation: string;
  unit: string;
  title: string;
  /** Label and value pairs of the header: date, registry number, handläggare, recipient. */
  header: [string, string][];
  /** The text parts and the assessments, each a heading and its paragraphs; empty ones are left out. */
  sections: { heading: string; paragraphs: string[] }[];
  proposal: { heading: string; groups: { heading: string | null; points: string[] }[] };
  sendTo: { heading: string; recipients: string[] };
  signatures: { name: string; title: string }[];
  attachments: { heading: string; items: string[] };
  /** Registry number for the footer. */
  registryNumber: string;
}

const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

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
  const sections = [
    ...MEMO_TEXT_PARTS.map((part) => ({ heading: memoPartName(part, settings), paragraphs: paragraphs(memo[part]) })),
    ...assessments.map((assessment) => ({ heading: memoPartName(assessment, settings), paragraphs: paragraphs(memo.assessments[assessment]) })),
  ].filter((section) => section.paragraphs.length > 0);
  const groups = memo.proposal
    .map((group) => ({ body: group.body, points: group.points.map((point) => point.trim()).filter(Boolean) }))
    .filter((group) => group.points.length > 0);
  const proposalName = memoPartName('proposal', settings);
  return {
    organisation: organisation?.name ?? '',
    unit: organisation?.unit ?? '',
    title: document.title,
    header: header.filter(([, value]) => value.trim()),
    sections,
    proposal: {
      heading: proposalName,
      groups: groups.map((group) => ({ heading: groups.length > 1 ? proposalHeading(proposalName, group.body) : null, points: group.points })),
    },
    sendTo: { heading: memoPartName('sendTo', settings), recipients: memo.sendTo.map((line) => line.trim()).filter(Boolean) },
    signatures: memo.signatoryIds.flatMap((id) => {
      const signatory = person(id);
      return signatory ? [{ name: signatory.name, title: signatory.title }] : [];
    }),
    attachments: {
      heading: memoPartName('attachments', settings),
      items: memo.attachmentIds.map((id, index) => {
        const target = resolve(id);
        const registry = target?.metadata.registryNumber?.trim();
        const title = target ? `${target.title}${registry ? ` (${registry})` : ''}` : 'dokumentet finns inte i biblioteket';
        return `${MEMO_HEADER.attachment(index + 1)}: ${title}`;
      }),
    },
    registryNumber: document.metadata.registryNumber?.trim() ?? '',
  };
}
