import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './atomic-write';

/** A backup of the library: a .handbok archive in the backups folder. */
export interface BackupInfo {
  name: string;
  path: string;
  createdAt: string;
  bytes: number;
}

/** How many of the newest backups are always kept, and for how many days one a day is kept besides. */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY_DAYS = 30;

const PATTERN = /^handbok-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.handbok$/;

/** "handbok-2026-11-22T10-15-00-000Z.handbok": sortable by name, and legal on every file system. */
export function backupName(time: Date): string {
  return `handbok-${time.toISOString().replace(/[:.]/g, '-')}.handbok`;
}

/** When a backup was made, from its name; null for a file that is not one of ours. */
export function backupTime(name: string): Date | null {
  const match = PATTERN.exec(name);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null;
}

/**
 * The backups to keep: the newest KEEP_NEWEST, and the newest of each day of the last KEEP_DAILY_DAYS
 * days. Files that are not backups are never touched.
 */
export function backupsToKeep(names: readonly string[], now: Date): Set<string> {
  const dated = names.flatMap((name) => {
    const time = backupTime(name);
    return time ? [{ name, time }] : [];
  });
  dated.sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set(dated.slice(0, KEEP_NEWEST).map((backup) => backup.name));
  const oldest = now.getTime() - KEEP_DAILY_DAYS * 24 * 60 * 60 * 1000;
  const days = new Set<string>();
  for (const backup of dated) {
    const day = backup.time.toISOString().slice(0, 10);
    if (backup.time.getTime() >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(backup.name);
    }
  }
  return keep;
}

/** The backups in the folder, newest first. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const backups = await Promise.all(
    names.flatMap((name) => {
      const time = backupTime(name);
      if (!time) return [];
      const path = join(folder, name);
      return [stat(path).then((info) => ({ name, path, createdAt: time.toISOString(), bytes: info.size }))];
    }),
  );
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Writes a backup atomically (a crash half-way leaves every earlier backup whole and no new file
 * under a backup's name), then removes the backups the retention no longer keeps.
 */
export async function writeBackup(folder: string, archiveText: string, now: Date): Promise<BackupInfo> {
  await mkdir(folder, { recursive: true });
  const name = backupName(now);
  const path = join(folder, name);
  await writeAtomically(path, archiveText);
  const keep = backupsToKeep(await readdir(folder), now);
  for (const other of await readdir(folder)) {
    if (backupTime(other) && !keep.has(other)) await rm(join(folder, other), { force: true });
  }
  return { name, path, createdAt: now.toISOString(), bytes: Buffer.byteLength(archiveText) };
}
