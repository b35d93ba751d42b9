import type { DocumentHit, IndexableDocument, SearchFilters } from '@shared/search/library-index';

/** What the page tells the search Worker. */
export type ToSearchWorker =
  /** The library as it stands: every readable document and its revision. The Worker answers with what it lacks. */
  | { type: 'sync'; documents: { id: string; revision: number }[] }
  /** Documents the Worker asked for, read from storage. */
  | { type: 'index'; documents: IndexableDocument[] }
  | { type: 'search'; requestId: number; query: string; filters: SearchFilters; limit: number };

/** What the search Worker tells the page. */
export type FromSearchWorker =
  /** `ids`: documents the index lacks; `changed`: documents it holds at another revision. */
  | { type: 'need'; ids: string[]; changed: string[] }
  /** `ready`: the index holds every document of the last sync; until then answers may miss the newest. */
  | { type: 'status'; ready: boolean; documents: number }
  | { type: 'results'; requestId: number; hits: DocumentHit[]; ready: boolean }
  | { type: 'failed'; detail: string };
