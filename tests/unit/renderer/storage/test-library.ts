import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { HandbokDatabase } from '../../../../renderer/src/storage/database';
import { DocumentsRepository } from '../../../../renderer/src/storage/documents-repository';

/**
 * A library of its own for each test (an in-memory IndexedDB under a new name), deleted after it, and a
 * reader of documents that must be readable.
 */
export function useTestLibrary() {
  let db: HandbokDatabase;
  let documents: DocumentsRepository;
  beforeEach(() => {
    db = new HandbokDatabase(`test-${crypto.randomUUID()}`);
    documents = new DocumentsRepository(db);
  });
  afterEach(async () => db.delete());
  return {
    get db() {
      return db;
    },
    get documents() {
      return documents;
    },
    async load(id: string) {
      const loaded = await documents.get(id);
      if (!loaded?.ok) throw new Error('expected a readable document');
      return loaded.document;
    },
  };
}
