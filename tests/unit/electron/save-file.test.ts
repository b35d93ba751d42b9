import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFileRequestSchema } from '../../../shared/ipc';

vi.mock('electron', () => import('./electron-mock'));
const { dialog } = await import('./electron-mock');
const { saveFile, safeFileName } = await import('../../../electron/main/handlers/save-file');

const event = { sender: {} } as Parameters<typeof saveFile>[1];
const bytes = new Uint8Array([80, 75, 3, 4]);

describe('save-file', () => {
  beforeEach(() => vi.mocked(dialog.showSaveDialog).mockReset());

  it('writes the file where the user chose in the save dialog', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-save-')), 'handbok.docx');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: path });
    expect(await saveFile({ kind: 'docx', suggestedName: 'Kvalitetshandbok', bytes }, event)).toBe(true);
    expect([...readFileSync(path)]).toEqual([...bytes]);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'Kvalitetshandbok.docx', filters: [{ name: 'Word', extensions: ['docx'] }] });
  });

  it('writes nothing when the user cancels', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-save-')), 'inte.docx');
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: path });
    expect(await saveFile({ kind: 'docx', suggestedName: 'X', bytes }, event)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });

  it('suggests a plain file name, never a path', () => {
    expect(safeFileName('../../etc/passwd', 'docx')).toBe('-..-etc-passwd.docx');
    expect(safeFileName('Riktlinje: internkontroll 2025/26', 'docx')).toBe('Riktlinje- internkontroll 2025-26.docx');
    expect(safeFileName('...', 'handbok')).toBe('dokument.handbok');
  });

  it('takes only the kinds of file the app makes, as bytes of bounded size', () => {
    expect(saveFileRequestSchema.safeParse({ kind: 'docx', suggestedName: 'a', bytes }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ kind: 'exe', suggestedName: 'a', bytes }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ kind: 'docx', suggestedName: 'a', bytes: 'PK' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ kind: 'docx', suggestedName: '', bytes }).success).toBe(false);
  });
});
