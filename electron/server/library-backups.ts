import { join } from 'node:path';
import { createArchive, serializeArchive } from '@shared/archive/archive';
import { contentsOf, type BackupEntry } from '@shared/backup';
import { listBackups, writeBackup } from '../node/backups';
import type { LibraryDatabase } from './library-database';

/*
 * Backups of the whole shared library as .handbok archives, in the data folder's backups folder: the same
 * archives, names and retention as the desktop app's own backups, so that any Handbok opens them and
 * `handbok check` reads them.
 */

export const BACKUP_FOLDER = 'sakerhetskopior';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes a backup of every document in the library now, atomically, and applies the retention. */
export async function backUpLibrary(folder: string, database: LibraryDatabase, now: Date): Promise<BackupEntry> {
  const archive = createArchive(null, database.documents(), now.toISOString());
  return writeBackup(join(folder, BACKUP_FOLDER), serializeArchive(archive), { reason: 'automatic', ...contentsOf(archive) }, now);
}

/** Whether a day has passed since the newest backup (or there is none yet). */
export async function backupIsDue(folder: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(join(folder, BACKUP_FOLDER));
  return !newest || now.getTime() - new Date(newest.createdAt).getTime() >= DAY_MS;
}
