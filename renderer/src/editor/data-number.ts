/**
 * Writes a number (a principle's, a heading's, a footnote's) on an element, where CSS shows it with
 * attr(data-number); null removes it. Untouched when unchanged, so the page is not restyled for nothing.
 */
export function writeDataNumber(element: HTMLElement | null, number: string | null) {
  if (!element) return;
  if (number === null) delete element.dataset.number;
  else if (element.dataset.number !== number) element.dataset.number = number;
}
