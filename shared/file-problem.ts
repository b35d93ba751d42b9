/**
 * Why a file could not be read or written, as a person can act on it, whatever the system called it.
 * The command line says each in Swedish with the path (electron/cli/file-messages.ts); the desktop
 * app's main process throws a `FileProblemError`, whose message survives the trip over IPC, and the
 * renderer says it in the user's language (describeError).
 */
export const FILE_PROBLEMS = [
  'not-found',
  'folder-missing',
  'is-folder',
  'no-permission',
  'busy',
  'disk-full',
  'read-only',
  'name-too-long',
  'too-large',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

const MARKER = 'handbok-file-problem:';
const MARKED = new RegExp(`${MARKER}([a-z-]+)`);

/**
 * A file problem thrown in main. Electron hands the renderer only a message ("Error invoking remote
 * method 'save-file': Error: handbok-file-problem:disk-full"), so the problem travels in it.
 */
export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`${MARKER}${problem}`);
    this.name = 'FileProblemError';
  }
}

/** The file problem an error carries, also after it crossed IPC as text; null for any other error. */
export function fileProblemOf(error: unknown): FileProblem | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const found = MARKED.exec(message)?.[1];
  return (FILE_PROBLEMS as readonly string[]).includes(found ?? '') ? (found as FileProblem) : null;
}
