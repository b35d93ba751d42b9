import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openLibraryDatabase } from '../../../../electron/server/library-database';
import { documentsFromSeeds } from '../../../../shared/model/document';
import { sampleLibrary } from '../../../../resources/samples/sample-library';

const folder = () => mkdtempSync(join(tmpdir(), 'handbok-bibliotek-'));
const documents = () => documentsFromSeeds(sampleLibrary, '2026-12-08T09:00:00.000Z', () => crypto.randomUUID());

describe('the shared library database', () => {
  it('keeps each document\'s header beside it, and gives the headers without their content', async () => {
    const data = folder();
    const database = await openLibraryDatabase(data);
    const [handbook, memo] = documents();
    await database.put(handbook!.id, new Uint8Array([1]), handbook!, new Date());
    await database.put(memo!.id, new Uint8Array([2]), memo!, new Date());
    // A store without JSON (a header not yet whole) keeps the header stored before.
    await database.put(handbook!.id, new Uint8Array([3]), null, new Date());
    database.close();

    const reopened = await openLibraryDatabase(data);
    const headers = reopened.headers();
    expect(headers.map((header) => header.title).sort()).toEqual([handbook!.title, memo!.title].sort());
    expect(headers.every((header) => !('content' in header))).toBe(true);
    expect(reopened.header(handbook!.id)).toMatchObject({ title: handbook!.title, revision: handbook!.revision, createdAt: handbook!.createdAt });
    expect(reopened.header('finns-inte')).toBeNull();
    reopened.close();
  });

  it('opens a file written before headers were kept apart, and lists its documents; one that fails the gate is left out', async () => {
    const data = folder();
    const SQL = await initSqlJs();
    const old = new SQL.Database();
    old.run('CREATE TABLE documents (id TEXT PRIMARY KEY, state BLOB NOT NULL, document TEXT, updated_at TEXT NOT NULL)');
    const [handbook] = documents();
    old.run('INSERT INTO documents VALUES (?, ?, ?, ?)', [handbook!.id, new Uint8Array([1]), JSON.stringify(handbook), '2026-12-01T00:00:00.000Z']);
    old.run('INSERT INTO documents VALUES (?, ?, ?, ?)', ['trasig', new Uint8Array([2]), '{"title": 5}', '2026-12-01T00:00:00.000Z']);
    writeFileSync(join(data, DATABASE_FILE), old.export());
    old.close();

    const database = await openLibraryDatabase(data);
    expect(database.headers().map((header) => header.id)).toEqual([handbook!.id]);
    expect(database.document(handbook!.id)?.content).toEqual(handbook!.content);
    expect(() => database.document('trasig')).toThrow('går inte att läsa');
    database.close();
  });
});
