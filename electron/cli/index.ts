import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { writeAtomically } from '../node/atomic-write';
import { openPdfTools } from './pdf-tools';
import { runCli } from './run';

/** `handbok`: the command line over the same shared/ code as the app. */
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
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
});
