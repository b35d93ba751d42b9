import type { HandbokDocument } from '../../model/document';
import type { Organisation } from '../../model/organisation';
import { renderHtml, type HtmlOptions } from '../html';
import type { RenderWarning } from '../warnings';
import { headingPages, type PdfDestinations } from './heading-pages';
import type { PdfPrinter, PrintJob } from './printer';

export type { PdfDestinations, PdfPrinter, PrintJob };
export { headingPages };

/** The steps of an export, for a progress display. */
export type PdfStage = 'layout' | 'final' | 'correction';

export interface PdfOptions extends Omit<HtmlOptions, 'pageNumbers'> {
  printer: PdfPrinter;
  /** Opens a printed PDF with pdf.js (set up differently in Node and in the browser); closed after use. */
  openPdf: (bytes: Uint8Array) => Promise<PdfDestinations & { destroy(): Promise<void> | void }>;
  onStage?: (stage: PdfStage) => void;
}

export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** The page on which each heading stands, by heading id; the table of contents shows the same numbers. */
  headingPages: Map<string, number>;
  warnings: RenderWarning[];
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/**
 * A governing document as a tagged PDF whose table of contents names the right pages. Chromium cannot
 * count pages in CSS, so the page is first printed quickly to find where each heading lands, then
 * printed for real with those numbers in the contents. The result is read back and printed once more
 * should a heading have moved (the contents keep a fixed width for their numbers, so in practice
 * none does).
 */
export async function renderPdf(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  const { printer, openPdf, onStage, ...htmlOptions } = options;
  const locate = async (bytes: Uint8Array, ids: string[]) => {
    const pdf = await openPdf(bytes);
    try {
      return await headingPages(pdf, ids);
    } finally {
      await pdf.destroy();
    }
  };

  const print = async (pageNumbers: ReadonlyMap<string, number> | undefined) => {
    const page = renderHtml(document, organisation, { ...htmlOptions, pageNumbers });
    return { page, bytes: await printer.print({ html: page.html, mode: 'final' }) };
  };

  // The layout printing: only the headings are drawn (hiding the rest moves nothing on the page).
  onStage?.('layout');
  const layout = renderHtml(document, organisation, { ...htmlOptions, layoutOnly: true });
  const ids = layout.headings.map((heading) => heading.id);
  let pages = ids.length ? await locate(await printer.print({ html: layout.html, mode: 'layout' }), ids) : new Map<string, number>();

  onStage?.('final');
  let { page, bytes } = await print(pages);
  const landed = ids.length ? await locate(bytes, ids) : pages;
  if (!samePages(landed, pages)) {
    onStage?.('correction');
    pages = landed;
    ({ page, bytes } = await print(pages));
  }
  return { bytes, headingPages: pages, warnings: page.warnings };
}
