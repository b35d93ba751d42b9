import { toIsoDate } from '@shared/model/dates';
import { newlyDue, reviewOverview } from '@shared/model/review';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { navigate } from '../ui/routes';

/** The notices already given, as `noticeKey`s: kept across starts and shared by every window. */
const NOTIFIED_KEY = 'handbok.review.notified';
/** One window at a time decides what to notify, so two windows do not notify the same document twice. */
const LOCK_NAME = 'handbok-review-notifications';
/** The check at start waits this long, so the opening of the app comes first. */
const NOTIFY_START_DELAY_MS = 4000;
/** How often the date is looked at while the app is open; a new day is checked once. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

function notified(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(NOTIFIED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

function remember(keys: readonly string[]) {
  try {
    localStorage.setItem(NOTIFIED_KEY, JSON.stringify(keys));
  } catch {
    // Without it a document may be notified once more; nothing else depends on it.
  }
}

/** Held until it is closed: a notification that is collected as garbage loses its click. */
let shown: Notification | null = null;

/**
 * A system notification when documents fall due for review (overdue or due within 30 days): when the app
 * starts and once a day while it is open, each document once per due date. Clicking it opens the "Att
 * revidera" view. The desktop app allows its own pages notifications; the browser build shows one only
 * where the user has already allowed them for this page, and never asks.
 */
export function useReviewNotifications() {
  const host = useHost();
  const { documents, organisation } = useStorage();
  const { t } = useTranslation();

  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    if (host.kind !== 'electron' && Notification.permission !== 'granted') return;
    let checkedDay = '';
    const check = async () => {
      const today = toIsoDate(new Date());
      if (today === checkedDay) return;
      checkedDay = today;
      const [headers, loaded] = await Promise.all([documents.listHeaders(), organisation.load()]);
      const readable = headers.flatMap((header) => (header.ok ? [header.header] : []));
      const intervals = loaded.status === 'ok' ? loaded.organisation.reviewIntervals : undefined;
      const { fresh, remember: keys } = newlyDue(reviewOverview(readable, intervals, today).entries, notified());
      const first = fresh[0];
      if (!first) return remember(keys);
      const title = first.header.title || t('library.untitled');
      shown?.close();
      const notification = new Notification(t('review.notification.title'), {
        body: fresh.length === 1 ? t('review.notification.one', { title, date: first.review.due }) : t('review.notification.many', { count: fresh.length, title }),
        tag: 'handbok-review',
      });
      // Remembered once shown: a notification the system refused is tried again the next day.
      remember(keys);
      shown = notification;
      notification.onclick = () => {
        window.focus();
        navigate({ screen: 'review' });
        notification.close();
      };
      notification.onclose = () => {
        if (shown === notification) shown = null;
      };
    };
    const run = () =>
      void (navigator.locks ? navigator.locks.request(LOCK_NAME, check) : check()).catch(() => {
        // A notice is a reminder; the view and its count say the same whenever the user looks.
      });
    const atStart = window.setTimeout(run, NOTIFY_START_DELAY_MS);
    const daily = window.setInterval(run, CHECK_EVERY_MS);
    return () => {
      window.clearTimeout(atStart);
      window.clearInterval(daily);
    };
  }, [host, documents, organisation, t]);
}
