import { z } from 'zod';
import { isIsoDate, isParagraph, normalizeParagraph } from './dates';
import type { DocumentStatus } from './kinds';

/**
 * The metadata block of a governing document (domain.md, "Governing documents"). The name and the kind
 * live on the document itself; everything else is here. Every value is a free string while it is
 * stored, so a half-typed date is never lost; `validateMetadata` says what is wrong with it.
 */
export const METADATA_FIELDS = [
  { key: 'decidedBy', input: 'body' },
  { key: 'decidedDate', input: 'date' },
  { key: 'decidedParagraph', input: 'paragraph' },
  { key: 'registryNumber', input: 'text' },
  { key: 'replaces', input: 'text' },
  { key: 'appliesTo', input: 'text' },
  { key: 'validFrom', input: 'date' },
  { key: 'validUntil', input: 'validUntil' },
  { key: 'owner', input: 'text' },
  { key: 'version', input: 'text' },
  { key: 'lastRevisedDate', input: 'date' },
  { key: 'lastRevisedParagraph', input: 'paragraph' },
  { key: 'reviewBy', input: 'reviewBy' },
] as const;

export type MetadataFieldKey = (typeof METADATA_FIELDS)[number]['key'];
export type MetadataInput = (typeof METADATA_FIELDS)[number]['input'];
export const METADATA_FIELD_KEYS = METADATA_FIELDS.map((field) => field.key) as MetadataFieldKey[];

/** Labels are the organisation's to rename; these two belong to the document but appear in the same table. */
export const LABELLED_FIELD_KEYS = ['documentName', 'documentKind', ...METADATA_FIELD_KEYS] as const;
export type LabelledFieldKey = (typeof LABELLED_FIELD_KEYS)[number];

const metadataShape = Object.fromEntries(METADATA_FIELD_KEYS.map((key) => [key, z.string().optional()])) as Record<
  MetadataFieldKey,
  z.ZodOptional<z.ZodString>
>;

/** Unknown keys are kept: a newer version of Handbok may have added fields that this one must not erase. */
export const documentMetadataSchema = z.looseObject(metadataShape);
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

/** What can be wrong with a metadata value; the interface turns the code into a sentence. */
export type MetadataIssueCode =
  | 'invalid-date'
  | 'invalid-paragraph'
  | 'invalid-valid-until'
  | 'invalid-review-by'
  | 'paragraph-without-date'
  /** A date field carries a paragraph ("2023-04-13 § 64") other than the one in its paragraph field. */
  | 'paragraph-differs'
  | 'valid-until-before-valid-from';

export interface MetadataIssue {
  field: MetadataFieldKey;
  code: MetadataIssueCode;
}

/**
 * "tills vidare" (until further notice), the usual alternative to an end date, as templates spell it:
 * "Tills vidare", "Tillsvidare", "t.v.".
 */
const UNTIL_FURTHER_NOTICE = /^(?:tills\s*vidare|t\.\s?v)\.?$/i;

/**
 * A year ("2027"), or an ISO date, optionally followed by a comment, after a comma, a dash or a space
 * ("2027, före ny mandatperiod", "2027 inför ny mandatperiod"); a comment starts with a letter.
 * One separator character then one non-digit decide it, and the comment runs to the end (`s`: over
 * line breaks too). Written as "spaces, a separator, spaces, then a non-digit", spaces could fall to
 * either side and the tail `.*` was retried for each split: n² steps on a field of spaces.
 */
const REVIEW_BY = /^(\d{4})(-\d{2}-\d{2})?(?:[\s,–-]\D.*)?$/s;

/** The two decisions a metadata block dates: the one that adopted the document and its latest revision. */
export type DatedDecision = 'decided' | 'lastRevised';

/** The date field of each decision and the paragraph field beside it. */
export const DECISION_FIELDS = {
  decided: { date: 'decidedDate', paragraph: 'decidedParagraph' },
  lastRevised: { date: 'lastRevisedDate', paragraph: 'lastRevisedParagraph' },
} as const satisfies Record<DatedDecision, { date: MetadataFieldKey; paragraph: MetadataFieldKey }>;

/** The decision a date or paragraph field belongs to, if it belongs to one. */
export function decisionOfField(key: MetadataFieldKey): DatedDecision | null {
  for (const [decision, fields] of Object.entries(DECISION_FIELDS) as [DatedDecision, (typeof DECISION_FIELDS)[DatedDecision]][]) {
    if (fields.date === key || fields.paragraph === key) return decision;
  }
  return null;
}

/**
 * A date followed by its minutes paragraph in one field, as the templates' "Beslutad när" row reads:
 * "2023-04-13 § 64", "2023-04-13, § 64", "2023-04-13 §64".
 */
const DATE_WITH_PARAGRAPH = /^(\d{4}-\d{2}-\d{2})\s*(?:,\s*)?(§.*)$/; // spaces after the comma only: `\s*,?\s*` splits a run of spaces n ways

function splitDateWithParagraph(text: string): { date: string; paragraph: string } | null {
  const match = DATE_WITH_PARAGRAPH.exec(text.trim());
  if (!match || !isParagraph(match[2]!)) return null;
  return { date: match[1]!, paragraph: normalizeParagraph(match[2]!) };
}

