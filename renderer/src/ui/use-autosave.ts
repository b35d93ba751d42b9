import { useCallback, useEffect, useRef, useState } from 'react';
import { SAVED, SAVING, SaveStateCell } from './save-state';

/** Saves this long after the last change: long enough not to write on every key. */
export const AUTOSAVE_DELAY_MS = 400;
/** ...but never later than this after the first unsaved change, so steady typing is stored too. */
export const AUTOSAVE_MAX_WAIT_MS = 900;
/** After a failed save (a full disk, say), it is tried again this often until it succeeds. */
export const AUTOSAVE_RETRY_MS = 5000;
/**
 * A save that has not finished in this time counts as failed and is tried again: saves run one after
 * another, and one that never settles (a blocked database) must not hold back every later one.
 */
export const AUTOSAVE_TIMEOUT_MS = 30_000;

/** The flush of every autosave on screen, and the last saves of screens just closed. */
const mountedFlushes = new Set<() => Promise<void>>();
const lastSavesOfClosedScreens = new Set<Promise<void>>();

function withinTimeout(save: Promise<unknown>): Promise<unknown> {
  let timer: number | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error('Sparningen blev inte klar i tid.')), AUTOSAVE_TIMEOUT_MS);
  });
  return Promise.race([save, timeout]).finally(() => window.clearTimeout(timer));
}

/**
 * Stores every edit not yet saved, on every screen, and resolves once all of it is in the database.
 * Closing a window fires neither `visibilitychange` nor an unmount, so the backup on close calls this
 * first; otherwise it would archive the library without the last second's edits.
 */
export async function flushEveryAutosave(): Promise<void> {
  await Promise.all([...[...mountedFlushes].map((flush) => flush()), ...lastSavesOfClosedScreens]);
}

/**
 * Saves the latest value shortly after the last change, and at once when the page is hidden or the
 * component goes away, so nothing typed is left unsaved. It never renders the component that uses
 * it: the save state is published in `saveState` for the indicator to follow (save-state.ts), so a
 * 300-page document does not redraw its screen when a save begins or ends.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>) {
  const [saveState] = useState(() => new SaveStateCell());
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const firstUnsavedAt = useRef<number | null>(null);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });

  const saving = useRef<Promise<void>>(Promise.resolve());

  // Saves run one after another, so an older value never lands after a newer one, and a flush
  // resolves only once every save begun before it is stored: the backup on close relies on that.
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    if (next) {
      pending.current = null;
      firstUnsavedAt.current = null;
      saving.current = saving.current.then(async () => {
        try {
          await withinTimeout(latestSave.current(next.value));
          if (pending.current === null) saveState.set(SAVED);
        } catch (error) {
          // Keep the unsaved value, and try again later; nothing is dropped.
          pending.current ??= next;
          saveState.set({ status: 'failed', error });
        }
      });
    }
    return saving.current;
  }, [saveState]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (saveState.current().status !== 'saving') saveState.set(SAVING);
      const now = performance.now();
      firstUnsavedAt.current ??= now;
      const untilMaxWait = firstUnsavedAt.current + AUTOSAVE_MAX_WAIT_MS - now;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), Math.max(0, Math.min(AUTOSAVE_DELAY_MS, untilMaxWait)));
    },
    [flush, saveState],
  );

  // Every failure is a new state, so this tries again and again until a save succeeds; a new change
  // (the state becomes saving) is saved at its own pace instead.
  useEffect(() => {
    let retry: number | undefined;
    const unsubscribe = saveState.subscribe(() => {
      window.clearTimeout(retry);
      if (saveState.current().status === 'failed') retry = window.setTimeout(() => void flush(), AUTOSAVE_RETRY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(retry);
    };
  }, [saveState, flush]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    mountedFlushes.add(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      mountedFlushes.delete(flush);
      const lastSave = flush();
      lastSavesOfClosedScreens.add(lastSave);
      void lastSave.finally(() => lastSavesOfClosedScreens.delete(lastSave));
    };
  }, [flush]);

  return { schedule, saveState, flush, retry: flush, pending };
}

/**
 * A local draft of a stored value (a form) that autosaves. When the stored value changes elsewhere
 * (another window: `revision`, a counter or timestamp, moves) and nothing here is unsaved, the draft
 * follows it.
 */
export function useAutosavedDraft<T>(stored: T, revision: string | number, save: (value: T) => Promise<unknown>) {
  const [draft, setDraft] = useState(stored);
  const { schedule, saveState, flush, retry, pending } = useAutosave(save);

  const adoptedRevision = useRef(revision);
  useEffect(() => {
    if (adoptedRevision.current === revision) return;
    adoptedRevision.current = revision;
    // Syncing from an external store (IndexedDB, through a live query) is what effects are for. The
    // draft is replaced only when the stored value really differs: our own saves come back as equal
    // values, and replacing them would re-render the whole screen after every save.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (pending.current === null) setDraft((current) => (JSON.stringify(current) === JSON.stringify(stored) ? current : stored));
  }, [revision, stored, pending]);

  const update = useCallback(
    (value: T) => {
      setDraft(value);
      schedule(value);
    },
    [schedule],
  );

  return { draft, update, saveState, flush, retry };
}
