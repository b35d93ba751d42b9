import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, backupTime, listBackups, readBackup, writeBackup, type BackupDetails } from '../../../../electron/node/backups';

const details: BackupDetails = { reason: 'automatic', documentCount: 1, titles: ['Kvalitetshandbok'], organisationName: 'Sjövik' };

const root = new URL('../../../../', import.meta.url).pathname;
const at = (iso: string) => new Date(iso);

describe('backups', () => {
  it('names each backup by its time, so names sort as times do', () => {
    const name = backupName(at('2026-11-22T10:15:00.123Z'));
    expect(name).toBe('handbok-2026-11-22T10-15-00-123Z.handbok');
    expect(backupTime(name)?.toISOString()).toBe('2026-11-22T10:15:00.123Z');
    expect(backupTime('semester.jpg')).toBeNull();
  });

  it('writes a backup, prunes by the retention and never touches other files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    writeFileSync(join(folder, 'anteckning.txt'), 'min egen fil');
    for (let index = 0; index < 12; index += 1) await writeBackup(folder, `{"n":${index}}`, details, at(`2026-11-22T10:${String(index).padStart(2, '0')}:00.000Z`));
    const backups = await listBackups(folder);
    expect(backups).toHaveLength(10);
    expect(new TextDecoder().decode(await readBackup(folder, backups[0]!.id))).toBe('{"n":11}');
    expect(backups[0]).toMatchObject(details);
    expect(backups.at(-1)!.createdAt).toBe('2026-11-22T10:02:00.000Z');
    expect(readdirSync(folder)).toContain('anteckning.txt');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Each backup's details go with it: ten backups, ten details files.
    expect(readdirSync(folder).filter((name) => name.endsWith('.handbok.json'))).toHaveLength(10);
  });

  it('keeps both of two backups written at once (a daily one beside one asked for)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    // The larger one is still being written while the small one lists and prunes: the window in which the
    // pruning once took the other's fresh backup for one the retention had dropped.
    const large = JSON.stringify({ n: 2, text: 'x'.repeat(2_000_000) });
    for (let round = 0; round < 20; round += 1) {
      const second = String(round).padStart(2, '0');
      await Promise.all([
        writeBackup(folder, '{"n":1}', details, at(`2026-11-22T10:00:${second}.000Z`)),
        writeBackup(folder, large, details, at(`2026-11-22T10:00:${second}.500Z`)),
      ]);
      const names = readdirSync(folder);
      expect(names).toContain(`handbok-2026-11-22T10-00-${second}-500Z.handbok`);
      expect(names).toContain(`handbok-2026-11-22T10-00-${second}-000Z.handbok`);
    }
  });

  it('reads only its own backups by name, never a path', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    writeFileSync(join(folder, 'anteckning.txt'), 'min egen fil');
    await expect(readBackup(folder, 'anteckning.txt')).rejects.toThrow('not the name of a backup');
    await expect(readBackup(folder, '../handbok-2026-11-22T10-00-00-000Z.handbok')).rejects.toThrow('not the name of a backup');
  });

  it('lists a backup written before details existed with what its archive holds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    const archive = { format: 'handbok-archive', formatVersion: 1, exportedAt: '', organisation: null, documents: [] };
    writeFileSync(join(folder, backupName(at('2026-11-20T08:00:00.000Z'))), JSON.stringify(archive));
    const [backup] = await listBackups(folder);
    expect(backup).toMatchObject({ reason: 'automatic', documentCount: 0, titles: [], createdAt: '2026-11-20T08:00:00.000Z' });
  });

  it('a write killed half-way leaves the previous backup intact and adds no half file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    await writeBackup(folder, '{"tidigare":true}', details, at('2026-11-22T09:00:00.000Z'));
    // A child process writes a 300 MB backup; it is killed as soon as its temporary file appears.
    const script = `import { writeBackup } from ${JSON.stringify(join(root, 'electron/node/backups.ts'))};
      await writeBackup(${JSON.stringify(folder)}, 'x'.repeat(300 * 1024 * 1024), ${JSON.stringify(details)}, new Date('2026-11-22T10:00:00.000Z'));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = Date.now();
    while (!readdirSync(folder).some((name) => name.endsWith('.tmp')) && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(readdirSync(folder).some((name) => name.endsWith('.tmp'))).toBe(true);
    child.kill('SIGKILL');
    await exited;
    const backups = await listBackups(folder);
    expect(backups.map((backup) => backup.id)).toEqual(['handbok-2026-11-22T09-00-00-000Z.handbok']);
    expect(new TextDecoder().decode(await readBackup(folder, backups[0]!.id))).toBe('{"tidigare":true}');
    expect(existsSync(join(folder, 'handbok-2026-11-22T10-00-00-000Z.handbok'))).toBe(false);
  }, 60_000);
});
