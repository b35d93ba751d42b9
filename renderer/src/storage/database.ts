import Dexie, { type Table } from 'dexie';

/**
 * Rows are stored as they were written and typed loosely on purpose: whatever is in IndexedDB may
 * come from an older or newer Handbok, so every read goes through the normalisers of shared/model
 * before the app trusts it (see documents-repository.ts).
 */
export type StoredRow = { id: string } & Record<string, unknown>;
/**
 * Content is written as a JSON string: IndexedDB stores a string far faster than it structured-clones
 * the nested object (measured on the 300-page handbook: about 4 ms to stringify against 13 ms to clone
 * and 29 ms to put). Rows holding the object itself, as written before, are read just as well.
 */
export interface ContentRow {
  id: string;
  content: unknown;
  /**
   * A new random token on every write (schema version 2). An editor saves only over the revision it
   * started from, so two windows never silently overwrite each other's work.
   */
  revision?: string;
}

/** A token for a content write; random, so that a restore or an import can never repeat an old one. */
export const newContentRevision = (): string => crypto.randomUUID();
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
  }
}
