import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printJobSchema } from '../../../shared/ipc';

const temp = mkdtempSync(join(tmpdir(), 'handbok-print-test-'));

/** What the printer did with its window: the preferences it asked for, the page it loaded, the print options. */
const windows: { options: { webPreferences: Record<string, unknown> }; loaded?: string; html?: string; printed?: Record<string, unknown>; destroyed: boolean }[] = [];
let printResult: () => Promise<Buffer> = async () => Buffer.from('%PDF-1.4 test');
let beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
const fromPartition = vi.fn(() => ({
  webRequest: { onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener) },
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
}));

vi.mock('electron', async () => {
  const mock = await import('./electron-mock');
  class FakeWindow {
    readonly record: (typeof windows)[number];
    readonly webContents = { printToPDF: async (options: Record<string, unknown>) => ((this.record.printed = options), printResult()) };
    constructor(options: (typeof windows)[number]['options']) {
      this.record = { options, destroyed: false };
      windows.push(this.record);
    }
    async loadURL(url: string) {
      this.record.loaded = url;
      this.record.html = readFileSync(fileURLToPath(url), 'utf8');
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { ...mock, app: { ...mock.app, getPath: () => temp }, session: { ...mock.session, fromPartition }, BrowserWindow: FakeWindow };
});
const { electronPdfPrinter, PRINT_TIMEOUT_MS } = await import('../../../electron/main/handlers/print-pdf');

const html = '<!DOCTYPE html><html lang="sv-SE"><title>Handbok</title><h1 id="h-1">Inledning</h1></html>';

describe('the PDF printer of Electron main', () => {
  beforeEach(() => {
    windows.length = 0;
    printResult = async () => Buffer.from('%PDF-1.4 test');
  });

  it('prints the final PDF tagged, with bookmarks, header and footer, in a sandboxed window without scripts', async () => {
    const bytes = await electronPdfPrinter.print({ html, mode: 'final' });
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.4 test');
    const [window] = windows;
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(window!.options.webPreferences.preload).toBeUndefined();
    expect(fromPartition).toHaveBeenCalledWith('handbok-print');
    expect(window!.html).toBe(html);
    expect(window!.printed).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
    });
    expect((window!.printed!.margins as { top: number }).top).toBeCloseTo(25 / 25.4);
    // The page was a temporary file, gone once printed; the window too.
    expect(existsSync(fileURLToPath(window!.loaded!))).toBe(false);
    expect(window!.destroyed).toBe(true);
  });

  it('prints the layout pass without tags or bookmarks', async () => {
    await electronPdfPrinter.print({ html, mode: 'layout' });
    expect(windows[0]!.printed).toMatchObject({ generateTaggedPDF: false, generateDocumentOutline: false });
  });

  it('lets the print window load its own page and inline images, and nothing from a network', async () => {
    let allowed: Record<string, boolean> = {};
    printResult = async () => {
      const ask = (url: string) => new Promise<boolean>((resolve) => beforeRequest!({ url }, ({ cancel }) => resolve(!cancel)));
      allowed = {
        page: await ask(windows[0]!.loaded!),
        image: await ask('data:image/png;base64,AAAA'),
        web: await ask('https://example.com/spårning.png'),
        otherFile: await ask('file:///etc/passwd'),
      };
      return Buffer.from('%PDF');
    };
    await electronPdfPrinter.print({ html, mode: 'final' });
    expect(allowed).toEqual({ page: true, image: true, web: false, otherFile: false });
    // Once printed, the page itself is refused too.
    const after = await new Promise<boolean>((resolve) => beforeRequest!({ url: windows[0]!.loaded! }, ({ cancel }) => resolve(!cancel)));
    expect(after).toBe(false);
  });

  it('closes the window and removes the page when printing fails', async () => {
    printResult = () => Promise.reject(new Error('printing failed'));
    await expect(electronPdfPrinter.print({ html, mode: 'final' })).rejects.toThrow('printing failed');
    expect(windows[0]!.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(windows[0]!.loaded!))).toBe(false);
  });

  it('gives up a print that never finishes, closes its window, and the next print works', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      printResult = () => new Promise<Buffer>(() => {});
      const stuck = electronPdfPrinter.print({ html, mode: 'final' });
      const outcome = stuck.then(() => 'printed', (error: Error) => error.message);
      await vi.waitFor(() => expect(windows[0]?.printed).toBeDefined());
      await vi.advanceTimersByTimeAsync(PRINT_TIMEOUT_MS);
      expect(await outcome).toMatch(/blev inte klar i tid/);
      expect(windows[0]!.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    printResult = async () => Buffer.from('%PDF-1.4 igen');
    expect(Buffer.from(await electronPdfPrinter.print({ html, mode: 'final' })).toString()).toBe('%PDF-1.4 igen');
  });

  it('takes only print jobs of the expected shape', () => {
    expect(printJobSchema.safeParse({ html, mode: 'final' }).success).toBe(true);
    expect(printJobSchema.safeParse({ html, mode: 'draft' }).success).toBe(false);
    expect(printJobSchema.safeParse({ html: 42, mode: 'final' }).success).toBe(false);
    expect(printJobSchema.safeParse({ html }).success).toBe(false);
  });
});
