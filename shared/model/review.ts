import { z } from 'zod';
import { addMonths, daysBetween } from '../calendar/days';
import { nextTermOfOfficeEnd } from '../calendar/term-of-office';
import { latestDecisionWhere, type Decision } from './decision';
import type { DocumentHeader } from './document';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds';
import { reviewDeadline } from './metadata';

/**
 * Review on time (aktualitetsprövning): a governing document in force is looked at again on a
 * schedule, and is then either revised or decided "aktualitetsprövad utan ändring", which starts the
 * interval again. The interval runs from the latest decision that adopted or reviewed the document;
 * the document's own "revideras senast" (metadata `reviewBy`), when it lies after that decision, says
 * the date instead. A memo (tjänsteskrivelse) is never reviewed, nor is a repealed document.
 */

/** The kinds that are reviewed: every governing document, not the memo that brings one to decision. */
export const REVIEWED_KINDS = DOCUMENT_KINDS.filter((kind): kind is Exclude<DocumentKind, 'tjansteskrivelse'> => kind !== 'tjansteskrivelse');
export type ReviewedKind = (typeof REVIEWED_KINDS)[number];

/** The longest interval that can be set: ten years, longer than any municipality keeps a document unread. */
export const MAX_REVIEW_MONTHS = 120;

/** A number of months, or `term`: once each term of office, due the day before the next term starts. */
export const reviewIntervalSchema = z.union([z.literal('term'), z.number().int().min(1).max(MAX_REVIEW_MONTHS)]);
export type ReviewInterval = z.infer<typeof reviewIntervalSchema>;

/**
 * The usual interval of each kind, where the organisation has not set its own:
 * - handbok and anvisning: every year. They are practical support (methods, roles, contact details,
 *   unit names) that goes out of date fastest, and the quality handbook is revised yearly (domain.md).
 * - riktlinje: every other year. It governs how things are done, so it ages with the organisation and
 *   the law, but less quickly than a handbook, and it is decided by a committee rather than the council.
 * - policy, strategi, program and plan: once each term of office. They are the council's long-term
 *   direction; a newly elected council makes them its own, or changes them, within its term.
 */
export const DEFAULT_REVIEW_INTERVALS: Readonly<Record<ReviewedKind, ReviewInterval>> = {
  handbok: 12,
  policy: 'term',
  riktlinje: 24,
  strategi: 'term',
  program: 'term',
  plan: 'term',
  anvisning: 12,
};

const intervalsShape = Object.fromEntries(REVIEWED_KINDS.map((kind) => [kind, reviewIntervalSchema.optional().catch(undefined)])) as Record<
  ReviewedKind,
  z.ZodCatch<z.ZodOptional<typeof reviewIntervalSchema>>
>;

/**
 * The organisation's own intervals, by kind; a kind left out keeps its default. A value that cannot be
 * read is dropped (the default applies), and a key this version does not know is kept for the newer
 * Handbok that wrote it.
 */
export const reviewIntervalsSchema = z.looseObject(intervalsShape);
export type ReviewIntervals = z.infer<typeof reviewIntervalsSchema>;

/** The interval of a kind: the organisation's, else the default. */
export function reviewInterval(kind: ReviewedKind, intervals: ReviewIntervals | undefined): ReviewInterval {
  return intervals?.[kind] ?? DEFAULT_REVIEW_INTERVALS[kind];
}

/**
 * The decisions from which the interval runs: the deciding body's adoption, and a review. An editorial
 * change under delegation (a typo, a unit's new name) is no review of the document, and does not
 * put the next one off.
 */
const REVIEW_START_ACTIONS: readonly Decision['action'][] = ['antagen', 'reviderad', 'aktualitetsprovad'];

/**
 * How near a due date is, as the "Att revidera" view lists it: past, within 30, 60 or 90 days (today
 * counts as within 30), later, or `none` when the document has no decision to count from.
 */
export const REVIEW_BUCKETS = ['overdue', 'within30', 'within60', 'within90', 'later', 'none'] as const;
export type ReviewBucket = (typeof REVIEW_BUCKETS)[number];
/** The buckets the view lists. */
export const LISTED_BUCKETS: readonly ReviewBucket[] = ['overdue', 'within30', 'within60', 'within90'];
/** The buckets the navigation counts and the desktop app notifies about. */
export const URGENT_BUCKETS: readonly ReviewBucket[] = ['overdue', 'within30'];

export interface Review {
  interval: ReviewInterval;
  /** The latest decision that adopted or reviewed the document (with a valid date); null when there is none. */
  basis: Decision | null;
  /** The date by which it must be reviewed; null without a basis. */
  due: string | null;
  /** Whence the due date: the document's own "revideras senast", or the interval from the basis. */
  source: 'reviewBy' | 'interval' | null;
  bucket: ReviewBucket;
  /** Days from today to the due date, negative when it has passed; null without one. */
  daysLeft: number | null;
}

export type ReviewedHeader = Pick<DocumentHeader, 'kind' | 'status' | 'metadata' | 'decisions'>;

/** The due date an interval gives after a decision of that date. */
export function dueAfter(decisionDate: string, interval: ReviewInterval): string {
  return interval === 'term' ? nextTermOfOfficeEnd(decisionDate) : addMonths(decisionDate, interval);
}

function bucketOf(daysLeft: number): ReviewBucket {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 30) return 'within30';
  if (daysLeft <= 60) return 'within60';
  if (daysLeft <= 90) return 'within90';
  return 'later';
}

