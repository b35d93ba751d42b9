/** The part of a pdf.js document that finds where a named destination lies, and counts the pages. */
export interface PdfDestinations {
  numPages: number;
  getDestinations(): Promise<Record<string, unknown[] | null | undefined>>;
  getPageIndex(ref: { num: number; gen: number }): Promise<number>;
}

const isRef = (value: unknown): value is { num: number; gen: number } =>
  typeof value === 'object' && value !== null && typeof (value as { num?: unknown }).num === 'number';

/**
 * The page (counted from 1, as the footer counts) on which each heading stands. The table of contents
 * links to every heading, so Chromium writes a named destination for each id; its first entry is
 * the page.
 */
export async function headingPages(pdf: PdfDestinations, ids: readonly string[]): Promise<Map<string, number>> {
  const destinations = await pdf.getDestinations();
  const pages = new Map<string, number>();
  for (const id of ids) {
    const target = destinations[id]?.[0];
    if (isRef(target)) pages.set(id, (await pdf.getPageIndex(target)) + 1);
    else if (typeof target === 'number') pages.set(id, target + 1);
  }
  return pages;
}
