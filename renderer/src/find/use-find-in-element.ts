import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { findMatches } from './find-matches';
import { clearHighlights, scrollRangeIntoView, showHighlights } from './highlights';
import { rangeOf, textPiecesOf } from './text-pieces';

/** How long the page's changes are gathered before the matches are found again: typing stays smooth. */
const RECOUNT_DELAY_MS = 200;

/** The state of find in one element, and what the find bar and its shortcuts do with it. */
export interface FindController {
  readonly isOpen: boolean;
  readonly query: string;
  /** The number of matches, 0 when none or no query. */
  readonly count: number;
  /** The current match, counted from 0; -1 when there is none. */
  readonly current: number;
  /** Grows each time find is asked to open, also when already open, so the bar takes focus again. */
  readonly openings: number;
  open(): void;
  /** Closes find, clears the marks and gives focus back to where it was when find opened. */
  close(): void;
  setQuery(query: string): void;
  next(): void;
  previous(): void;
}

/**
 * Find in the text of any element: the editor's content today, the reading view's article tomorrow.
 * Matches are marked with CSS highlights, never written into the element, and found again when its
 * content changes while find is open.
 */
export function useFindInElement(rootRef: RefObject<HTMLElement | null>): FindController {
  const [isOpen, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [openings, setOpenings] = useState(0);
  const [result, setResult] = useState({ count: 0, current: -1 });
  const ranges = useRef<Range[]>([]);
  const currentIndex = useRef(-1);
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback((index: number, scroll: boolean) => {
    currentIndex.current = index;
    const current = ranges.current[index];
    showHighlights(ranges.current, current);
    setResult({ count: ranges.current.length, current: index });
    if (scroll && current) scrollRangeIntoView(current);
  }, []);

  // Finds the matches anew: when the query changes (and shows the first one after the reader's place),
  // and when the content changes (keeping the current match where the text around it still is).
  useEffect(() => {
    const root = rootRef.current;
    if (!isOpen || !root) return;
    const search = (afterEdit: boolean) => {
      const previous = ranges.current[currentIndex.current];
      const { nodes, pieces } = textPiecesOf(root);
      ranges.current = findMatches(pieces, query).map((match) => rangeOf(nodes, match));
      const first = afterEdit && previous ? firstAtOrAfter(ranges.current, previous) : firstInView(ranges.current);
      show(ranges.current.length === 0 ? -1 : first, !afterEdit);
    };
    search(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        search(true);
      }, RECOUNT_DELAY_MS);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      ranges.current = [];
      currentIndex.current = -1;
      clearHighlights();
    };
  }, [isOpen, query, rootRef, show]);

  const step = useCallback(
    (by: 1 | -1) => {
      const count = ranges.current.length;
      if (count === 0) return;
      show((currentIndex.current + by + count) % count, true);
    },
    [show],
  );

  const open = useCallback(() => {
    const active = document.activeElement;
    // Focus goes back to the editor (or wherever the reader was), not to the find bar itself.
    if (active instanceof HTMLElement && !active.closest('[data-find-bar]')) returnFocus.current = active;
    setOpen(true);
    setOpenings((count) => count + 1);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    setResult({ count: 0, current: -1 });
    const target = returnFocus.current?.isConnected ? returnFocus.current : rootRef.current;
    target?.focus({ preventScroll: true });
  }, [rootRef]);

  return {
    isOpen,
    query,
    count: result.count,
    current: result.current,
    openings,
    open,
    close,
    setQuery: setQueryState,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}

/** The first match that starts where the old current match started, or later; else the first. */
function firstAtOrAfter(ranges: readonly Range[], previous: Range): number {
  const index = ranges.findIndex((range) => range.compareBoundaryPoints(Range.START_TO_START, previous) >= 0);
  return Math.max(0, index);
}

/** The first match the reader can see or that lies below the visible part, so finding starts where they read. */
function firstInView(ranges: readonly Range[]): number {
  const index = ranges.findIndex((range) => range.getBoundingClientRect().bottom >= 0);
  return Math.max(0, index);
}
