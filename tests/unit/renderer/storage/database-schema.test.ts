import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readArchiveFile } from '../../../../shared/archive/archive-file';
import type { SerializedContent } from '../../../../shared/model/content';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { blockIdOf, identifiedNodes, withoutBlockIds } from '../../../../shared/model/block-ids';
import { isLocked } from '../../../../shared/model/versions';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { createBrowserBackupStore } from '../../../../renderer/src/storage/browser-backups';
import { HandbokDatabase } from '../../../../renderer/src/storage/database';
import { DocumentsRepository } from '../../../../renderer/src/storage/documents-repository';
import { NewerLibraryError, openLibrary, UpgradeBackupError } from '../../../../renderer/src/storage/open-library';

/**
 * Writes a database the way schema version 1 left it on disk, with the raw IndexedDB API (Dexie
 * stores version n as IndexedDB version 10n), then opens it with today's code. Each later schema
 * version adds a seeding step here and keeps this one.
 */
async function seedVersion1(name: string, extra: { id: string; title: string; content: SerializedContent }[] = []) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      const idb = request.result;
      const documents = idb.createObjectStore('documents', { keyPath: 'id' });
      for (const index of ['kind', 'status', 'updatedAt']) documents.createIndex(index, index);
      idb.createObjectStore('contents', { keyPath: 'id' });
      idb.createObjectStore('organisation', { keyPath: 'id' });
      idb.createObjectStore('settings', { keyPath: 'key' });
    };
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction(['documents', 'contents', 'settings'], 'readwrite');
      tx.objectStore('documents').put({
        id: 'v1-doc',
        kind: 'riktlinje',
        title: 'Riktlinje från version 1',
        status: 'remiss',
        createdAt: '2025-01-13T08:00:00.000Z',
        updatedAt: '2025-01-13T08:00:00.000Z',
      });
      tx.objectStore('contents').put({
        id: 'v1-doc',
        content: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } },
      });
      for (const { id, title, content } of extra) {
        tx.objectStore('documents').put({ id, kind: 'handbok', title, status: 'gallande', createdAt: '2025-01-13T08:00:00.000Z', updatedAt: '2025-01-13T08:00:00.000Z' });
        tx.objectStore('contents').put({ id, content });
      }
      tx.objectStore('settings').put({ key: 'locale', value: 'en' });
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** The IndexedDB version a database is stored at, read without upgrading it. */
async function storedVersion(name: string): Promise<number> {
  const databases = await indexedDB.databases();
  return databases.find((database) => database.name === name)?.version ?? 0;
}

describe('database schema', () => {
  it('backs up a version 1 library before upgrading it, and reads it afterwards', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const backups = createBrowserBackupStore(`backups-${name}`);
    const db = await openLibrary((text) => backups.write(text, 'before-upgrade'), name);

    const [backup, ...others] = await backups.list();
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ reason: 'before-upgrade', documentCount: 1, titles: ['Riktlinje från version 1'] });
    const archive = readArchiveFile(await backups.read(backup!.id));
    expect(archive.ok && archive.archive.documents.map((document) => document.title)).toEqual(['Riktlinje från version 1']);

    const loaded = await new DocumentsRepository(db).get('v1-doc');
    expect(loaded?.ok && loaded.document.title).toBe('Riktlinje från version 1');
    // The upgrade gave the old content a revision, so the first save from an editor is checked too.
    expect(loaded?.ok && loaded.contentRevision).toMatch(/^[0-9a-f-]{36}$/);
    db.close();

    // Opened again at the latest version, there is nothing to upgrade and nothing more to back up.
    (await openLibrary((text) => backups.write(text, 'before-upgrade'), name)).close();
    expect(await backups.list()).toHaveLength(1);
  });

  it('leaves a version 1 library unopened and unchanged when its backup fails', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    await seedVersion1(name);
    await expect(openLibrary(() => Promise.reject(new Error('disk full')), name)).rejects.toBeInstanceOf(UpgradeBackupError);
    expect(await storedVersion(name)).toBe(10);
  });

  it('does not open a library written by a newer schema version', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const newer = new HandbokDatabase(name);
    newer.version(99).stores({ future: 'id' });
    await newer.open();
    newer.close();
    await expect(openLibrary(() => Promise.resolve(), name)).rejects.toBeInstanceOf(NewerLibraryError);
    expect(await storedVersion(name)).toBe(990);
  });

  it('opens a version 1 database with the latest code and reads its documents', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const db = new HandbokDatabase(name);
    const loaded = await new DocumentsRepository(db).get('v1-doc');
    expect(loaded?.ok && loaded.document).toMatchObject({
      title: 'Riktlinje från version 1',
      metadata: {},
      decisions: [],
      revision: 0,
      deletedAt: null,
    });
    expect(db.verno).toBe(5);
    await db.delete();
  });

  it('opens the content of every sample document and of a synthetic handbook, stored by version 1, as stored with an id on each block, its state as adopted version 1', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    const stored = [
      ...sampleLibrary.map((seed, index) => ({ id: `sample-${index}`, title: seed.title, content: seed.content })),
      { id: 'synthetic', title: 'Syntetisk', content: syntheticHandbook(20).content },
    ];
    await seedVersion1(name, stored);
    const db = new HandbokDatabase(name);
    const repository = new DocumentsRepository(db);
    for (const { id, content } of stored) {
      const loaded = await repository.get(id);
      if (!loaded?.ok) throw new Error(`${id} did not load`);
      expect(withoutBlockIds(loaded.document.content), id).toEqual(content);
      const blocks = [...identifiedNodes(loaded.document.content)];
      expect(blocks.length).toBeGreaterThan(0);
      expect(new Set(blocks.map(({ node }) => blockIdOf(node))).size, id).toBe(blocks.length);
      // Stored as adopted (status gällande) before versions existed: frozen as version 1, and read-only.
      const { versions } = await repository.listVersions(id);
      expect(versions.map((version) => [version.number, version.change]), id).toEqual([[{ major: 1, minor: 0 }, 'first']]);
      expect(versions[0]!.content, id).toEqual(loaded.document.content);
      expect(isLocked(loaded.document), id).toBe(true);
    }
    // The draft stored beside them stays a draft, with no version.
    const draft = await repository.get('v1-doc');
    expect(draft?.ok && draft.document.versioning).toEqual({ latest: null, revising: false });
    expect((await repository.listVersions('v1-doc')).versions).toEqual([]);
    // The ids are stored, not made again on every read: a second read gives the same.
    const again = await repository.get('synthetic');
    const first = await repository.get('synthetic');
    expect(again?.ok && again.document.content).toEqual(first?.ok && first.document.content);
    await db.delete();
  });
});
