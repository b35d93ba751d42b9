import { DOCX_LIMITS } from '@shared/import/docx/package';
import type { ChosenWordFile } from '@shared/ipc';

/**
 * Reads Word files the page was given (a file input, a drop on the library), as the desktop app's main
 * process reads the files chosen in its dialog: a file over the import's size limit is named, unread.
 */
export async function readWordFiles(files: readonly File[]): Promise<ChosenWordFile[]> {
  const chosen: ChosenWordFile[] = [];
  for (const file of files) {
    if (file.size > DOCX_LIMITS.maxFileBytes) chosen.push({ name: file.name, tooLarge: true });
    else chosen.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return chosen;
}
