import Dexie, { type Table } from 'dexie';
import { versionedAtUpgrade, newContentRevision, type ContentRow, type FileRow, type StoredRow, type VersionRow } from './stored-rows';

export { newContentRevision, type ContentRow, type FileRow, type StoredRow, type VersionRow };

/** One change to a shared document, kept on this computer (schema version 5; see shared-edits-repository.ts). */
export interface SharedEditRow {
  seq?: number;
  /** The server's origin: the same id on two servers is two documents. */
  server: string;
  documentId: string;
  /** A Yjs update. */
  update: Uint8Array;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const ORGANISATION_ROW_ID = 'default';

/**
 * The one Dexie database of the app. Schema versions live here and only here. Never delete an old
 * `version(n)`: add `version(n + 1)` with an `.upgrade()` and a test that seeds version n.
 */
export class HandbokDatabase extends Dexie {
  /** Document headers: kind, title, status, metadata, decisions, timestamps, revision. */
  documents!: Table<StoredRow, string>;
  /** Document content (Lexical JSON), apart from the headers so the library can list without reading it. */
  contents!: Table<ContentRow, string>;
  /** The organisation profile: a single row with id "default". */
  organisation!: Table<StoredRow, string>;
  settings!: Table<SettingRow, string>;
  /** Adopted versions of documents, immutable (schema version 3). */
  versions!: Table<VersionRow, string>;
  /** Files attached to memos as bilagor (schema version 4), apart from the headers so the library list never reads them. */
  files!: Table<FileRow, [string, string]>;
  /** Shared documents as this computer last had them, as Yjs updates (schema version 5). */
  sharedEdits!: Table<SharedEditRow, number>;

  constructor(name = 'handbok') {
    super(name);
    this.version(1).stores({
      documents: 'id, kind, status, updatedAt',
      contents: 'id',
      organisation: 'id',
      settings: 'key',
    });
    // Version 2: content rows carry a revision token (see ContentRow). Before this or any later upgrade
    // runs, open-library.ts backs the old data up.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<ContentRow, string>('contents')
          .toCollection()
          .modify((row) => {
            row.revision ??= newContentRevision();
          }),
      );
    // Version 3: versions and block ids. Every stored document gets an id on each block and item, and
    // an adopted or repealed one has its state as it stands frozen as its first version (versions.ts,
    // firstVersioning). Content that cannot be read is left exactly as it is.
    this.version(3)
      .stores({ versions: 'id, documentId' })
      .upgrade(async (tx) => {
        const documents = tx.table<StoredRow, string>('documents');
        const contents = tx.table<ContentRow, string>('contents');
        const versions = tx.table<VersionRow, string>('versions');
        const at = new Date().toISOString();
        for (const row of await documents.toArray()) {
          const upgraded = versionedAtUpgrade(row, await contents.get(row.id), at);
          if (!upgraded) continue;
          await documents.put(upgraded.header);
          await contents.put(upgraded.content);
          if (upgraded.version) await versions.add(upgraded.version);
        }
      });
    // Version 4: a memo's attached files, one row a file, keyed by the memo and the file's id (a copy of
    // the memo made on import keeps its files' ids). Nothing stored before changes.
    this.version(4).stores({ files: '[documentId+id], documentId' });
    // Version 5: the shared documents this computer has opened, kept as the Yjs updates it saw, so that
    // one opens without the server and what is written without it is sent when the server is back.
    // Nothing stored before changes.
    this.version(5).stores({ sharedEdits: '++seq, [server+documentId]' });
  }
}
