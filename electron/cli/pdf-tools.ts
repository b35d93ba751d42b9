import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { FontSource } from '@shared/render/fonts';
import { PAGE_MARGIN_MM } from '@shared/render/html';
import type { PdfDestinations, PdfPrinter } from '@shared/render/pdf';
import { checkPdfUa, type PdfUaFailure } from '@shared/render/pdf/check';
import type { FlateCodec } from '@shared/render/pdf/raw/file';
import { nodeFontSource } from '../node/font-files';
import { nodeFlate } from '../node/flate';

/** Debian's Chromium, or the one named by HANDBOK_CHROMIUM; Handbok never downloads a browser. */
export const CHROMIUM = process.env.HANDBOK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a headless print on a closed network: without the background-networking ones Chromium
 * keeps trying to reach Google's services.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const margin = `${PAGE_MARGIN_MM}mm`;

/** A printer and a PDF reader for the command line, the tests and the bench; close it when done. */
export interface ChromiumPdfTools {
  printer: PdfPrinter;
  openPdf: (bytes: Uint8Array) => Promise<PdfDestinations & { destroy(): Promise<void> }>;
  /** The bundled fonts, read from their npm packages: the PDF names no font of the machine's. */
  fonts: FontSource;
  flate: FlateCodec;
  close(): Promise<void>;
}

/**
 * The command line's `PdfPrinter`: the system Chromium through playwright-core, printing with
 * `page.pdf` as Electron main prints with `webContents.printToPDF`: tagged, with an outline, on the
 * page's own A4 size and margins, with its own header and footer. The page runs no scripts and
 * reaches no network.
 */
export function chromiumPrinter(browser: Browser): PdfPrinter {
  return {
    async print({ html, mode }) {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const final = mode === 'final';
        const pdf = await page.pdf({
          tagged: final,
          outline: final,
          preferCSSPageSize: true,
          printBackground: true,
          // The page's @page rule sets the same; given here too, as Electron main gives it.
          margin: { top: margin, bottom: margin, left: margin, right: margin },
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
  };
}

/**
 * pdf.js in Node runs its worker in the same thread, loading it on first use (a second or so); this
 * loads it while Chromium starts.
 */
async function loadPdfWorker(): Promise<void> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
}

/** Opens a PDF with pdf.js in Node, to find where its headings landed. */
export async function openPdfInNode(bytes: Uint8Array) {
  await loadPdfWorker();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over, so it gets a copy; the caller still writes the bytes out.
  return pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
}

/** The PDF/UA-1 checker over a file, with pdf.js in Node. */
export async function checkPdfInNode(bytes: Uint8Array): Promise<PdfUaFailure[]> {
  const document = await openPdfInNode(bytes);
  try {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return await checkPdfUa(bytes, { document, ops: OPS });
  } finally {
    await document.destroy();
  }
}

export async function openPdfTools(): Promise<ChromiumPdfTools> {
  const install = 'Installera paketet chromium eller ange sökvägen till Chromium i HANDBOK_CHROMIUM.';
  if (!existsSync(CHROMIUM)) throw new Error(`PDF-exporten behöver Chromium, men ${CHROMIUM} finns inte. ${install}`);
  let browser: Browser;
  const worker = loadPdfWorker();
  try {
    [browser] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }), worker]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`PDF-exporten behöver Chromium, men ${CHROMIUM} gick inte att starta (${reason}). ${install}`);
  }
  return { printer: chromiumPrinter(browser), openPdf: openPdfInNode, fonts: nodeFontSource, flate: nodeFlate, close: () => browser.close() };
}
