import MiniSearch, { type SearchResult } from 'minisearch';
import type { SerializedContent } from '../model/content';
import type { DocumentKind, DocumentStatus } from '../model/kinds';
import { isStopWord, queryTerm, stem, words } from './analyser';
import { blockEntries, entryText } from './block-entries';
import { splitCompound } from './compounds';
import { snippetOf, type SnippetPart } from './snippet';

/**
 * Full-text search over the library: a MiniSearch index with one entry per block (and one per
 * document for its title), analysed as Swedish. The same class serves the CLI, the app's Worker, the
 * benchmark and the tests.
 */

/**
 * The shape of a stored index. Raise it whenever the analyser, the fields or the entries change: an
 * index stored by an older Handbok is then rebuilt rather than read with rules it was not made with.
 */
export const SEARCH_INDEX_FORMAT = 1;

/** What the index needs of a document: its header's searchable part and its content. */
export interface IndexableDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  deletedAt: string | null;
  revision: number;
  /** The registry number (diarienummer), found like the title. */
  registryNumber?: string;
  content: SerializedContent;
}

/** What a result list shows of a document without opening it. */
interface IndexedDocument {
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  deleted: boolean;
  revision: number;
  /** The ids of its entries, to take them out again when it changes. */
  entries: string[];
}

export interface SearchFilters {
  /** Only these kinds; none or empty means every kind. */
  kinds?: readonly DocumentKind[];
  /** Only these statuses; none or empty means every status but repealed. */
  statuses?: readonly DocumentStatus[];
  /** Repealed documents and the trash are left out unless asked for: a reader wants what is in force. */
  includeRepealedAndTrash?: boolean;
}

export interface BlockHit {
  /** The block to open the document at; null when the match is the document's title or a block without id. */
  blockId: string | null;
  snippet: SnippetPart[];
  score: number;
}

/** A document that matched, with its best-matching blocks first. */
export interface DocumentHit {
  documentId: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  deleted: boolean;
  score: number;
  /** Where a click opens: the best-matching block (null: the top of the document). */
  blockId: string | null;
  /** The passage of the best-matching block, or of the title when only the title matched. */
  snippet: SnippetPart[];
  blocks: BlockHit[];
}

export interface SerializedSearchIndex {
  format: number;
  documents: Record<string, IndexedDocument>;
  vocabulary: string[];
  engine: unknown;
}

interface Entry {
  id: string;
  documentId: string;
  blockId: string | null;
  title: string;
  headings: string;
  names: string;
  definitions: string;
  body: string;
  text: string;
}

const FIELDS = ['title', 'headings', 'names', 'definitions', 'body'] as const;
/** The title weighs most; headings, block titles and definitions above running text. */
const BOOST = { title: 5, headings: 2.5, names: 2.5, definitions: 2, body: 1 };
/** Typos are tolerated in longer words only: in short ones one letter off is usually another word. */
const FUZZY_FROM_LENGTH = 5;
/** Shorter query words are not completed as prefixes: "ar" would match half the library. */
const PREFIX_FROM_LENGTH = 2;
/** Blocks a document hit keeps: enough to show where else it matched. */
const BLOCKS_PER_DOCUMENT = 5;

const TITLE_ENTRY = '';
const entryId = (documentId: string, key: string) => `${documentId}#${key}`;

/** The library's own words, for splitting compounds: letters only, lower-cased, no stop words. */
function addVocabulary(vocabulary: Set<string>, text: string): void {
  for (const match of text.toLocaleLowerCase('sv').matchAll(/\p{L}{3,}/gu)) {
    if (!isStopWord(match[0])) vocabulary.add(match[0]);
  }
}

export class LibrarySearchIndex {
  private readonly engine: MiniSearch<Entry>;
  private readonly documents: Map<string, IndexedDocument>;
  private readonly vocabulary: Set<string>;

  private constructor(documents: Map<string, IndexedDocument>, vocabulary: Set<string>, engine?: unknown) {
    this.documents = documents;
    this.vocabulary = vocabulary;
    const options = this.options();
    this.engine = engine === undefined ? new MiniSearch<Entry>(options) : MiniSearch.loadJS<Entry>(engine as Parameters<typeof MiniSearch.loadJS>[0], options);
  }

  /** A new index of the given documents. The vocabulary is gathered first so that every document's compounds split alike. */
  static build(documents: Iterable<IndexableDocument>): LibrarySearchIndex {
    const all = [...documents];
    const vocabulary = new Set<string>();
    for (const document of all) addVocabulary(vocabulary, documentText(document));
    const index = new LibrarySearchIndex(new Map(), vocabulary);
    for (const document of all) index.add(document);
    return index;
  }

  /**
   * An index stored by `toJSON`, or null when it cannot be used (another format, damaged): the caller
   * then builds a new one. Never throws.
   */
  static load(stored: unknown): LibrarySearchIndex | null {
    try {
      const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
      if (!isSerialized(value) || value.format !== SEARCH_INDEX_FORMAT) return null;
      return new LibrarySearchIndex(new Map(Object.entries(value.documents)), new Set(value.vocabulary), value.engine);
    } catch {
      return null;
    }
  }

  toJSON(): SerializedSearchIndex {
    return { format: SEARCH_INDEX_FORMAT, documents: Object.fromEntries(this.documents), vocabulary: [...this.vocabulary], engine: this.engine.toJSON() };
  }

