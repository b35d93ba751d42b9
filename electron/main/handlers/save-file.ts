import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { SaveFileKind } from '../../../shared/ipc';
import type { IpcHandler } from '../ipc';

const FILTERS: Record<SaveFileKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'HTML', extensions: ['html'] },
  handbok: { name: 'Handbok', extensions: ['handbok'] },
};

/** Keeps only a plain file name: no folders, nothing the file system treats specially. */
export function safeFileName(name: string, kind: SaveFileKind): string {
  const printable = [...name].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const base = printable.replace(/[\\/:*?"<>|]/g, '-').replace(/^\.+/, '').trim() || 'dokument';
  return base.toLowerCase().endsWith(`.${kind}`) ? base : `${base}.${kind}`;
}

/** Shows the save dialog and writes the file where the user chose; false when they cancelled. */
export const saveFile: IpcHandler<'save-file'> = async ({ kind, suggestedName, bytes }, event) => {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = { defaultPath: safeFileName(suggestedName, kind), filters: [FILTERS[kind]] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return false;
  await writeFile(choice.filePath, bytes);
  return true;
};
