import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ARCHIVE_MAX_BYTES, readArchiveFile } from '../../shared/archive/archive-file';
import { backupReasonSchema, backupsToKeep, contentsOf, type BackupContents, type BackupEntry, type BackupReason } from '../../shared/backup';
import { writeAtomically } from './atomic-write';
import { readFileAtMost } from './file-errors';

/*
 * The backups folder: each backup is a .handbok archive named by its time, with a small `.json` file
 * beside it saying why it was taken and what it holds, so that listing does not read every archive.
 */

/** What is written beside a backup. */
export interface BackupDetails extends BackupContents {
  reason: BackupReason;
}

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

const DETAILS_MAX_BYTES = 1024 * 1024;
const detailsPath = (folder: string, name: string) => join(folder, `${name}.json`);

/** The details beside a backup; for one written before details existed, read from the archive itself. */
async function readDetails(folder: string, name: string): Promise<BackupDetails> {
  try {
    // A few hundred bytes as we write it; bounded, as every file read, should it be anything else.
    const raw = JSON.parse(new TextDecoder().decode(await readFileAtMost(detailsPath(folder, name), DETAILS_MAX_BYTES))) as Partial<BackupDetails>;
    return {
      reason: backupReasonSchema.catch('automatic').parse(raw.reason),
      documentCount: Number(raw.documentCount) || 0,
      titles: Array.isArray(raw.titles) ? raw.titles.map(String) : [],
      organisationName: typeof raw.organisationName === 'string' ? raw.organisationName : null,
    };
  } catch {
    const read = readArchiveFile(await readFileAtMost(join(folder, name), ARCHIVE_MAX_BYTES).catch(() => new Uint8Array()));
    const contents = read.ok ? contentsOf(read.archive) : { documentCount: 0, titles: [], organisationName: null };
    return { reason: 'automatic', ...contents };
  }
}

/** The backups in the folder, newest first. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const backups = await Promise.all(
    names.flatMap((name) => {
      const time = backupTime(name);
      if (!time) return [];
      return [
        Promise.all([stat(join(folder, name)), readDetails(folder, name)]).then(
          ([info, details]) => ({ id: name, createdAt: time.toISOString(), bytes: info.size, ...details }),
          // Pruned by another writer between the listing and now (two backups written at once): gone, not an error.
          (error: unknown) => {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
            throw error;
          },
        ),
      ];
    }),
  );
  return backups.filter((backup) => backup !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The bytes of one backup, at most an archive's limit (EFBIG beyond it), to be read with
 * readArchiveFile. Only a backup's own name is accepted: never a path, never another file.
 */
export async function readBackup(folder: string, id: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!backupTime(id)) throw new Error(`read-backup: "${id}" is not the name of a backup`);
  return readFileAtMost(join(folder, id), ARCHIVE_MAX_BYTES);
}

/**
 * Writes a backup atomically (a crash half-way leaves every earlier backup whole and no new file
 * under a backup's name), then its details, then removes what the retention no longer keeps.
 */
export async function writeBackup(folder: string, archiveText: string, details: BackupDetails, now: Date): Promise<BackupEntry> {
  await mkdir(folder, { recursive: true });
  const name = backupName(now);
  await writeAtomically(join(folder, name), archiveText);
  await writeAtomically(detailsPath(folder, name), JSON.stringify(details));
  // Only backups that the retention has seen are removed: one that another writer (the app's timer, a
  // shared library's daily backup beside one asked for) finishes meanwhile is not in the list, and stays.
  const listed = await listBackups(folder);
  const keep = backupsToKeep(listed, now);
  for (const { id } of listed) {
    if (keep.has(id)) continue;
    await rm(join(folder, id), { force: true });
    await rm(detailsPath(folder, id), { force: true });
  }
  return { id: name, createdAt: now.toISOString(), bytes: Buffer.byteLength(archiveText), ...details };
}
