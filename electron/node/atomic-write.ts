import { randomUUID } from 'node:crypto';
import { open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary file's name: beside the target, hidden, recognisable by the start of the target's
 * name, and never longer than a name the file system takes (255 bytes): at most 40 characters of
 * the target's name, at most 4 bytes each, and 42 of our own.
 */
const temporaryName = (target: string) => `.${Array.from(basename(target)).slice(0, 40).join('')}.${randomUUID()}.tmp`;

/**
 * Writes to a temporary file beside the target, flushes it to disk and renames it into place: a
 * crash or a full disk half-way leaves the old file whole. A symbolic link is followed, so the file
 * it points at is replaced and the link stays. The folder must let us create the temporary file; where
 * it does not, this fails (EACCES) and writes nothing, rather than writing in place.
 */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  // The file a link points at; the path as given where nothing is there yet.
  const target = await realpath(path).catch(() => path);
  const temporary = join(dirname(target), temporaryName(target));
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
