import type { DocumentHeader } from '@shared/model/document';
import type { DocumentStatus } from '@shared/model/kinds';
import { formatVersionNumber } from '@shared/model/versions';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

/** Beside the status: the version in force, and whether a draft of the next one is in work. */
export function VersionNote({ header }: { header: Pick<DocumentHeader, 'versioning'> }) {
  const { t } = useTranslation();
  const latest = header.versioning?.latest;
  if (!latest) return null;
  const number = formatVersionNumber(latest.number);
  return <span className="muted version-note">{header.versioning?.revising ? t('library.versionRevising', { number }) : t('library.versionInForce', { number })}</span>;
}
