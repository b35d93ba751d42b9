import { formatDecisionReference, lastReviewedWithoutChange, type Decision } from '../../model/decision';
import type { HandbokDocument } from '../../model/document';
import type { DocumentStatus } from '../../model/kinds';
import { DECISION_FIELDS, decisionDateAndParagraph, decisionOfField, type LabelledFieldKey } from '../../model/metadata';
import { exportLayout, type Organisation } from '../../model/organisation';
import { COMBINED_LABELS, DECISION_ACTION_NAMES, KIND_NAMES, metadataLabel, STATUS_MARKS, STATUS_SENTENCES, TO_BE_DECIDED_BY, WORDS } from '../document-words';
import { decodeImage } from '../image-data';

/** The colour (hex, without '#') of a draft's or a repealed document's status, on the first page and in every header. */
export const STATUS_COLOUR = '9B1C1C';

/** A row of a labelled table: the label, then the value. */
export type LabelledRow = [label: string, value: string];

/**
 * The first page of a governing document, resolved from the document and the organisation's template
 * before any format: the Word and the PDF export each only format it, so both show the same rows.
 */
export interface FrontPageLayout {
  /** The registry number above everything, when the template puts it there. */
  registryNumberAtTop: string | null;
  logo: { dataUrl: string; alt: string } | null;
  organisation: string;
  /** The line above the title: the template's word ("STYRDOKUMENT") or the document's kind. */
  aboveTitle: string;
  title: string;
  /** For a document not in force: what it is, in a sentence ("Utkast. Dokumentet är inte beslutat."). */
  status: string | null;
  metadata: LabelledRow[];
  /** The decision history, newest as stored: the reference, then what was decided. */
  history: LabelledRow[];
}

/**
 * The first page's row for the decision by which the document was last reviewed and kept without
 * change: "Senast aktualitetsprövad 2026-11-02 (Kommunstyrelsen § 12)"; none when it has none.
 */
function lastReviewedRow(decisions: readonly Decision[]): LabelledRow[] {
  const reviewed = lastReviewedWithoutChange(decisions);
  if (!reviewed) return [];
  const by = [reviewed.body, reviewed.paragraph].map((part) => part.trim()).filter(Boolean).join(' ');
  return [[WORDS.lastReviewed, `${reviewed.date.trim()}${by ? ` (${by})` : ''}`]];
}

/** Statuses in which the document has not been decided: a decision date of its own cannot exist yet. */
const UNDECIDED: readonly DocumentStatus[] = ['utkast', 'remiss', 'for-beslut'];

export function frontPageLayout(document: HandbokDocument, organisation: Organisation | null): FrontPageLayout {
  const layout = exportLayout(organisation);
  const labels = organisation?.metadataLabels ?? {};
  const name = organisation?.name ?? '';
  const value = (key: LabelledFieldKey): string => {
    if (key === 'documentName') return document.title.trim();
    if (key === 'documentKind') return KIND_NAMES[document.kind];
    // A decision's date may carry its paragraph ("2023-04-13 § 64"): read apart, whichever way it was typed.
    const decision = decisionOfField(key);
    if (decision) {
      const { date, paragraph } = decisionDateAndParagraph(document.metadata, decision);
      return key === DECISION_FIELDS[decision].date ? date : paragraph;
    }
    return document.metadata[key]?.trim() ?? '';
  };
  const undecided = UNDECIDED.includes(document.status);

  const metadata = layout.frontPageFields.flatMap((key): LabelledRow[] => {
    // A draft cites no decision of its own: a date or paragraph in these fields would make it look adopted.
    if (undecided && (key === 'decidedDate' || key === 'decidedParagraph')) return [];
    if (layout.dateWithParagraph && (key === 'decidedParagraph' || key === 'lastRevisedParagraph')) return [];
    if (layout.dateWithParagraph && (key === 'decidedDate' || key === 'lastRevisedDate')) {
      const text = [value(key), value(key === 'decidedDate' ? 'decidedParagraph' : 'lastRevisedParagraph')].filter(Boolean).join(' ');
      return text ? [[labels[key]?.trim() || COMBINED_LABELS[key], text]] : [];
    }
    const text = value(key);
    if (!text) return [];
    const label = key === 'decidedBy' && undecided && !labels.decidedBy?.trim() ? TO_BE_DECIDED_BY : metadataLabel(key, labels);
    return [[label, text]];
  });

  const logo = organisation?.logo && decodeImage(organisation.logo.dataUrl) ? organisation.logo.dataUrl : null;
  return {
    registryNumberAtTop: layout.registryNumberAtTop ? value('registryNumber') || null : null,
    logo: logo ? { dataUrl: logo, alt: WORDS.logo(name) } : null,
    organisation: name,
    aboveTitle: layout.aboveTitle.trim() || KIND_NAMES[document.kind],
    title: document.title,
    status: STATUS_SENTENCES[document.status],
    metadata: [...metadata, ...lastReviewedRow(document.decisions)],
    history: document.decisions.map((decision) => [
      formatDecisionReference(decision),
      [DECISION_ACTION_NAMES[decision.action], decision.summary].filter(Boolean).join(' – '),
    ]),
  };
}

/** The mark on every page of a document not in force ("UTKAST"), or null for one that is. */
export const statusMark = (document: Pick<HandbokDocument, 'status'>): string | null => STATUS_MARKS[document.status];
