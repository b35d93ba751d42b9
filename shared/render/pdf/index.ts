import type { HandbokDocument } from '../../model/document';
import { DEFAULT_HOUSE_STYLE, type Organisation } from '../../model/organisation';
import { renderHtml, type HtmlOptions } from '../html';
import type { RenderWarning } from '../warnings';
import { headingPages, type PdfDestinations } from './heading-pages';
import { pageTemplates } from './page-templates';
import type { PageTemplates, PdfPrinter } from './printer';

export type { PageTemplates, PdfDestinations, PdfPrinter };
export { headingPages, pageTemplates };

/** The steps of an export, for a progress display. */
export type PdfStage = 'layout' | 'page-numbers' | 'final';

export interface PdfOptions extends Omit<HtmlOptions, 'pageNumbers'> {
  printer: PdfPrinter;
  /** Opens a printed PDF with pdf.js (set up differently in Node and in the browser); closed after use. */
  openPdf: (bytes: Uint8Array) => Promise<PdfDestinations & { destroy(): Promise<void> | void }>;
  onStage?: (stage: PdfStage) => void;
}

export interface PdfResult {
  bytes: Uint8Array;
  /** The page on which each heading stands, by heading id; the table of contents shows the same numbers. */
  headingPages: Map<string, number>;
  warnings: RenderWarning[];
}

/** Printings at most: the first finds the pages, the second fills in the contents, a third only if that moved a heading. */
const MAX_PRINTINGS = 3;

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/**
 * A governing document as a tagged PDF whose table of contents names the right pages. Chromium cannot
 * count pages in CSS, so the page is printed once to find where each heading lands, and again with
 * those numbers in the contents; the result is read back, and printed once more should a heading
 * have moved (the contents keep a fixed width for their numbers, so in practice it does not).
 */
export async function renderPdf(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  const { printer, openPdf, onStage, ...htmlOptions } = options;
  const style = { ...DEFAULT_HOUSE_STYLE, ...organisation?.houseStyle, ...htmlOptions.houseStyle };
  const templates: PageTemplates = pageTemplates(document, organisation, style);
  const locate = async (bytes: Uint8Array, ids: string[]) => {
    const pdf = await openPdf(bytes);
    try {
      return await headingPages(pdf, ids);
    } finally {
      await pdf.destroy();
    }
  };

  let page = renderHtml(document, organisation, htmlOptions);
  const ids = page.headings.map((heading) => heading.id);
  onStage?.('layout');
  let bytes = await printer.print(page.html, templates);
  if (!ids.length) return { bytes, headingPages: new Map(), warnings: page.warnings };

  let pages = await locate(bytes, ids);
  for (let printing = 2; printing <= MAX_PRINTINGS; printing += 1) {
    onStage?.(printing === 2 ? 'page-numbers' : 'final');
    page = renderHtml(document, organisation, { ...htmlOptions, pageNumbers: pages });
    bytes = await printer.print(page.html, templates);
    const landed = await locate(bytes, ids);
    if (samePages(landed, pages)) break;
    pages = landed;
  }
  return { bytes, headingPages: pages, warnings: page.warnings };
}
