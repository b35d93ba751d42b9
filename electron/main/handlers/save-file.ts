import { BrowserWindow, dialog } from 'electron';
import type { SaveFileKind } from '../../../shared/ipc';
import { writeAtomically } from '../../node/atomic-write';
import { withFileProblems } from '../../node/file-errors';
import type { IpcHandler } from '../ipc';

const FILTERS: Record<SaveFileKind, { name: string; extensions: string[] }> = {
  docx: { name: 'Word', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'HTML', extensions: ['html'] },
  handbok: { name: 'Handbok', extensions: ['handbok'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
};

/** Keeps only a plain file name: no folders, nothing the file system treats specially. */
export function safeFileName(name: string, kind: SaveFileKind): string {
  const printable = [...name].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const base = printable.replace(/[\\/:*?"<>|]/g, '-').replace(/^\.+/, '').trim() || 'dokument';
  return base.toLowerCase().endsWith(`.${kind}`) ? base : `${base}.${kind}`;
}

/**
 * Shows the save dialog and writes the file where the user chose; false when they cancelled. The
 * write is atomic, as the command line's: a full disk or a crash half-way leaves the file that was
 * there (an earlier export, a saved backup) whole. Where the folder does not let Handbok make the
 * temporary file beside it, nothing is written and the user is told: writing in place instead would
 * give up exactly that guarantee.
 */
export const saveFile: IpcHandler<'save-file'> = async ({ kind, suggestedName, bytes }, event) => {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = { defaultPath: safeFileName(suggestedName, kind), filters: [FILTERS[kind]] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return false;
  const path = choice.filePath;
  await withFileProblems('write', () => writeAtomically(path, bytes));
  return true;
};
