/**
 * What goes around every page: Chromium draws these in the page margins, filling the elements of
 * class `pageNumber` and `totalPages`. They are small HTML documents of their own, with no access to
 * the page's styles.
 */
export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * How a page is printed. The final printing is the accessible PDF: tagged (headings, lists, tables,
 * figures with their alt text), with bookmarks built from the headings, and the header and footer.
 * A layout printing only finds where the headings land, so it leaves out what takes time and does
 * not move anything: tags, bookmarks, header and footer.
 */
export interface PrintJob {
  html: string;
  mode: 'layout' | 'final';
  templates: PageTemplates;
}

/**
 * Prints a standalone HTML page to PDF with Chromium, on A4 with the page's own @page size and 2.5 cm
 * margins. Electron main implements it with `webContents.printToPDF`, the command line and the
 * tests with playwright-core's `page.pdf`: the same HTML in gives the same PDF out.
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array<ArrayBuffer>>;
}
