import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { writeAtomically } from '../node/atomic-write';
import { readFileAtMost } from '../node/file-errors';
import { openPdfTools } from './pdf-tools';
import type { CliIo } from './run';

/** The command line's io on the real disk and terminal. */
export const nodeCliIo: CliIo = {
  readBytes: readFileAtMost,
  exists: (path) => access(path).then(
    () => true,
    () => false,
  ),
  writeFile: writeAtomically,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  newId: () => randomUUID(),
  openPdfTools,
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};
