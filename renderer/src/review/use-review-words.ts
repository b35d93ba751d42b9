import { formatDecisionReference, type Decision } from '@shared/model/decision';
import type { Review, ReviewInterval } from '@shared/model/review';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';

/** The sentences that say when and why a document is due, shared by the view, the calendar and the notification. */
export function useReviewWords() {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const interval = (value: ReviewInterval) => (value === 'term' ? t('review.interval.term') : t('review.interval.months', { count: value }));
  return {
    label,
    interval,
    title: (title: string) => title || t('library.untitled'),
    /** "Försenad 3 dagar", "I dag", "Om 12 dagar". */
    when: (review: Review) => {
      const days = review.daysLeft ?? 0;
      if (days < 0) return t('review.overdueBy', { count: -days });
      return days === 0 ? t('review.dueToday') : t('review.dueIn', { count: days });
    },
    /** Why the date is what it is: the document's own date, or the interval after its latest decision. */
    source: (review: Review) => {
      if (review.source === 'reviewBy') return t('review.fromReviewBy', { reviewBy: label('reviewBy') });
      return review.interval === 'term' ? t('review.fromTerm') : t('review.fromInterval', { interval: interval(review.interval) });
    },
    /** "Antagen, Kommunfullmäktige 2023-11-23 § 88". */
    decision: (decision: Decision) => `${t(`decisions.actions.${decision.action}`)}, ${formatDecisionReference(decision)}`,
  };
}
