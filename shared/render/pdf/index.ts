import type { HandbokDocument } from '../../model/document';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { embeddedFontCss, type FontSource } from '../fonts';
import { PAGE_MARGIN_MM, renderHtml, type HtmlOptions, type HtmlResult } from '../html';
import { finishPdf } from './finish';
import type { FlateCodec } from './raw/file';
import { pageText } from './page-text';
import type { RenderWarning } from '../warnings';
import { headingPages, type PdfDestinations } from './heading-pages';
import type { PdfPrinter, PrintJob } from './printer';

export type { PdfDestinations, PdfPrinter, PrintJob };
export { headingPages };

/** The steps of an export, for a progress display. */
export type PdfStage = 'layout' | 'final' | 'correction';

/** The printer and the PDF reader of the place the export runs in (Electron, the command line, a test). */
export interface PdfTools {
  printer: PdfPrinter;
  /** Opens a printed PDF with pdf.js (set up differently in Node and in the browser); closed after use. */
  openPdf: (bytes: Uint8Array) => Promise<PdfDestinations & { destroy(): Promise<void> | void }>;
  /** The bundled fonts' files: every PDF is set in them alone, the same on any machine. */
  fonts: FontSource;
  /** The runtime's fastest zlib for finishing the PDF; the web's CompressionStream without it. */
  flate?: FlateCodec;
  onStage?: (stage: PdfStage) => void;
}

export type PdfOptions = Omit<HtmlOptions, 'pageNumbers' | 'layoutOnly' | 'fontCss'> & PdfTools;

/** A page to print, given the heading pages of a first printing (or a request for the layout printing) and the fonts' rules. */
export type PageRender = (options: Pick<HtmlOptions, 'pageNumbers' | 'layoutOnly' | 'fontCss'>) => HtmlResult;


export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** The page on which each heading stands, by heading id; the table of contents shows the same numbers. */
  headingPages: Map<string, number>;
  warnings: RenderWarning[];
}

/** An export's options apart: the tools it prints with, and the options of the page it prints. */
export function splitPdfOptions({ printer, openPdf, fonts, flate, onStage, ...page }: PdfOptions): { tools: PdfTools; page: Omit<PdfOptions, keyof PdfTools> } {
  return { tools: { printer, openPdf, fonts, ...(flate ? { flate } : {}), ...(onStage ? { onStage } : {}) }, page };
}

/** Chromium's printing of a page, finished as PDF/UA-1 with what the page says of itself (see finishPdf). */
export function finishPrintedPage(bytes: Uint8Array, html: string, flate?: FlateCodec): Promise<Uint8Array<ArrayBuffer>> {
  return finishPdf(bytes, { ...pageText(html), marginPt: (PAGE_MARGIN_MM / 25.4) * 72, ...(flate ? { flate } : {}) });
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/**
 * A governing document as a tagged PDF whose table of contents names the right pages (see printPages).
 */
export function renderPdf(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  const { tools, page: htmlOptions } = splitPdfOptions(options);
  return printPages((page) => renderHtml(document, organisation, { ...htmlOptions, ...page }), exportHouseStyle(organisation, htmlOptions.houseStyle), tools);
}

/**
 * A page as a tagged PDF, set in the bundled fonts of the house style, whose table of contents, if
 * it has one, names the right pages. Chromium cannot count pages in CSS, so the page is first
 * printed quickly to find where each heading lands,
 * then printed for real with those numbers in the contents. The result is read back and printed once
 * more should a heading have moved (the contents keep a fixed width for their numbers, so in practice
 * none does). A page without contents is printed once. Chromium's tagged PDF is then finished as
 * PDF/UA-1 (finishPdf), with bookmarks and link descriptions taken from the page's own text.
 */
export async function printPages(render: PageRender, style: HouseStyle, { printer, openPdf, fonts, flate, onStage }: PdfTools): Promise<PdfResult> {
  const fontCss = await embeddedFontCss(style, fonts);
  const locate = async (bytes: Uint8Array, ids: string[]) => {
    const pdf = await openPdf(bytes);
    try {
      return await headingPages(pdf, ids);
    } finally {
      await pdf.destroy();
    }
  };
  const print = async (pageNumbers: ReadonlyMap<string, number> | undefined) => {
    const page = render({ pageNumbers, fontCss });
    return { page, bytes: await printer.print({ html: page.html, mode: 'final' }) };
  };

  const layout = render({ layoutOnly: true, fontCss });
  const ids = layout.headings.map((heading) => heading.id);
  let pages = new Map<string, number>();
  if (ids.length) {
    // The layout printing: only the headings are drawn (hiding the rest moves nothing on the page).
    onStage?.('layout');
    pages = await locate(await printer.print({ html: layout.html, mode: 'layout' }), ids);
  }

  onStage?.('final');
  let { page, bytes } = await print(pages);
  const landed = ids.length ? await locate(bytes, ids) : pages;
  if (!samePages(landed, pages)) {
    onStage?.('correction');
    pages = landed;
    ({ page, bytes } = await print(pages));
  }
  return { bytes: await finishPrintedPage(bytes, page.html, flate), headingPages: pages, warnings: page.warnings };
}
