import { toIsoDate } from '@shared/model/dates';
import type { DocumentHeader } from '@shared/model/document';
import type { Organisation } from '@shared/model/organisation';
import { reviewOverview, type ReviewOverview } from '@shared/model/review';
import { useEffect, useMemo, useState } from 'react';
import type { LoadedHeader } from '../storage/documents-repository';
import { useOrganisation } from '../storage/storage';

/**
 * Today's date (YYYY-MM-DD, local time), turning at midnight while the app stays open, so that what is
 * due moves on without a reload.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => toIsoDate(new Date()));
  useEffect(() => {
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A second past midnight: a timer may fire a little early, and must not find the same day.
    const timer = window.setTimeout(() => setToday(toIsoDate(new Date())), tomorrow.getTime() - now.getTime() + 1000);
    const onVisible = () => document.visibilityState === 'visible' && setToday(toIsoDate(new Date()));
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [today]);
  return today;
}

/**
 * The library's documents for review (shared/model/review.ts), from the headers the caller reads live
 * (useDocumentHeaders; the navigation passes the ones it reads already, so a save does not run the
 * query twice), and the organisation's intervals, live too. `undefined` while either is loading.
 */
export function useReviewOverview(headers: readonly LoadedHeader[] | undefined): {
  overview: ReviewOverview<DocumentHeader> | undefined;
  organisation: Organisation | null;
  today: string;
} {
  const loaded = useOrganisation();
  const today = useToday();
  const organisation = loaded?.status === 'ok' ? loaded.organisation : null;
  const intervals = organisation?.reviewIntervals;
  const loading = headers === undefined || loaded === undefined;
  const overview = useMemo(() => {
    // Both are awaited: dated with the default intervals first, a document would flash past.
    if (loading) return undefined;
    return reviewOverview(
      headers.flatMap((loadedHeader) => (loadedHeader.ok ? [loadedHeader.header] : [])),
      intervals,
      today,
    );
  }, [loading, headers, intervals, today]);
  return { overview, organisation, today };
}
