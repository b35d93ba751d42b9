import type { DocumentHeader } from '@shared/model/document';
import type { DocumentStatus } from '@shared/model/kinds';
import { missingMetadata, validateMetadata, type DocumentMetadata, type LabelledFieldKey, type MetadataFieldKey, type MetadataIssue } from '@shared/model/metadata';
import type { MetadataLabels } from '@shared/model/organisation';
import { metadataMessageValues } from '@shared/render/metadata-messages';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from './storage';

/** The organisation's own label for a metadata field, or the default in the interface language. */
export function useMetadataLabel(): (key: LabelledFieldKey) => string {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const labels: MetadataLabels = organisation?.status === 'ok' ? organisation.organisation.metadataLabels : {};
  return (key) => labels[key]?.trim() || t(`metadata.labels.${key}`);
}

/**
 * The sentences that name metadata fields: each field's hint, what to do about a problem, what a
 * required field needs. Every field they name (the field itself and those it is checked against) is
 * named by the organisation's label, as in `handbok check`.
 */
export function useMetadataWords() {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const values = (field: MetadataFieldKey) => metadataMessageValues(field, label);
  const issue = (problem: MetadataIssue) => t(`metadata.issues.${problem.code}`, values(problem.field));
  const missing = (field: MetadataFieldKey, status: DocumentStatus) => t('metadata.issues.missing', { ...values(field), status: t(`status.${status}`) });
  const invalid = (metadata: DocumentMetadata) => validateMetadata(metadata).map(issue);
  return {
    label,
    hint: (field: MetadataFieldKey) => t(`metadata.hints.${field}`, { ...values(field), defaultValue: '' }),
    issue,
    /** What to correct in the filled fields. */
    invalid,
    /** Every problem of a document's metadata: the required fields left empty, then the malformed ones. */
    problems: ({ status, metadata }: Pick<DocumentHeader, 'status' | 'metadata'>) => [
      ...missingMetadata(status, metadata).map((field) => missing(field, status)),
      ...invalid(metadata),
    ],
  };
}
