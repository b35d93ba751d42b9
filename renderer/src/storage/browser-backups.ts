import { readArchive } from '@shared/archive/archive';
import { archiveTooLarge } from '@shared/archive/archive-file';
import { FileProblemError } from '@shared/file-problem';
import { backupsToKeep, contentsOf, type BackupEntry } from '@shared/backup';
import Dexie, { type Table } from 'dexie';
import type { BackupStore } from '@shared/backup-store';

interface BackupText {
  id: string;
  text: string;
}

/**
 * The browser build's backups, in a database apart from the library's: a library database that is
 * damaged, or upgraded by a newer Handbok, leaves its backups alone. Entries and texts are separate
 * tables so that listing does not read every archive.
 */
class BackupDatabase extends Dexie {
  entries!: Table<BackupEntry, string>;
  texts!: Table<BackupText, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: 'id, createdAt', texts: 'id' });
  }
}

export const BROWSER_BACKUP_DATABASE = 'handbok-backups';

export function createBrowserBackupStore(name = BROWSER_BACKUP_DATABASE, clock: () => Date = () => new Date()): BackupStore {
  const db = new BackupDatabase(name);
  return {
    place: 'browser',
    async write(archiveText, reason) {
      // No larger than Handbok reads back, as the desktop app's backups.
      if (archiveTooLarge(new Blob([archiveText]).size)) throw new FileProblemError('too-large');
      const read = readArchive(archiveText);
      if (!read.ok) throw new Error('The text is not a valid .handbok archive; no backup was written');
      const now = clock();
      const entry: BackupEntry = {
        id: `handbok-${now.toISOString()}`,
        createdAt: now.toISOString(),
        bytes: new Blob([archiveText]).size,
        reason,
        ...contentsOf(read.archive),
      };
      await db.transaction('rw', db.entries, db.texts, async () => {
        await db.entries.put(entry);
        await db.texts.put({ id: entry.id, text: archiveText });
        const keep = backupsToKeep(await db.entries.toArray(), now);
        const dropped = (await db.entries.toCollection().primaryKeys()).filter((id) => !keep.has(id));
        await db.entries.bulkDelete(dropped);
        await db.texts.bulkDelete(dropped);
      });
      return entry;
    },
    list: async () => (await db.entries.orderBy('createdAt').reverse().toArray()),
    async read(id) {
      const stored = await db.texts.get(id);
      if (!stored) throw new Error(`No backup named ${id}`);
      return new TextEncoder().encode(stored.text);
    },
  };
}
