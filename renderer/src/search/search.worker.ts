/// <reference lib="webworker" />
import { LibrarySearchIndex } from '@shared/search/library-index';
import type { FromSearchWorker, ToSearchWorker } from './protocol';
import { readStoredIndex, writeStoredIndex } from './index-store';

/**
 * The library's search index, built, kept and queried off the page's thread so that typing never
 * waits for indexing. It starts from the stored index, asks the page for the documents whose revision
 * it does not hold, and stores itself again a moment after the last change.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromSearchWorker) => scope.postMessage(message);

/** Long enough that a burst of saves while typing is stored once. */
const STORE_DELAY_MS = 2_000;

let index: LibrarySearchIndex | null = null;
let loading: Promise<LibrarySearchIndex | null> | null = null;
let wanted = new Map<string, number>();
let storeTimer: ReturnType<typeof setTimeout> | null = null;

function loaded(): Promise<LibrarySearchIndex | null> {
  loading ??= readStoredIndex().then((json) => {
    // A stored index of another format or a damaged one loads as null: the first sync then rebuilds.
    index = json === null ? null : LibrarySearchIndex.load(json);
    return index;
  });
  return loading;
}

/** Whether the index holds exactly the documents of the last sync, each at its revision. */
function isReady(): boolean {
  if (!index) return wanted.size === 0;
  for (const [id, revision] of wanted) if (index.revisionOf(id) !== revision) return false;
  return index.documentIds().length === wanted.size;
}

function scheduleStore(): void {
  if (storeTimer) clearTimeout(storeTimer);
  storeTimer = setTimeout(() => {
    storeTimer = null;
    if (index) void writeStoredIndex(JSON.stringify(index)).catch((error: unknown) => post({ type: 'failed', detail: String(error) }));
  }, STORE_DELAY_MS);
}

async function handle(message: ToSearchWorker): Promise<void> {
  await loaded();
  const current = index;
  switch (message.type) {
    case 'sync': {
      wanted = new Map(message.documents.map((document) => [document.id, document.revision]));
      let removed = false;
      for (const id of current?.documentIds() ?? []) {
        if (!wanted.has(id)) {
          current!.removeDocument(id);
          removed = true;
        }
      }
      const missing = message.documents.filter((document) => current?.revisionOf(document.id) !== document.revision).map((document) => document.id);
      if (removed) scheduleStore();
      const changed = new Set(missing.filter((id) => current?.revisionOf(id) !== undefined));
      if (missing.length) post({ type: 'need', ids: missing.filter((id) => !changed.has(id)), changed: [...changed] });
      post({ type: 'status', ready: isReady(), documents: current?.documentIds().length ?? 0 });
      return;
    }
    case 'index': {
      // From nothing, all at once: the vocabulary for compounds is then the whole library's.
      if (!current || current.documentIds().length === 0) index = LibrarySearchIndex.build(message.documents.filter((document) => wanted.has(document.id)));
      else for (const document of message.documents) if (wanted.has(document.id)) current.updateDocument(document);
      scheduleStore();
      post({ type: 'status', ready: isReady(), documents: index?.documentIds().length ?? 0 });
      return;
    }
    case 'search': {
      const hits = current ? current.search(message.query, message.filters, message.limit) : [];
      post({ type: 'results', requestId: message.requestId, hits, ready: isReady() });
      return;
    }
  }
}

// Messages are handled one after another: a search never sees an index half-updated by the message before.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  queue = queue.then(() => handle(event.data)).catch((error: unknown) => post({ type: 'failed', detail: error instanceof Error ? error.message : String(error) }));
};
