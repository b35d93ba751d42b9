import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HandbokDatabase } from '../../../../renderer/src/storage/database';
import { DocumentsRepository } from '../../../../renderer/src/storage/documents-repository';

/**
 * Writes a database the way schema version 1 left it on disk, with the raw IndexedDB API (Dexie
 * stores version n as IndexedDB version 10n), then opens it with today's code. Each later schema
 * version adds a seeding step here and keeps this one.
 */
async function seedVersion1(name: string) {
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

describe('database schema', () => {
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
    expect(db.verno).toBe(1);
    await db.delete();
  });
});
