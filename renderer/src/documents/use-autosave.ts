import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'failed'; error: unknown };

/** Saves this long after the last change: long enough not to write on every key. */
export const AUTOSAVE_DELAY_MS = 400;
/** ...but never later than this after the first unsaved change, so steady typing is stored too. */
export const AUTOSAVE_MAX_WAIT_MS = 900;

/**
 * A local draft of a stored value that saves itself shortly after the last change, and when the page
 * is hidden or the component goes away, so nothing typed is left unsaved. When the stored value
 * changes elsewhere (another window: `revision`, a counter or timestamp, moves) and nothing here is unsaved, the draft follows it.
 */
export function useAutosave<T>(stored: T, revision: string | number, save: (value: T) => Promise<unknown>) {
  const [draft, setDraft] = useState(stored);
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const firstUnsavedAt = useRef<number | null>(null);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });

  const adoptedRevision = useRef(revision);
  useEffect(() => {
    if (adoptedRevision.current === revision) return;
    adoptedRevision.current = revision;
    if (pending.current === null) setDraft(stored);
  }, [revision, stored]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    firstUnsavedAt.current = null;
    try {
      await latestSave.current(next.value);
      if (pending.current === null) setState({ status: 'saved' });
    } catch (error) {
      // Keep the unsaved value so that the next change or flush tries again; nothing is dropped.
      pending.current ??= next;
      setState({ status: 'failed', error });
    }
  }, []);

  const update = useCallback(
    (value: T) => {
      setDraft(value);
      pending.current = { value };
      setState({ status: 'saving' });
      const now = performance.now();
      firstUnsavedAt.current ??= now;
      const untilMaxWait = firstUnsavedAt.current + AUTOSAVE_MAX_WAIT_MS - now;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), Math.max(0, Math.min(AUTOSAVE_DELAY_MS, untilMaxWait)));
    },
    [flush],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { draft, update, state, flush };
}

/** The state of several autosaving parts as one: failed beats saving beats saved. */
export function combineSaveStates(...states: SaveState[]): SaveState {
  return (
    states.find((state) => state.status === 'failed') ??
    states.find((state) => state.status === 'saving') ?? { status: 'saved' }
  );
}
