import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { DocumentHeader } from '../model/document';
import type { ReviewEntry } from '../model/review';
import { addDays } from './days';

/** The words of the calendar, in the interface's language; the renderer gives them. */
export interface ReviewCalendarWords {
  /** The calendar's name, as a calendar program shows it beside its own. */
  calendarName: string;
  /** The event's title: "Aktualitetspröva: <titel>". */
  summary: (title: string) => string;
  /** The event's text: the document's kind and its latest decision. */
  description: (entry: ReviewEntry) => string;
}

/**
 * One event per document, always under the same UID, so that a calendar importing a newer file moves
 * the event to the new due date instead of adding a second one.
 */
export const reviewEventUid = (documentId: string) => `aktualitetsprovning-${documentId}@handbok`;

const dateArray = (date: string): DateArray => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];

/**
 * The due dates of the documents as an iCalendar file (RFC 5545): each an all-day event on its due
 * date, free time (a deadline, not a meeting). The event's SEQUENCE is the document's revision, which
 * grows with every change, so a calendar takes the newer file's event over the older one's.
 * Documents without a due date are left out.
 */
export function reviewCalendar(entries: readonly ReviewEntry<DocumentHeader>[], words: ReviewCalendarWords): string {
  const events: EventAttributes[] = entries.flatMap(({ header, review }) => {
    if (!review.due) return [];
    return [
      {
        uid: reviewEventUid(header.id),
        start: dateArray(review.due),
        end: dateArray(addDays(review.due, 1)),
        title: words.summary(header.title),
        description: words.description({ header, review }),
        sequence: header.revision,
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
      },
    ];
  });
  const { error, value } = createEvents(events, { productId: '-//Handbok//Aktualitetsprövning//SV', calName: words.calendarName });
  if (error || value === null) throw error ?? new Error('The calendar could not be written');
  return value;
}