/** Whether the document is reviewed at all: a governing document that has not been repealed. */
export function isReviewed(header: ReviewedHeader): header is ReviewedHeader & { kind: ReviewedKind } {
  if (header.kind === 'tjansteskrivelse' || header.status === 'upphavd') return false;
  // A repeal recorded in the history after the latest adoption repeals it too, whatever the status says.
  const latest = latestDecisionWhere(header.decisions, (decision) => decision.action === 'upphavd' || REVIEW_START_ACTIONS.includes(decision.action));
  return latest?.action !== 'upphavd';
}

/**
 * When the document must next be reviewed, as of `today` (YYYY-MM-DD); null for a document that is
 * never reviewed. The document's "revideras senast" gives the date when it lies after the latest
 * adoption: a date the document states for its next review is kept, and one that a later decision (a
 * review among them) has met no longer counts.
 */
export function reviewOf(header: ReviewedHeader, intervals: ReviewIntervals | undefined, today: string): Review | null {
  if (!isReviewed(header)) return null;
  const interval = reviewInterval(header.kind, intervals);
  const basis = latestDecisionWhere(header.decisions, (decision) => REVIEW_START_ACTIONS.includes(decision.action));
  if (!basis) return { interval, basis: null, due: null, source: null, bucket: 'none', daysLeft: null };
  const stated = reviewDeadline(header.metadata);
  // The date was written when the document was adopted; a review recorded since has met it.
  const fromDocument = stated !== null && basis.action !== 'aktualitetsprovad' && stated > basis.date.trim();
  const due = fromDocument ? stated : dueAfter(basis.date.trim(), interval);
  const daysLeft = daysBetween(today, due);
  return { interval, basis, due, source: fromDocument ? 'reviewBy' : 'interval', bucket: bucketOf(daysLeft), daysLeft };
}

export interface ReviewEntry<H extends ReviewedHeader = DocumentHeader> {
  header: H;
  review: Review;
}

export interface OwnerGroup<H extends ReviewedHeader = DocumentHeader> {
  /** The owner role as the documents write it (dokumentansvarig); empty for documents that name none. */
  owner: string;
  /** Soonest due first. */
  entries: ReviewEntry<H>[];
}

export interface ReviewOverview<H extends ReviewedHeader = DocumentHeader> {
  /** Every reviewed document of the library (not in the trash), soonest due first, undated last. */
  entries: ReviewEntry<H>[];
  /** The documents the view lists (overdue and due within 90 days), by owner role. */
  groups: OwnerGroup<H>[];
  counts: Record<ReviewBucket, number>;
  /** What the navigation's badge shows: overdue and due within 30 days. */
  urgent: number;
}

type LibraryHeader = ReviewedHeader & Pick<DocumentHeader, 'title' | 'deletedAt'>;

const byDueThenTitle = (a: ReviewEntry<LibraryHeader>, b: ReviewEntry<LibraryHeader>) =>
  (a.review.due ?? '9999-99-99').localeCompare(b.review.due ?? '9999-99-99') || a.header.title.localeCompare(b.header.title, 'sv');

/**
 * The library's documents for the "Att revidera" view: each with its review, and those due within 90
 * days grouped by owner role. Roles are grouped whatever their case ("Kommundirektör",
 * "kommundirektör") and sorted as Swedish is; documents that name no owner come last.
 */
export function reviewOverview<H extends LibraryHeader>(headers: readonly H[], intervals: ReviewIntervals | undefined, today: string): ReviewOverview<H> {
  const entries = headers
    .filter((header) => header.deletedAt === null)
    .flatMap((header) => {
      const review = reviewOf(header, intervals, today);
      return review ? [{ header, review }] : [];
    })
    .sort(byDueThenTitle);
  const counts = Object.fromEntries(REVIEW_BUCKETS.map((bucket) => [bucket, 0])) as Record<ReviewBucket, number>;
  for (const entry of entries) counts[entry.review.bucket] += 1;

  const groups = new Map<string, OwnerGroup<H>>();
  for (const entry of entries) {
    if (!LISTED_BUCKETS.includes(entry.review.bucket)) continue;
    const owner = entry.header.metadata.owner?.trim() ?? '';
    const key = owner.toLocaleLowerCase('sv');
    const group = groups.get(key) ?? { owner, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.owner === '' ? 1 : 0) - (b.owner === '' ? 1 : 0) || a.owner.localeCompare(b.owner, 'sv'));
  return { entries, groups: sorted, counts, urgent: counts.overdue + counts.within30 };
}

/** A notice is given once per document and due date: a new due date (after a review) is news again. */
export const noticeKey = (entry: ReviewEntry<Pick<DocumentHeader, 'id'> & ReviewedHeader>) => `${entry.header.id}@${entry.review.due ?? ''}`;

/**
 * Which urgent documents (overdue or due within 30 days) have not been notified about yet, and the keys
 * to remember from now on: those of every urgent document, so a document that is no longer urgent is
 * forgotten and the list never grows past the library.
 */
export function newlyDue<H extends ReviewedHeader & Pick<DocumentHeader, 'id'>>(
  entries: readonly ReviewEntry<H>[],
  notified: ReadonlySet<string>,
): { fresh: ReviewEntry<H>[]; remember: string[] } {
  const urgent = entries.filter((entry) => URGENT_BUCKETS.includes(entry.review.bucket));
  return { fresh: urgent.filter((entry) => !notified.has(noticeKey(entry))), remember: urgent.map(noticeKey) };
}
