import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { openPdfTools } from './pdf-tools';
import { runCli } from './run';

/** `handbok`: the command line over the same shared/ code as the app. */
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  newId: () => randomUUID(),
  openPdfTools,
});
