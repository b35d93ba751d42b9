import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { normalizeDocument } from '@shared/model/normalize-document';
import type { HandbokDocument } from '@shared/model/document';
import { writeAtomically } from '../node/atomic-write';

/*
 * The shared library's data: one SQLite file in the data folder. SQLite runs here in WebAssembly
 * (sql.js), so the server needs no native build: a municipal server installs it with npm alone.
 * sql.js holds the database in memory; every change is written to the file whole and atomically, so a
 * crash or a full disk leaves the file as it was after the last change that was written.
 *
 * For each document it keeps both the Yjs state (what the editors sync) and the Handbok JSON derived from
 * it, so that exports, search, versions and backups read the server's data without Yjs or an editor.
 */

export const DATABASE_FILE = 'bibliotek.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    document TEXT,
    updated_at TEXT NOT NULL
  );
`;

/** A document that is in the database but whose stored JSON no longer passes the gate. */
export class UnreadableDocumentError extends Error {}

export interface LibraryDatabase {
  /** The Yjs state of a document, or null for one the library does not have. */
  state(id: string): Uint8Array | null;
  /** The Handbok document as last stored, through the gate; null for one the library does not have. */
  document(id: string): HandbokDocument | null;
  /** Every document whose JSON has been stored, by id. */
  documents(): HandbokDocument[];
  /** How many documents documents() would give, without reading them. */
  count(): number;
  /**
   * Stores a document's Yjs state and, where it has one that passed the gate, its Handbok JSON, and writes
   * the file. Without JSON (a document whose header is not yet whole) the JSON stored before is kept.
   */
  put(id: string, state: Uint8Array, document: HandbokDocument | null, now: Date): Promise<void>;
  close(): void;
}

/** Opens (or creates) the database in the data folder. A file that is not a SQLite database is refused with its path. */
export async function openLibraryDatabase(folder: string): Promise<LibraryDatabase> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, DATABASE_FILE);
  const SQL = await initSqlJs();
  const existing = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const db: Database = existing ? new SQL.Database(existing) : new SQL.Database();
  try {
    db.run(SCHEMA);
  } catch (error) {
    db.close();
    throw new Error(`${path} är ingen databas som Handbok kan läsa (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  // One write at a time, in the order the changes were made: the file always holds a whole, recent state.
  let writing: Promise<void> = Promise.resolve();

  const parsed = (id: string, text: string): HandbokDocument => {
    const result = normalizeDocument(JSON.parse(text));
    if (!result.ok) throw new UnreadableDocumentError(`dokumentet ${id} i ${path} går inte att läsa`);
    return result.value;
  };

  return {
    state(id) {
      const result = db.exec('SELECT state FROM documents WHERE id = ?', [id]);
      const value = result[0]?.values[0]?.[0];
      return value instanceof Uint8Array ? value : null;
    },
    document(id) {
      const result = db.exec('SELECT document FROM documents WHERE id = ?', [id]);
      const value = result[0]?.values[0]?.[0];
      return typeof value === 'string' ? parsed(id, value) : null;
    },
    count() {
      return Number(db.exec('SELECT COUNT(*) FROM documents WHERE document IS NOT NULL')[0]?.values[0]?.[0] ?? 0);
    },
    documents() {
      const rows = db.exec('SELECT id, document FROM documents WHERE document IS NOT NULL ORDER BY id')[0]?.values ?? [];
      return rows.map(([id, text]) => parsed(String(id), String(text)));
    },
    put(id, state, document, now) {
      db.run(
        `INSERT INTO documents (id, state, document, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state, document = COALESCE(excluded.document, document), updated_at = excluded.updated_at`,
        [id, state, document && JSON.stringify(document), now.toISOString()],
      );
      const bytes = db.export();
      writing = writing.catch(() => undefined).then(() => writeAtomically(path, bytes));
      return writing;
    },
    close() {
      db.close();
    },
  };
}
