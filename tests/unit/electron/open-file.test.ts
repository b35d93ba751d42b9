import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));
const { dialog } = await import('./electron-mock');
const { openFile } = await import('../../../electron/main/handlers/open-file');

const event = { sender: {} } as Parameters<typeof openFile>[1];

describe('open-file', () => {
  it('reads the file the user chose, and only that', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-open-')), 'bibliotek.handbok');
    writeFileSync(path, '{"format":"handbok-archive"}');
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [path] });
    expect(await openFile('handbok', event)).toEqual({ name: 'bibliotek.handbok', text: '{"format":"handbok-archive"}' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: [{ name: 'Handbok', extensions: ['handbok', 'json'] }] });
  });

  it('gives null when the user cancels', async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile('handbok', event)).toBeNull();
  });
});
