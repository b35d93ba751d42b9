import { z } from 'zod';
import type { HandbokArchive } from './archive/archive';

/**
 * Backups of the library: whole .handbok archives kept outside the library's own store (the desktop
 * app's data folder, or a separate browser database). This module holds what both places share: why
 * a backup was taken, what it holds, and which backups the retention keeps.
 */

export const BACKUP_REASONS = ['automatic', 'quit', 'before-restore', 'before-upgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const backupReasonSchema = z.enum(BACKUP_REASONS);

/** What a backup holds, shown in the list so the user can tell backups apart without opening them. */
export interface BackupContents {
  documentCount: number;
  /** Titles of the documents outside the trash, as many as MAX_LISTED_TITLES. */
  titles: string[];
  organisationName: string | null;
}

export interface BackupEntry extends BackupContents {
  /** How the place that keeps it names the backup (in the desktop app, its file name). */
  id: string;
  createdAt: string;
  bytes: number;
  reason: BackupReason;
}

export const MAX_LISTED_TITLES = 8;

export function contentsOf(archive: HandbokArchive): BackupContents {
  return {
    documentCount: archive.documents.length,
    titles: archive.documents
      .filter((document) => document.deletedAt === null)
      .map((document) => document.title)
      .slice(0, MAX_LISTED_TITLES),
    organisationName: archive.organisation?.name || null,
  };
}

/** How many of the newest backups are always kept, and for how many days one a day is kept besides. */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY_DAYS = 30;
/** Taken before the library was replaced or upgraded: the state a user may want back, kept as long as the daily ones. */
const KEPT_FOR_THEIR_REASON: readonly BackupReason[] = ['before-restore', 'before-upgrade'];

/**
 * The ids of the backups to keep: the newest KEEP_NEWEST; the newest of each day of the last
 * KEEP_DAILY_DAYS days; and, for as long, every one taken before a restore or an upgrade.
 */
export function backupsToKeep(backups: readonly Pick<BackupEntry, 'id' | 'createdAt' | 'reason'>[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((backup) => backup.id));
  const oldest = new Date(now.getTime() - KEEP_DAILY_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const days = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.createdAt < oldest) continue;
    const day = backup.createdAt.slice(0, 10);
    if (!days.has(day) || KEPT_FOR_THEIR_REASON.includes(backup.reason)) keep.add(backup.id);
    days.add(day);
  }
  return keep;
}
