import { open } from 'node:fs/promises';
import { FileProblemError, type FileProblem } from '../../shared/file-problem';

/**
 * The file problem behind a system error (`ENOENT`, `ENOSPC` …): the one place Node's error codes
 * are read, for the command line and the desktop app alike. Null for an error that is not about a
 * file, which the caller reports as it is.
 */
export function fileProblemOf(error: unknown, action: 'read' | 'write'): FileProblem | null {
  // A string longer than V8 allows: only ever a file too large to read whole.
  if (error instanceof RangeError && /string length/i.test(error.message)) return 'too-large';
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      // Writing, the file itself need not exist: what is missing is its folder.
      return action === 'read' ? 'not-found' : 'folder-missing';
    case 'EISDIR':
      return 'is-folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    case 'EFBIG':
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'too-large';
    default:
      return null;
  }
}

const systemError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/**
 * Reads a file, but never more than `maxBytes` of it: a larger file is refused with `EFBIG` before
 * it is read (by its size) or as soon as it passes the limit (a device or pipe that never ends), so
 * that no input costs more than the limit in time and memory.
 */
export async function readFileAtMost(path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const file = await open(path, 'r');
  try {
    const info = await file.stat();
    if (info.isDirectory()) throw systemError('EISDIR', `illegal operation on a directory, read '${path}'`);
    if (info.isFile() && info.size > maxBytes) throw systemError('EFBIG', `file is larger than ${maxBytes} bytes, '${path}'`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(4 * 1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw systemError('EFBIG', `file is larger than ${maxBytes} bytes, '${path}'`);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await file.close();
  }
}

/**
 * Runs a file operation of a main-process handler; a system error it throws becomes a
 * `FileProblemError`, which the renderer says in the user's language. Other errors pass unchanged.
 */
export async function withFileProblems<T>(action: 'read' | 'write', operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const problem = fileProblemOf(error, action);
    throw problem ? new FileProblemError(problem) : error;
  }
}
