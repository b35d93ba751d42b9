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
 * How long typing must pause before a changed document is indexed again. Reading a long document and
 * handing it to the Worker holds the page's thread for a moment (60–130 ms for a 300-page handbook,
 * measured in the bench's typing): after every autosave, that was a keystroke the writer felt.
 */
const QUIET_MS = 2_000;

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
  /** Changed documents waiting for typing to pause (QUIET_MS). */
  private readonly waiting = new Set<string>();
  private quietTimer: ReturnType<typeof setTimeout> | null = null;

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
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.worker.terminate();
    this.fail('closed');
  }

  private send(message: ToSearchWorker): void {
    this.worker.postMessage(message);
  }

  private async receive(message: FromSearchWorker): Promise<void> {
    switch (message.type) {
      case 'need': {
        // Building from nothing: at once. A document the index holds at an older revision (the user
        // types, also while a first build still runs): once typing pauses, as reading a long one holds
        // the page a moment, and the index answers from the older text meanwhile.
        const now = this.ready ? [] : message.ids;
        const later = [...(this.ready ? message.ids : []), ...message.changed];
        if (now.length) void this.feed(now);
        if (!later.length) return;
        for (const id of later) this.waiting.add(id);
        if (this.quietTimer) clearTimeout(this.quietTimer);
        this.quietTimer = setTimeout(() => {
          this.quietTimer = null;
          const ids = [...this.waiting];
          this.waiting.clear();
          void this.feed(ids);
        }, QUIET_MS);
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

  /** Reads the documents in batches and sends them at once: an index built from nothing then splits compounds against the whole library. */
  private async feed(ids: readonly string[]): Promise<void> {
    const documents: IndexableDocument[] = [];
    for (let start = 0; start < ids.length; start += BATCH) documents.push(...(await this.load(ids.slice(start, start + BATCH))));
    this.send({ type: 'index', documents });
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
