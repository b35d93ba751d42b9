/**
 * Marks matches with the CSS Custom Highlight API: the browser paints the ranges, and nothing is
 * written into the page. That matters in the editor, where an inserted <mark> would be content that
 * Lexical reconciles away, stores, or counts as an edit.
 */
export const MATCH_HIGHLIGHT = 'find-match';
export const CURRENT_HIGHLIGHT = 'find-current';

/** Whether this browser can paint highlights (Chromium 105+, which both hosts run). */
export const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function showHighlights(all: readonly Range[], current: Range | undefined): void {
  if (!canHighlight()) return;
  CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...all));
  const currentHighlight = new Highlight(...(current ? [current] : []));
  // The current match is painted above the others where they meet.
  currentHighlight.priority = 1;
  CSS.highlights.set(CURRENT_HIGHLIGHT, currentHighlight);
}

export function clearHighlights(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete(MATCH_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

/**
 * Scrolls the nearest scrolling ancestor (the window, in the document screen) so that the range sits
 * in the middle third of what is visible; a match already in view stays where it is, so that stepping
 * through matches on one screen does not make the page jump.
 */
export function scrollRangeIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  const scroller = scrollingAncestor(range.startContainer.parentElement);
  const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  const visible = view.bottom - view.top;
  const margin = Math.min(120, visible / 4);
  if (rect.top >= view.top + margin && rect.bottom <= view.bottom - margin) return;
  const by = rect.top + rect.height / 2 - (view.top + visible / 2);
  (scroller ?? window).scrollBy({ top: by, behavior: 'instant' });
}

function scrollingAncestor(element: Element | null): Element | null {
  for (let current = element; current && current !== document.body && current !== document.documentElement; current = current.parentElement) {
    const { overflowY } = getComputedStyle(current);
    if ((overflowY === 'auto' || overflowY === 'scroll') && current.scrollHeight > current.clientHeight) return current;
  }
  return null;
}
