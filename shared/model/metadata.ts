import { z } from 'zod';
import { isIsoDate, isParagraph } from './dates';
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
 */
const REVIEW_BY = /^(\d{4})(-\d{2}-\d{2})?(?:(?:\s*[,–-]\s*|\s+)\D.*)?$/;

/** Checks every filled field of a metadata block; empty fields are never an error here. */
export function validateMetadata(metadata: DocumentMetadata): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  const value = (key: MetadataFieldKey) => metadata[key]?.trim() ?? '';
  for (const field of METADATA_FIELDS) {
    const text = value(field.key);
    if (!text) continue;
    if (field.input === 'date' && !isIsoDate(text)) issues.push({ field: field.key, code: 'invalid-date' });
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
  if (value('decidedParagraph') && !value('decidedDate')) {
    issues.push({ field: 'decidedParagraph', code: 'paragraph-without-date' });
  }
  if (value('lastRevisedParagraph') && !value('lastRevisedDate')) {
    issues.push({ field: 'lastRevisedParagraph', code: 'paragraph-without-date' });
  }
  const from = value('validFrom');
  const until = value('validUntil');
  if (isIsoDate(from) && isIsoDate(until) && until < from) {
    issues.push({ field: 'validUntil', code: 'valid-until-before-valid-from' });
  }
  return issues;
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

/** The required fields that are empty. */
export function missingMetadata(status: DocumentStatus, metadata: DocumentMetadata): MetadataFieldKey[] {
  return requiredMetadata(status).filter((key) => !metadata[key]?.trim());
}
