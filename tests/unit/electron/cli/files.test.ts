import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/node-io';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { ARCHIVE_MAX_BYTES } from '../../../../shared/archive/archive-file';
import { filesFixtures } from '../../../support/hostile/files';

/** The command line over the real disk, in a folder of its own, recording what it prints. */
function diskCli() {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-cli-files-'));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeCliIo, out: (line) => out.push(line), err: (line) => err.push(line) };
  const run = (...args: string[]) => runCli(args, io);
  return { folder, out, err, io, run };
}

const fixture = (name: string) => {
  const found = filesFixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.bytes();
};

/** Nothing a terminal would act on: no C0 or C1 control but tab, no bidirectional override. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('handbok and files: encodings, sizes and system errors in words', () => {
  it('reads an archive saved with a UTF-8 byte-order mark, as Windows tools save it', async () => {
    const { folder, out, err, run } = diskCli();
    writeFileSync(join(folder, 'bom.handbok'), fixture('utf8-bom'));
    expect(await run('list', join(folder, 'bom.handbok'))).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
  });

  it('refuses UTF-16 by name, and bytes that are not UTF-8 by where', async () => {
    const { folder, err, run } = diskCli();
    for (const name of ['utf16le-bom', 'utf16be-bom', 'utf16le-no-bom']) {
      writeFileSync(join(folder, name), fixture(name));
      expect(await run('check', join(folder, name))).toBe(1);
    }
    expect(err).toHaveLength(3);
    for (const line of err) expect(line).toMatch(/sparad som UTF-16 .*ska vara UTF-8/);
    err.length = 0;
    writeFileSync(join(folder, 'latin1'), fixture('latin1-not-utf8'));
    expect(await run('check', join(folder, 'latin1'))).toBe(1);
    expect(err[0]).toMatch(/inte giltig UTF-8 \(fel vid byte \d+\)/);
  });

  it('refuses a file over the limit at once, saying the limit, and an endless one too', { timeout: 20_000 }, async () => {
    const { folder, err, run } = diskCli();
    const path = join(folder, 'stor.handbok');
    // A sparse file: over the limit on paper, no disk used.
    writeFileSync(path, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(path, ARCHIVE_MAX_BYTES + 1);
    const started = performance.now();
    expect(await run('check', path)).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toEqual([`handbok: ${path} är större än 150 MB, det största arkiv Handbok läser. Ett arkiv som Handbok har skrivit är aldrig så stort: kontrollera att det är rätt fil.`]);
    err.length = 0;
    // A file that never ends: read up to the limit, then refused (before: "RangeError: Invalid string length").
    expect(await run('check', '/dev/zero')).toBe(1);
    expect(err[0]).toMatch(/större än 150 MB/);
  });

  it('says in Swedish what to do when the input is a folder or missing', async () => {
    const { folder, err, run } = diskCli();
    expect(await run('check', folder)).toBe(1);
    expect(await run('list', join(folder, 'saknas.handbok'))).toBe(1);
    expect(err).toEqual([
      `handbok: ${folder} är en mapp, inte en fil: ange arkivfilen i mappen.`,
      `handbok: filen ${join(folder, 'saknas.handbok')} finns inte.`,
    ]);
  });

  it('says in Swedish what to do when the output folder is missing, or the output is a folder, and names no temporary file', async () => {
    const { folder, err, run } = diskCli();
    const missing = join(folder, 'finns-inte', 'ut.handbok');
    expect(await run('sample', '-o', missing)).toBe(1);
    mkdirSync(join(folder, 'en-mapp'));
    expect(await run('sample', '-o', join(folder, 'en-mapp'))).toBe(1);
    writeFileSync(join(folder, 'en-fil'), 'x');
    expect(await run('sample', '-o', join(folder, 'en-fil', 'ut.handbok'))).toBe(1);
    expect(err).toEqual([
      `handbok: mappen ${join(folder, 'finns-inte')} finns inte: skapa den först, eller välj en annan mapp för ut.handbok. Inget har skrivits.`,
      `handbok: ${join(folder, 'en-mapp')} är en mapp: ange ett filnamn, till exempel ${join(folder, 'en-mapp', 'handbok.handbok')}. Inget har skrivits.`,
      `handbok: mappen ${join(folder, 'en-fil')} finns inte: skapa den först, eller välj en annan mapp för ut.handbok. Inget har skrivits.`,
    ]);
    for (const line of err) expect(line).not.toMatch(/ENOENT|EISDIR|ENOTDIR|\.tmp/);
  });

  it('says what to do for a full disk, a read-only drive, missing permission, a locked file and too long a name', async () => {
    const { folder, err, io } = diskCli();
    const codes = ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'ENAMETOOLONG'];
    for (const code of codes) {
      const failing: CliIo = { ...io, writeFile: () => Promise.reject(Object.assign(new Error(`${code}: fel, open '/x/.ut.handbok.1.tmp'`), { code })) };
      expect(await runCli(['sample', '-o', join(folder, 'ut.handbok')], failing)).toBe(1);
    }
    const target = join(folder, 'ut.handbok');
    expect(err).toEqual([
      `handbok: disken är full, så ${target} skrevs inte (en fil som redan fanns där är orörd). Frigör utrymme och försök igen.`,
      `handbok: ${folder} ligger på en skrivskyddad enhet: välj en annan mapp. Inget har skrivits.`,
      `handbok: du har inte behörighet att skriva ${target}: Handbok skriver först en tillfällig fil i mappen ${folder}, och mappen behöver tillåta det. Välj en annan mapp, eller stäng programmet som har filen öppen. Inget har skrivits.`,
      `handbok: du har inte behörighet att skriva ${target}: Handbok skriver först en tillfällig fil i mappen ${folder}, och mappen behöver tillåta det. Välj en annan mapp, eller stäng programmet som har filen öppen. Inget har skrivits.`,
      `handbok: ${target} används av ett annat program: stäng det och försök igen. Inget har skrivits.`,
      `handbok: sökvägen ${target} är för lång: välj ett kortare filnamn eller en mapp närmare roten. Inget har skrivits.`,
    ]);
  });

  it('prints titles from a file with their terminal controls made visible, never acted on', async () => {
    const { folder, out, run } = diskCli();
    const path = join(folder, 'escape.handbok');
    writeFileSync(path, fixture('terminal-escapes-in-title'));
    expect(await run('list', path)).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).not.toMatch(TERMINAL_CONTROL);
    expect(out[0]!.split('\t')).toHaveLength(4);
    expect(out[0]).toContain('Rutin\\u001b[2J\\u001b]0;root\\u0007\\u000dOK\\tfalsk\\u202e\\u009b31m');
    out.length = 0;
    expect(await run('check', path)).toBeLessThanOrEqual(1);
    for (const line of out) expect(line).not.toMatch(TERMINAL_CONTROL);
    expect(out[0]).toContain('Rutin\\u001b[2J');
    out.length = 0;
    // As JSON: still valid, the same title when parsed, and no control the terminal would act on.
    await run('check', path, '--json');
    for (const line of out) expect(line).not.toMatch(TERMINAL_CONTROL);
    const report = JSON.parse(out.join('\n')) as { documents: { title: string }[] };
    expect(report.documents[0]!.title).toBe('Rutin\u001b[2J\u001b]0;root\u0007\rOK\tfalsk\u202e\u009b31m');
  });

  it('writes output atomically and reads back what it wrote', async () => {
    const { folder, run } = diskCli();
    expect(await run('sample', '-o', join(folder, 'ut.handbok'))).toBe(0);
    expect(readFileSync(join(folder, 'ut.handbok'), 'utf8')).toMatch(/^\{/);
  });
});
