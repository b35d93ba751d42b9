import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ARCHIVE_MAX_BYTES } from '../../../shared/archive/archive-file';
import { fileProblemOf } from '../../../shared/file-problem';

vi.mock('electron', () => import('./electron-mock'));
const { dialog } = await import('./electron-mock');
const { openFile } = await import('../../../electron/main/handlers/open-file');

/** What a handler threw, whether it returned a promise or not. */
const failureOf = (run: () => unknown) => Promise.resolve().then(run).catch((error: unknown) => error);
const event = { sender: {} } as Parameters<typeof openFile>[1];

describe('open-file', () => {
  it('reads the bytes of the file the user chose, and only that, for the renderer to check as every archive is checked', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-open-')), 'bibliotek.handbok');
    // With the byte-order mark a Windows tool writes: main passes the bytes on as they are.
    writeFileSync(path, '\ufeff{"format":"handbok-archive"}');
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [path] });
    const opened = await openFile('handbok', event);
    expect(opened?.name).toBe('bibliotek.handbok');
    expect([...opened!.bytes]).toEqual([...new TextEncoder().encode('\ufeff{"format":"handbok-archive"}')]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: [{ name: 'Handbok', extensions: ['handbok', 'json'] }] });
  });

  it('refuses a file over the archive limit by its size, at once, with a problem the renderer can say', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-open-')), 'stor.handbok');
    writeFileSync(path, '');
    truncateSync(path, ARCHIVE_MAX_BYTES + 1);
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [path] });
    const started = performance.now();
    const failure = await failureOf(() => openFile('handbok', event));
    expect(performance.now() - started).toBeLessThan(250);
    expect(fileProblemOf(failure)).toBe('too-large');
  });

  it('says a file that went away between the dialog and the read as a problem, not a system error', async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [join(tmpdir(), 'handbok-finns-inte.handbok')] });
    expect(fileProblemOf(await failureOf(() => openFile('handbok', event)))).toBe('not-found');
  });

  it('gives null when the user cancels', async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile('handbok', event)).toBeNull();
  });
});
