import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, backupsToKeep, backupTime, listBackups, writeBackup } from '../../../../electron/node/backups';

const root = new URL('../../../../', import.meta.url).pathname;
const at = (iso: string) => new Date(iso);

describe('backups', () => {
  it('names each backup by its time, so names sort as times do', () => {
    const name = backupName(at('2026-11-22T10:15:00.123Z'));
    expect(name).toBe('handbok-2026-11-22T10-15-00-123Z.handbok');
    expect(backupTime(name)?.toISOString()).toBe('2026-11-22T10:15:00.123Z');
    expect(backupTime('semester.jpg')).toBeNull();
  });

  it('keeps the newest ten and one a day for thirty days', () => {
    const now = at('2026-11-22T12:00:00.000Z');
    // Today: twelve backups an hour apart; the last 40 days: three a day.
    const today = Array.from({ length: 12 }, (_, hour) => backupName(at(`2026-11-22T${String(hour).padStart(2, '0')}:00:00.000Z`)));
    const earlier = Array.from({ length: 40 }, (_, day) => day + 1).flatMap((day) =>
      [8, 12, 16].map((hour) => backupName(new Date(now.getTime() - day * 86_400_000 + (hour - 12) * 3_600_000))),
    );
    const keep = backupsToKeep([...today, ...earlier, 'anteckning.txt'], now);
    // The ten newest (today 02:00–11:00), and for each of the 29 earlier days within thirty days its newest.
    expect([...keep].filter((name) => name.includes('2026-11-22'))).toHaveLength(10);
    expect(keep.has(today[0]!)).toBe(false);
    expect(keep.size).toBe(10 + 30);
    expect(keep.has('anteckning.txt')).toBe(false);
    expect(keep.has(backupName(new Date(now.getTime() - 5 * 86_400_000 + 4 * 3_600_000)))).toBe(true);
    expect(keep.has(backupName(new Date(now.getTime() - 5 * 86_400_000 - 4 * 3_600_000)))).toBe(false);
    expect(keep.has(backupName(new Date(now.getTime() - 35 * 86_400_000 + 4 * 3_600_000)))).toBe(false);
  });

  it('writes a backup, prunes by the retention and never touches other files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    writeFileSync(join(folder, 'anteckning.txt'), 'min egen fil');
    for (let index = 0; index < 12; index += 1) await writeBackup(folder, `{"n":${index}}`, at(`2026-11-22T10:${String(index).padStart(2, '0')}:00.000Z`));
    const backups = await listBackups(folder);
    expect(backups).toHaveLength(10);
    expect(readFileSync(backups[0]!.path, 'utf8')).toBe('{"n":11}');
    expect(backups.at(-1)!.createdAt).toBe('2026-11-22T10:02:00.000Z');
    expect(readdirSync(folder)).toContain('anteckning.txt');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a write killed half-way leaves the previous backup intact and adds no half file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-backups-'));
    await writeBackup(folder, '{"tidigare":true}', at('2026-11-22T09:00:00.000Z'));
    // A child process writes a 300 MB backup; it is killed as soon as its temporary file appears.
    const script = `import { writeBackup } from ${JSON.stringify(join(root, 'electron/node/backups.ts'))};
      await writeBackup(${JSON.stringify(folder)}, 'x'.repeat(300 * 1024 * 1024), new Date('2026-11-22T10:00:00.000Z'));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = Date.now();
    while (!readdirSync(folder).some((name) => name.endsWith('.tmp')) && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(readdirSync(folder).some((name) => name.endsWith('.tmp'))).toBe(true);
    child.kill('SIGKILL');
    await exited;
    const backups = await listBackups(folder);
    expect(backups.map((backup) => backup.name)).toEqual(['handbok-2026-11-22T09-00-00-000Z.handbok']);
    expect(readFileSync(backups[0]!.path, 'utf8')).toBe('{"tidigare":true}');
    expect(existsSync(join(folder, 'handbok-2026-11-22T10-00-00-000Z.handbok'))).toBe(false);
  }, 60_000);
});