/**
 * The date and paragraph of a decision, whether they are kept in their two fields or typed together in
 * the date field ("2023-04-13 § 64"), so that exports, the front page and the checks read them alike.
 * A date that cannot be read is returned as it was written, never dropped; the paragraph field wins
 * over one written in the date field.
 */
export function decisionDateAndParagraph(metadata: DocumentMetadata, decision: DatedDecision): { date: string; paragraph: string } {
  const fields = DECISION_FIELDS[decision];
  const dateText = metadata[fields.date]?.trim() ?? '';
  const paragraphText = metadata[fields.paragraph]?.trim() ?? '';
  const combined = splitDateWithParagraph(dateText);
  if (!combined) return { date: dateText, paragraph: paragraphText };
  return { date: combined.date, paragraph: paragraphText || combined.paragraph };
}

/**
 * The metadata with a paragraph typed after the date moved into its own field, written "§ 64", when
 * that field is empty or names the same paragraph. Otherwise the same object: a paragraph that differs
 * stays where the user wrote it, for them to choose (`validateMetadata` asks).
 */
export function separateParagraph(metadata: DocumentMetadata, decision: DatedDecision): DocumentMetadata {
  const fields = DECISION_FIELDS[decision];
  const combined = splitDateWithParagraph(metadata[fields.date] ?? '');
  if (!combined) return metadata;
  const existing = metadata[fields.paragraph]?.trim() ?? '';
  if (existing && normalizeParagraph(existing) !== combined.paragraph) return metadata;
  return { ...metadata, [fields.date]: combined.date, [fields.paragraph]: combined.paragraph };
}

/** Checks every filled field of a metadata block; empty fields are never an error here. */
export function validateMetadata(metadata: DocumentMetadata): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  const value = (key: MetadataFieldKey) => metadata[key]?.trim() ?? '';
  for (const field of METADATA_FIELDS) {
    const text = value(field.key);
    if (!text) continue;
    if (field.input === 'date' && !isIsoDate(text) && !isDecisionDateWithParagraph(field.key, text)) {
      issues.push({ field: field.key, code: 'invalid-date' });
    }
    if (field.input === 'paragraph' && !isParagraph(text)) issues.push({ field: field.key, code: 'invalid-paragraph' });
    if (field.input === 'validUntil' && !isIsoDate(text) && !UNTIL_FURTHER_NOTICE.test(text)) {
      issues.push({ field: field.key, code: 'invalid-valid-until' });
    }
    if (field.input === 'reviewBy') {
      const match = REVIEW_BY.exec(text);
      if (!match || (match[2] && !isIsoDate(`${match[1]}${match[2]}`))) {
        issues.push({ field: field.key, code: 'invalid-review-by' });
      }
    }
  }
  for (const fields of Object.values(DECISION_FIELDS)) {
    const paragraph = value(fields.paragraph);
    if (paragraph && !value(fields.date)) issues.push({ field: fields.paragraph, code: 'paragraph-without-date' });
    const combined = splitDateWithParagraph(value(fields.date));
    if (combined && isIsoDate(combined.date) && paragraph && normalizeParagraph(paragraph) !== combined.paragraph) {
      issues.push({ field: fields.date, code: 'paragraph-differs' });
    }
  }
  const from = value('validFrom');
  const until = value('validUntil');
  if (isIsoDate(from) && isIsoDate(until) && until < from) {
    issues.push({ field: 'validUntil', code: 'valid-until-before-valid-from' });
  }
  return issues;
}

/** A date field of a decision may carry its paragraph too ("2023-04-13 § 64"); other date fields may not. */
function isDecisionDateWithParagraph(key: MetadataFieldKey, text: string): boolean {
  if (!Object.values(DECISION_FIELDS).some((fields) => fields.date === key)) return false;
  const combined = splitDateWithParagraph(text);
  return combined !== null && isIsoDate(combined.date);
}

/**
 * The date by which the document must be reviewed, as YYYY-MM-DD, for sorting and for flagging overdue
 * documents. A bare year means the end of that year.
 */
export function reviewDeadline(metadata: DocumentMetadata): string | null {
  const match = REVIEW_BY.exec(metadata.reviewBy?.trim() ?? '');
  if (!match) return null;
  const date = match[2] ? `${match[1]}${match[2]}` : `${match[1]}-12-31`;
  return isIsoDate(date) ? date : null;
}

/**
 * The metadata a document must carry at each stage of its life: a document put forward for decision
 * has a registry number; an adopted or repealed one also says who decided it, when, and from when it
 * applies. Earlier stages require nothing.
 */
export function requiredMetadata(status: DocumentStatus): MetadataFieldKey[] {
  if (status === 'for-beslut') return ['registryNumber'];
  if (status === 'gallande' || status === 'upphavd') return ['decidedBy', 'decidedDate', 'decidedParagraph', 'registryNumber', 'validFrom'];
  return [];
}

/** The required fields that are empty; a paragraph written after its date ("2023-04-13 § 64") is there. */
export function missingMetadata(status: DocumentStatus, metadata: DocumentMetadata): MetadataFieldKey[] {
  const decided = decisionDateAndParagraph(metadata, 'decided');
  const filled = (key: MetadataFieldKey) => (key === DECISION_FIELDS.decided.paragraph ? decided.paragraph : metadata[key]?.trim());
  return requiredMetadata(status).filter((key) => !filled(key));
}
