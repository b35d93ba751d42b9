import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileProblemOf } from '../../../shared/file-problem';

/**
 * The disk as it fails: `failing` set, every write through node:fs/promises (a plain writeFile or an
 * open file's) puts half of its data down and then finds the disk full; `refuseOpen` makes creating
 * a file fail as in a folder the user may not write in.
 */
const disk = vi.hoisted(() => ({ failing: false, refuseOpen: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const half = (data: string | Uint8Array) => (typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
  return {
    ...actual,
    writeFile: async (path: Parameters<typeof actual.writeFile>[0], data: string | Uint8Array) => {
      if (!disk.failing) return actual.writeFile(path, data);
      await actual.writeFile(path, half(data));
      throw full();
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      if (disk.refuseOpen) throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES' });
      const handle = await actual.open(...args);
      const write = handle.writeFile.bind(handle);
      handle.writeFile = async (data: string | Uint8Array) => {
        if (!disk.failing) return write(data);
        await write(half(data));
        throw full();
      };
      return handle;
    },
  };
});
vi.mock('electron', () => import('./electron-mock'));
const { dialog } = await import('./electron-mock');
const { saveFile } = await import('../../../electron/main/handlers/save-file');

/** What a handler threw, whether it returned a promise or not. */
const failureOf = (run: () => unknown) => Promise.resolve().then(run).catch((error: unknown) => error);
const event = { sender: {} } as Parameters<typeof saveFile>[1];

describe('save-file writes atomically', () => {
  afterEach(() => Object.assign(disk, { failing: false, refuseOpen: false }));

  it('leaves the earlier file at the chosen path whole when the disk fills half-way, and says so in words', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-save-atomic-'));
    const path = join(folder, 'bibliotek.handbok');
    writeFileSync(path, 'den förra exporten, hel');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: path });
    disk.failing = true;
    const failure = await failureOf(() => saveFile({ kind: 'handbok', suggestedName: 'bibliotek', bytes: new TextEncoder().encode('x'.repeat(10_000)) }, event));
    expect(readFileSync(path, 'utf8')).toBe('den förra exporten, hel');
    expect(fileProblemOf(failure)).toBe('disk-full');
    expect(readdirSync(folder)).toEqual(['bibliotek.handbok']);
  });

  it('refuses, rather than writing in place, where the folder does not let it make the temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-save-atomic-'));
    const path = join(folder, 'rapport.pdf');
    writeFileSync(path, 'förra PDF:en');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: path });
    disk.refuseOpen = true;
    const failure = await failureOf(() => saveFile({ kind: 'pdf', suggestedName: 'rapport', bytes: new Uint8Array([1, 2, 3]) }, event));
    expect(fileProblemOf(failure)).toBe('no-permission');
    expect(readFileSync(path, 'utf8')).toBe('förra PDF:en');
  });

  it('says a missing folder and a folder in place of the file as problems, never as raw system errors', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-save-atomic-'));
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: join(folder, 'saknas', 'x.docx') });
    expect(fileProblemOf(await failureOf(() => saveFile({ kind: 'docx', suggestedName: 'x', bytes: new Uint8Array([1]) }, event)))).toBe('folder-missing');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: folder });
    expect(fileProblemOf(await failureOf(() => saveFile({ kind: 'docx', suggestedName: 'x', bytes: new Uint8Array([1]) }, event)))).toBe('is-folder');
  });
});
