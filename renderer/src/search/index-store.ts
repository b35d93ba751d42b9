/**
 * Where the search Worker keeps its index between starts: an IndexedDB database of its own with one
 * value, so that storing it needs no change to the library's schema and a damaged or lost index costs
 * only a rebuild. Used inside the Worker, which has IndexedDB too: the index (tens of megabytes for a
 * large library) never crosses to the page.
 */
const DATABASE = 'handbok-search-index';
const STORE = 'index';
const KEY = 'library';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = act(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

/** The stored index as its JSON text, or null when there is none or it cannot be read (the caller rebuilds). */
export async function readStoredIndex(): Promise<string | null> {
  try {
    const value = await run('readonly', (store) => store.get(KEY) as IDBRequest<unknown>);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export async function writeStoredIndex(json: string): Promise<void> {
  await run('readwrite', (store) => store.put(json, KEY));
}
