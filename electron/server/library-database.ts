import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { normalizeDocument, normalizeDocumentHeader, type Normalized } from '@shared/model/normalize-document';
import type { DocumentHeader, HandbokDocument } from '@shared/model/document';
import { writeAtomically } from '../node/atomic-write';

/*
 * The shared library's data: one SQLite file in the data folder. SQLite runs here in WebAssembly
 * (sql.js), so the server needs no native build: a municipal server installs it with npm alone.
 * sql.js holds the database in memory; every change is written to the file whole and atomically, so a
 * crash or a full disk leaves the file as it was after the last change that was written.
 *
 * For each document it keeps both the Yjs state (what the editors sync) and the Handbok JSON derived from
 * it, so that exports, search, versions and backups read the server's data without Yjs or an editor; and
 * the header alone, so that the library's list and each store read a few fields, not whole documents.
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

/** The header column, added to files written before it existed and filled from their documents once. */
function addHeaderColumn(db: Database, parsed: (id: string, text: string) => HandbokDocument): void {
  const columns = db.exec('PRAGMA table_info(documents)')[0]?.values.map((column) => column[1]) ?? [];
  if (columns.includes('header')) return;
  db.run('ALTER TABLE documents ADD COLUMN header TEXT');
  const rows = db.exec('SELECT id, document FROM documents WHERE document IS NOT NULL')[0]?.values ?? [];
  for (const [id, text] of rows) {
    let header: string;
    try {
      header = headerText(parsed(String(id), String(text)));
    } catch {
      // A document that no longer passes the gate is left without a header: not listed, refused when read, as before.
      continue;
    }
    db.run('UPDATE documents SET header = ? WHERE id = ?', [header, String(id)]);
  }
}

const headerText = ({ content: _content, files: _files, ...header }: HandbokDocument): string => JSON.stringify(header);

/** A document that is in the database but whose stored JSON no longer passes the gate. */
export class UnreadableDocumentError extends Error {}

export interface LibraryDatabase {
  /** The Yjs state of a document, or null for one the library does not have. */
  state(id: string): Uint8Array | null;
  /** The Handbok document as last stored, through the gate; null for one the library does not have. */
  document(id: string): HandbokDocument | null;
  /** The header of a document as last stored, through the gate; null for one the library does not have. */
  header(id: string): DocumentHeader | null;
  /** Every document whose JSON has been stored, by id. */
  documents(): HandbokDocument[];
  /** The headers of the documents documents() would give, without their content. */
  headers(): DocumentHeader[];
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
  /** Stored JSON through a gate; what no longer passes it is refused with the document's id and the file. */
  const throughGate =
    <T>(normalize: (raw: unknown) => Normalized<T>) =>
    (id: string, text: string): T => {
      const result = normalize(JSON.parse(text));
      if (!result.ok) throw new UnreadableDocumentError(`dokumentet ${id} i ${path} går inte att läsa`);
      return result.value;
    };
  const parsed = throughGate(normalizeDocument);
  const parsedHeader = throughGate(normalizeDocumentHeader);

  const db: Database = existing ? new SQL.Database(existing) : new SQL.Database();
  try {
    db.run(SCHEMA);
  } catch (error) {
    db.close();
    throw new Error(`${path} är ingen databas som Handbok kan läsa (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  // In memory only until the next change is written: the file on disk stays as it was until then.
  addHeaderColumn(db, parsed);
  // One write at a time, in the order the changes were made: the file always holds a whole, recent state.
  let writing: Promise<void> = Promise.resolve();

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
    header(id) {
      const result = db.exec('SELECT header FROM documents WHERE id = ?', [id]);
      const value = result[0]?.values[0]?.[0];
      return typeof value === 'string' ? parsedHeader(id, value) : null;
    },
    headers() {
      const rows = db.exec('SELECT id, header FROM documents WHERE header IS NOT NULL ORDER BY id')[0]?.values ?? [];
      return rows.map(([id, text]) => parsedHeader(String(id), String(text)));
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
        `INSERT INTO documents (id, state, document, header, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state, document = COALESCE(excluded.document, document),
           header = COALESCE(excluded.header, header), updated_at = excluded.updated_at`,
        [id, state, document && JSON.stringify(document), document && headerText(document), now.toISOString()],
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
