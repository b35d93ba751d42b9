/**
 * How a page is printed. The final printing is the accessible PDF: tagged (headings, lists, tables,
 * figures with their alt text) and with bookmarks built from the headings. A layout printing only
 * finds where the headings land, so it leaves out what takes time and moves nothing: the tags and
 * the bookmarks. The header and footer are the page's own (CSS page-margin boxes).
 */
export interface PrintJob {
  html: string;
  mode: 'layout' | 'final';
}

/**
 * Prints a standalone HTML page to PDF with Chromium, on A4 with the page's own @page size and 2.5 cm
 * margins. Electron main implements it with `webContents.printToPDF`, the command line and the
 * tests with playwright-core's `page.pdf`: the same HTML in gives the same PDF out.
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array<ArrayBuffer>>;
}
