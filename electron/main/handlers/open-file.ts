import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { IpcHandler } from '../ipc';

const MAX_BYTES = 200 * 1024 * 1024;

/** Shows the open dialog and reads the file the user chose; null when they cancelled. */
export const openFile: IpcHandler<'open-file'> = async (kind, event) => {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = { properties: ['openFile' as const], filters: [{ name: 'Handbok', extensions: [kind, 'json'] }] };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return null;
  if ((await stat(path)).size > MAX_BYTES) throw new Error(`${basename(path)} är större än 200 MB`);
  return { name: basename(path), text: await readFile(path, 'utf8') };
};
