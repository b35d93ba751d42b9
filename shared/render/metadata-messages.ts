import type { DocumentStatus } from '../model/kinds';
import { DECISION_FIELDS, decisionOfField, type LabelledFieldKey, type MetadataFieldKey, type MetadataIssue, type MetadataIssueCode } from '../model/metadata';
import type { MetadataLabels } from '../model/organisation';
import { metadataLabel, STATUS_NAMES } from './document-words';

/**
 * What to do about each metadata problem, in Swedish: one source for `handbok check` and for the Swedish
 * interface (its locale spreads these, as it does the labels). Each message names the fields by the
 * organisation's labels, filled in for {{field}} (the field itself), {{date}} and {{paragraph}} (the
 * date and paragraph of the same decision), {{validFrom}} and {{status}}; the placeholders are
 * i18next's, so the interface fills them the same way.
 */
export const METADATA_MESSAGES: Record<MetadataIssueCode | 'missing', string> = {
  missing: 'Fyll i ”{{field}}”, som krävs för status ”{{status}}”.',
  'invalid-date': 'Skriv ”{{field}}” som ÅÅÅÅ-MM-DD, till exempel 2025-01-13.',
  'invalid-paragraph': 'Skriv ”{{field}}” som § och ett nummer, till exempel § 64.',
  'invalid-valid-until': 'Skriv ”{{field}}” som ett datum (ÅÅÅÅ-MM-DD) eller som ”tills vidare”.',
  'invalid-review-by': 'Skriv ”{{field}}” som ett år (2027) eller ett datum (2027-06-30), gärna följt av en kommentar.',
  'paragraph-without-date': 'Fyll i ”{{date}}” (ÅÅÅÅ-MM-DD) för paragrafen i ”{{field}}”, eller ta bort paragrafen.',
  'paragraph-differs': 'Ta bort paragrafen ur ”{{field}}”, eller skriv samma paragraf i ”{{paragraph}}”: nu anger de olika paragrafer.',
  'valid-until-before-valid-from': 'Ändra ”{{field}}” till ett datum som inte ligger före ”{{validFrom}}”, eller skriv ”tills vidare”.',
};

export type MetadataMessageValues = Record<'field' | 'date' | 'paragraph' | 'validFrom', string>;

/** The labels a message about `field` may name: the field itself and the fields it is checked against. */
export function metadataMessageValues(field: MetadataFieldKey, label: (key: LabelledFieldKey) => string): MetadataMessageValues {
  const decision = decisionOfField(field);
  const fields = decision ? DECISION_FIELDS[decision] : null;
  return {
    field: label(field),
    date: fields ? label(fields.date) : '',
    paragraph: fields ? label(fields.paragraph) : '',
    validFrom: label('validFrom'),
  };
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A metadata problem as a Swedish sentence that says what to do, under the organisation's labels. */
export function describeMetadataIssue(issue: MetadataIssue, labels: MetadataLabels): string {
  return fill(METADATA_MESSAGES[issue.code], metadataMessageValues(issue.field, (key) => metadataLabel(key, labels)));
}

/** A required field left empty, as a Swedish sentence that says what to do. */
export function describeMissingMetadata(field: MetadataFieldKey, status: DocumentStatus, labels: MetadataLabels): string {
  return fill(METADATA_MESSAGES.missing, { ...metadataMessageValues(field, (key) => metadataLabel(key, labels)), status: STATUS_NAMES[status] });
}
