import type { DocumentHit, IndexableDocument, SearchFilters } from '@shared/search/library-index';
import type { FromSearchWorker, ToSearchWorker } from './protocol';

export interface SearchAnswer {
  hits: DocumentHit[];
  /** False while the index is still being built or brought up to date: the answer may miss documents. */
  ready: boolean;
}

/** Reads the documents the Worker asks for; unreadable or vanished ones are left out. */
export type DocumentLoader = (ids: readonly string[]) => Promise<IndexableDocument[]>;

/** How many documents are read from storage in one go. */
const BATCH = 50;

/**
 * The page's side of the search Worker: tells it how the library stands, feeds it the documents it
 * asks for, and turns its answers into promises. One per window.
 */
export class SearchClient {
  private readonly worker: Worker;
  private nextRequest = 0;
  private readonly pending = new Map<number, (answer: SearchAnswer) => void>();
  private readonly listeners = new Set<(ready: boolean) => void>();
  private ready = false;

  constructor(private readonly load: DocumentLoader) {
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => void this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message);
    };
  }

  /** The library's readable documents and their revisions; the Worker indexes what changed. */
  sync(documents: { id: string; revision: number }[]): void {
    this.send({ type: 'sync', documents });
  }

  search(query: string, filters: SearchFilters, limit = 30): Promise<SearchAnswer> {
    const requestId = ++this.nextRequest;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.send({ type: 'search', requestId, query, filters, limit });
    });
  }

  isReady(): boolean {
    return this.ready;
  }

  onReadyChange(listener: (ready: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.worker.terminate();
    this.fail('closed');
  }

  private send(message: ToSearchWorker): void {
    this.worker.postMessage(message);
  }

  private async receive(message: FromSearchWorker): Promise<void> {
    switch (message.type) {
      case 'need': {
        // Read in batches, sent at once: an index built from nothing then splits compounds against the whole library.
        const documents: IndexableDocument[] = [];
        for (let start = 0; start < message.ids.length; start += BATCH) documents.push(...(await this.load(message.ids.slice(start, start + BATCH))));
        this.send({ type: 'index', documents });
        return;
      }
      case 'status':
        return this.setReady(message.ready);
      case 'results':
        this.setReady(message.ready);
        this.pending.get(message.requestId)?.({ hits: message.hits, ready: message.ready });
        this.pending.delete(message.requestId);
        return;
      case 'failed':
        return this.fail(message.detail);
    }
  }

  private setReady(ready: boolean): void {
    if (ready === this.ready) return;
    this.ready = ready;
    for (const listener of this.listeners) listener(ready);
  }

  /** A Worker that fails answers every open question with nothing rather than leaving it waiting. */
  private fail(detail: string): void {
    console.warn(`Sökindexet: ${detail}`);
    for (const resolve of this.pending.values()) resolve({ hits: [], ready: false });
    this.pending.clear();
  }
}
