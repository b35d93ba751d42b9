import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DOCX_LIMITS } from '../../../shared/import/docx/package';

vi.mock('electron', () => import('./electron-mock'));
const { dialog } = await import('./electron-mock');
const { openWordFiles } = await import('../../../electron/main/handlers/open-word-files');

const event = { sender: {} } as Parameters<typeof openWordFiles>[1];

describe('open-word-files', () => {
  it('reads every Word file the user chose, and names one too large to import without reading it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-word-'));
    const small = join(folder, 'Riktlinje.docx');
    writeFileSync(small, 'PK\u0003\u0004');
    const large = join(folder, 'Stor.docx');
    writeFileSync(large, '');
    truncateSync(large, DOCX_LIMITS.maxFileBytes + 1);
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [small, large] });
    const chosen = await openWordFiles(undefined, event);
    expect(chosen).toEqual([
      { name: 'Riktlinje.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
      { name: 'Stor.docx', tooLarge: true },
    ]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
  });

  it('gives an empty list when the user cancels', async () => {
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openWordFiles(undefined, event)).toEqual([]);
  });
});
