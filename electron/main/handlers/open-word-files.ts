import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { DOCX_LIMITS } from '../../../shared/import/docx/package';
import type { ChosenWordFile } from '../../../shared/ipc';
import { readFileAtMost, withFileProblems } from '../../node/file-errors';
import type { IpcHandler } from '../ipc';

/**
 * Shows the open dialog for Word files, several at once, and reads each one the user chose. A file
 * over the import's size limit is named without being read, so that the others are still imported and
 * the review says which one was too large; a file that cannot be read fails the whole choice with the
 * problem named, as every file read does.
 */
export const openWordFiles: IpcHandler<'open-word-files'> = async (_request, event) => {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = {
    properties: ['openFile' as const, 'multiSelections' as const],
    filters: [{ name: 'Word', extensions: ['docx'] }],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (choice.canceled) return [];
  return withFileProblems('read', async () => {
    const chosen: ChosenWordFile[] = [];
    for (const path of choice.filePaths) {
      const name = basename(path);
      if ((await stat(path)).size > DOCX_LIMITS.maxFileBytes) chosen.push({ name, tooLarge: true });
      else chosen.push({ name, bytes: await readFileAtMost(path, DOCX_LIMITS.maxFileBytes) });
    }
    return chosen;
  });
};
