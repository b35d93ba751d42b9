import type { LabelledFieldKey } from '@shared/model/metadata';
import type { MetadataLabels } from '@shared/model/organisation';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from './storage';

/** The organisation's own label for a metadata field, or the default in the interface language. */
export function useMetadataLabel(): (key: LabelledFieldKey) => string {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const labels: MetadataLabels = organisation?.status === 'ok' ? organisation.organisation.metadataLabels : {};
  return (key) => labels[key]?.trim() || t(`metadata.labels.${key}`);
}
