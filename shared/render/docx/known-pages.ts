import type { PageNumberEstimator } from 'docx';

/**
 * Where the headings of a document land, worked out by the PDF export's layout printing (the same
 * page, in fonts drawn to the same widths as the Word file's), so that the Word file's table of
 * contents carries its page numbers when it is opened, without Word being asked to update it.
 */
export interface KnownPages {
  /** The page of each heading the contents list, in document order. */
  headings: readonly number[];
  /** The number of pages, for "Sida X av Y" until Word counts them itself. */
  count: number;
}

/** The table of contents' bookmarks (docx names them `_Toc…`), in the order they stand in the body. */
function contentsBookmarks(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) contentsBookmarks(child, names);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) names.push(name);
      } else {
        contentsBookmarks(value, names);
      }
    }
  }
  return names;
}

/**
 * docx's page-number estimator, answered with known pages: the nth bookmark of the contents is the
 * nth heading. Should the two not list the same headings, no number is given rather than a wrong one.
 */
export function knownPageNumbers(pages: KnownPages): PageNumberEstimator {
  return (body) => {
    const names = contentsBookmarks(body);
    const fits = names.length === pages.headings.length;
    return {
      bookmarks: new Map(fits ? names.map((name, index) => [name, String(pages.headings[index])]) : []),
      pageCount: pages.count,
    };
  };
}
