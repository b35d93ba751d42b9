import type { DocumentStatus } from '@shared/model/kinds';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
