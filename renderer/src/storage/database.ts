import Dexie, { type Table } from 'dexie';

/**
 * Rows are stored as they were written and typed loosely on purpose: whatever is in IndexedDB may
 * come from an older or newer Handbok, so every read goes through the normalisers of shared/model
 * before the app trusts it (see documents-repository.ts).
 */
export type StoredRow = { id: string } & Record<string, unknown>;
export interface ContentRow {
  id: string;
  content: unknown;
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

  constructor(name = 'handbok') {
    super(name);
    this.version(1).stores({
      documents: 'id, kind, status, updatedAt',
      contents: 'id',
      organisation: 'id',
      settings: 'key',
    });
  }
}
