import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { ARCHIVE_MAX_BYTES } from '../../../shared/archive/archive-file';
import { FileProblemError } from '../../../shared/file-problem';
import { readFileAtMost, withFileProblems } from '../../node/file-errors';
import type { IpcHandler } from '../ipc';

/**
 * Shows the open dialog and reads the file the user chose, as bytes; null when they cancelled. A
 * file over the archive limit is refused by its size before a byte is read; the renderer checks the
 * bytes with readArchiveFile, as the command line does.
 */
export const openFile: IpcHandler<'open-file'> = async (kind, event) => {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = { properties: ['openFile' as const], filters: [{ name: 'Handbok', extensions: [kind, 'json'] }] };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return null;
  return withFileProblems('read', async () => {
    if ((await stat(path)).size > ARCHIVE_MAX_BYTES) throw new FileProblemError('too-large');
    return { name: basename(path), bytes: await readFileAtMost(path, ARCHIVE_MAX_BYTES) };
  });
};
