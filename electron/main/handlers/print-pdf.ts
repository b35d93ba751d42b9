import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { PAGE_MARGIN_MM } from '../../../shared/render/html/styles';
import type { PdfPrinter, PrintJob } from '../../../shared/render/pdf/printer';
import { writeAtomically } from '../../node/atomic-write';
import type { IpcHandler } from '../ipc';

/** An in-memory session of its own: the print window shares no storage with the app and loads nothing from a network. */
const PARTITION = 'handbok-print';
const MARGIN_INCHES = PAGE_MARGIN_MM / 25.4;
/** A page that has not loaded in this time never will; the user is told instead of waiting forever. */
const LOAD_TIMEOUT_MS = 120_000;
/**
 * A print that has not finished in this time is given up, its window destroyed, and the user told;
 * the next export starts afresh. (A long handbook prints in well under a minute.)
 */
export const PRINT_TIMEOUT_MS = 180_000;

/** The pages being printed right now: the only URLs the print session lets through, besides inline images. */
const printing = new Set<string>();
let sessionReady = false;

function printSession() {
  const printSession = session.fromPartition(PARTITION);
  if (!sessionReady) {
    printSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !(printing.has(details.url) || details.url.startsWith('data:')) });
    });
    printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printSession.setPermissionCheckHandler(() => false);
    sessionReady = true;
  }
  return printSession;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Electron's `PdfPrinter`: a hidden window, sandboxed, with scripts off and its own session that
 * reaches no network, loads the page from a file in the app's temporary folder (a data URL of a large
 * handbook is too long) and prints it with `printToPDF`, as the command line prints with
 * playwright-core: the final printing tagged and with bookmarks (both, since Chromium builds the
 * bookmarks from the tags); the header and footer are the page's own.
 */
export const electronPdfPrinter: PdfPrinter = {
  async print({ html, mode }: PrintJob) {
    const folder = await mkdtemp(join(app.getPath('temp'), 'handbok-print-'));
    const file = join(folder, 'sida.html');
    const url = pathToFileURL(file).href;
    // Atomic as every file the app writes, though the folder is its own: a page is never printed half-written.
    await writeAtomically(file, html);
    printing.add(url);
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        session: printSession(),
        sandbox: true,
        contextIsolation: true,
        javascript: false,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        devTools: false,
      },
    });
    try {
      await withTimeout(window.loadURL(url), LOAD_TIMEOUT_MS, 'Sidan som skulle skrivas ut laddades inte.');
      const final = mode === 'final';
      const printed = window.webContents.printToPDF({
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        // The page's @page rule sets the same; given here too, as the command line gives it.
        margins: { top: MARGIN_INCHES, bottom: MARGIN_INCHES, left: MARGIN_INCHES, right: MARGIN_INCHES },
        generateTaggedPDF: final,
        generateDocumentOutline: final,
      });
      const pdf = await withTimeout(printed, PRINT_TIMEOUT_MS, 'Utskriften till PDF blev inte klar i tid. Försök igen; hjälper det inte, starta om Handbok.');
      return new Uint8Array(pdf);
    } finally {
      printing.delete(url);
      window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  },
};

export const printPdf: IpcHandler<'print-pdf'> = (job) => electronPdfPrinter.print(job);
