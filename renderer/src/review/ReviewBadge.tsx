import { useTranslation } from 'react-i18next';
import type { LoadedHeader } from '../storage/documents-repository';
import { useReviewOverview } from './use-review-overview';

/**
 * The count beside "Att revidera" in the navigation: documents overdue or due within 30 days. A screen
 * reader reads the number as the sentence it stands for. Nothing is shown when nothing is due.
 */
export function ReviewBadge({ headers }: { headers: readonly LoadedHeader[] | undefined }) {
  const { t } = useTranslation();
  const { overview } = useReviewOverview(headers);
  const count = overview?.urgent ?? 0;
  if (count === 0) return null;
  const label = t('review.badge', { count });
  return (
    <span className="nav__count nav__count--alert" role="img" aria-label={label} title={label}>
      {count}
    </span>
  );
}
