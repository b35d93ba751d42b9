import type { DocumentHeader } from '@shared/model/document';
import type { Organisation } from '@shared/model/organisation';
import type { ReviewEntry } from '@shared/model/review';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useReviewWords } from './use-review-words';

/**
 * "Exportera kalender (.ics)": every due date of the library as an iCalendar file, saved where the user
 * chooses (the desktop app's save dialog; the browser downloads it). Importing a newer file into the same
 * calendar moves the events rather than adding new ones.
 */
export function useExportReviewCalendar(entries: readonly ReviewEntry<DocumentHeader>[], organisation: Organisation | null, today: string) {
  const { t } = useTranslation();
  const host = useHost();
  const notice = useNotice();
  const words = useReviewWords();

  return async () => {
    const dated = entries.filter((entry) => entry.review.due !== null);
    if (dated.length === 0) return notice({ tone: 'info', text: t('review.calendar.nothing') });
    try {
      // The iCalendar writer (ics, with its validation library) is loaded when a calendar is first exported.
      const { reviewCalendar } = await import('@shared/calendar/review-calendar');
      const text = reviewCalendar(dated, {
        calendarName: organisation?.name.trim() ? t('review.calendar.nameOf', { organisation: organisation.name.trim() }) : t('review.calendar.name'),
        summary: (title) => t('review.calendar.summary', { title: words.title(title) }),
        description: ({ header, review }) => {
          const owner = header.metadata.owner?.trim();
          return [
            t('review.calendar.kind', { kind: t(`kind.${header.kind}`) }),
            review.basis ? t('review.calendar.latest', { decision: words.decision(review.basis) }) : '',
            owner ? t('review.calendar.owner', { label: words.label('owner'), owner }) : '',
            words.source(review),
          ]
            .filter(Boolean)
            .join('\n');
        },
      });
      const saved = await host.saveFile({ kind: 'ics', suggestedName: t('review.calendar.fileName', { date: today }), bytes: new TextEncoder().encode(text) });
      if (saved) notice({ tone: 'info', text: t('review.calendar.saved', { count: dated.length }) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };
}
