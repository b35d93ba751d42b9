import { createArchive, serializeArchive } from '@shared/archive/archive';
import Dexie from 'dexie';
import { HandbokDatabase, ORGANISATION_ROW_ID, type ContentRow, type StoredRow, type VersionRow } from './database';
import { loadDocument, loadVersion } from './stored-rows';
import { loadOrganisation } from './organisation-repository';

/** The library was written by a newer Handbok, whose schema this version does not know. */
export class NewerLibraryError extends Error {
  constructor(readonly storedVersion: number) {
    super(`The library has schema version ${storedVersion}, newer than this Handbok knows`);
    this.name = 'NewerLibraryError';
  }
}

/** The backup of an older library failed, so its upgrade did not run; the library is unchanged. */
export class UpgradeBackupError extends Error {
  constructor(readonly reason: unknown) {
    super('The library could not be backed up before its upgrade', { cause: reason });
    this.name = 'UpgradeBackupError';
  }
}

/**
 * Opens the library database. When it was written by an older schema version, the old data is first
 * read as it is and handed to `backUp` as a .handbok archive; only when that backup is written does
 * Dexie run the upgrade. A failed backup leaves the database unopened and unchanged. A database from
 * a newer Handbok is not opened at all, rather than refused half-way or upgraded "down".
 */
export async function openLibrary(backUp: (archiveText: string) => Promise<unknown>, name = 'handbok'): Promise<HandbokDatabase> {
  const db = new HandbokDatabase(name);
  if (await Dexie.exists(name)) {
    // Opened without a schema, Dexie takes the database as it is and upgrades nothing.
    const stored = new Dexie(name);
    try {
      await stored.open();
      if (stored.verno > db.verno) throw new NewerLibraryError(stored.verno);
      if (stored.verno < db.verno) {
        const text = await oldLibraryArchive(stored);
        if (text) await backUp(text).catch((error: unknown) => Promise.reject(new UpgradeBackupError(error)));
      }
    } finally {
      stored.close();
    }
  }
  await db.open();
  return db;
}

/** The readable documents and profile of a database of any schema version, as archive text; null when empty. */
async function oldLibraryArchive(stored: Dexie): Promise<string | null> {
  const has = (table: string) => stored.tables.some((existing) => existing.name === table);
  const rows: StoredRow[] = has('documents') ? await stored.table<StoredRow, string>('documents').toArray() : [];
  const contents: ContentRow[] = has('contents') ? await stored.table<ContentRow, string>('contents').toArray() : [];
  const profile = loadOrganisation(has('organisation') ? await stored.table<StoredRow, string>('organisation').get(ORGANISATION_ROW_ID) : undefined);
  const contentOf = new Map(contents.map((row) => [row.id, row]));
  const documents = rows.flatMap((row) => {
    const loaded = loadDocument(row, contentOf.get(row.id));
    return loaded.ok ? [loaded.document] : [];
  });
  const organisation = profile.status === 'ok' ? profile.organisation : null;
  if (documents.length === 0 && !organisation) return null;
  const kept = new Set(documents.map((document) => document.id));
  const versionRows: VersionRow[] = has('versions') ? await stored.table<VersionRow, string>('versions').toArray() : [];
  const versions = versionRows.flatMap((row) => {
    const version = loadVersion(row);
    return version && kept.has(version.documentId) ? [version] : [];
  });
  return serializeArchive(createArchive(organisation, documents, new Date().toISOString(), versions));
}