  /** The revision the index holds of a document, to tell whether it needs indexing again. */
  revisionOf(documentId: string): number | undefined {
    return this.documents.get(documentId)?.revision;
  }

  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /**
   * Indexes a document again after a change (content, title, status, the trash). Returns false and
   * does nothing when the index already holds this revision. New words join the vocabulary; documents
   * indexed before keep their compound splits until they change or the index is rebuilt.
   */
  updateDocument(document: IndexableDocument): boolean {
    const known = this.documents.get(document.id);
    if (known && known.revision === document.revision) return false;
    this.removeDocument(document.id);
    addVocabulary(this.vocabulary, documentText(document));
    this.add(document);
    return true;
  }

  /** Takes a document out (deleted for good). */
  removeDocument(documentId: string): void {
    const known = this.documents.get(documentId);
    if (!known) return;
    for (const id of known.entries) this.engine.discard(id);
    this.documents.delete(documentId);
  }

  /** The documents matching every word of the query (the last completed as a prefix, one typo tolerated), best first. */
  search(query: string, filters: SearchFilters = {}, limit = 50): DocumentHit[] {
    if (!words(query).some((word) => queryTerm(word) !== null)) return [];
    const results = this.engine.search(query, {
      filter: (result) => this.passes(result.documentId as string, filters),
    });
    return this.group(results).slice(0, limit);
  }

  private options() {
    const vocabulary = this.vocabulary;
    return {
      fields: [...FIELDS],
      storeFields: ['documentId', 'blockId', 'text'],
      tokenize: words,
      processTerm: (term: string): string[] | null => {
        const lower = term.toLocaleLowerCase('sv');
        if (isStopWord(lower)) return null;
        const whole = stem(lower);
        const parts = splitCompound(lower, vocabulary);
        return parts ? [...new Set([whole, stem(parts[0]), stem(parts[1])])] : [whole];
      },
      searchOptions: {
        boost: BOOST,
        combineWith: 'AND' as const,
        processTerm: queryTerm,
        prefix: (term: string) => term.length >= PREFIX_FROM_LENGTH,
        fuzzy: (term: string) => (term.length >= FUZZY_FROM_LENGTH ? 1 : false),
      },
    };
  }

  private add(document: IndexableDocument): void {
    const title = [document.title, document.registryNumber ?? ''].filter(Boolean).join(' ');
    const entries: Entry[] = [
      { id: entryId(document.id, TITLE_ENTRY), documentId: document.id, blockId: null, title, headings: '', names: '', definitions: '', body: '', text: document.title },
    ];
    for (const block of blockEntries(document.content)) {
      entries.push({
        id: entryId(document.id, block.blockId ?? `@${block.position}`),
        documentId: document.id,
        blockId: block.blockId,
        title: '',
        headings: block.headings,
        names: block.names,
        definitions: block.definitions,
        body: block.body,
        text: entryText(block),
      });
    }
    // Two blocks with one id (content from before ids were repaired) would clash in the engine: the later waits.
    const unique = [...new Map(entries.map((entry) => [entry.id, entry])).values()];
    this.engine.addAll(unique);
    this.documents.set(document.id, {
      title: document.title,
      kind: document.kind,
      status: document.status,
      deleted: document.deletedAt !== null,
      revision: document.revision,
      entries: unique.map((entry) => entry.id),
    });
  }

  private passes(documentId: string, filters: SearchFilters): boolean {
    const document = this.documents.get(documentId);
    if (!document) return false;
    if (!filters.includeRepealedAndTrash && (document.deleted || document.status === 'upphavd')) return false;
    if (filters.kinds?.length && !filters.kinds.includes(document.kind)) return false;
    if (filters.statuses?.length && !filters.statuses.includes(document.status)) return false;
    return true;
  }

  /** One hit per document; a document weighs as its best entry, a little more for each further one. */
  private group(results: SearchResult[]): DocumentHit[] {
    const byDocument = new Map<string, SearchResult[]>();
    for (const result of results) {
      const documentId = result.documentId as string;
      const list = byDocument.get(documentId);
      if (list) list.push(result);
      else byDocument.set(documentId, [result]);
    }
    const hits: DocumentHit[] = [];
    for (const [documentId, list] of byDocument) {
      const document = this.documents.get(documentId)!;
      const sorted = list.sort((a, b) => b.score - a.score);
      const blocks = sorted.slice(0, BLOCKS_PER_DOCUMENT).map((result) => this.blockHit(result));
      const score = sorted[0]!.score + 0.1 * sorted.slice(1).reduce((sum, result) => sum + result.score, 0);
      // The title entry carries no block: open at the best-matching block when there is one.
      const opening = blocks.find((block) => block.blockId !== null) ?? blocks[0]!;
      hits.push({ documentId, title: document.title, kind: document.kind, status: document.status, deleted: document.deleted, score, blockId: opening.blockId, snippet: opening.snippet, blocks });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  private blockHit(result: SearchResult): BlockHit {
    const matched = new Set(result.terms);
    const isMatch = (word: string) => {
      const lower = word.toLocaleLowerCase('sv');
      if (isStopWord(lower)) return false;
      if (matched.has(stem(lower))) return true;
      const parts = splitCompound(lower, this.vocabulary);
      return parts !== null && (matched.has(stem(parts[0])) || matched.has(stem(parts[1])));
    };
    return { blockId: (result.blockId as string | null) ?? null, snippet: snippetOf(String(result.text ?? ''), isMatch), score: result.score };
  }
}

function documentText(document: IndexableDocument): string {
  return [document.title, ...blockEntries(document.content).map(entryText)].join('\n');
}

function isSerialized(value: unknown): value is SerializedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SerializedSearchIndex>;
  return typeof candidate.format === 'number' && typeof candidate.documents === 'object' && candidate.documents !== null && Array.isArray(candidate.vocabulary) && typeof candidate.engine === 'object';
}
