import MiniSearch, { type SearchResult } from 'minisearch';
import type { SerializedContent } from '../model/content';
import type { HandbokDocument } from '../model/document';
import type { DocumentKind, DocumentStatus } from '../model/kinds';
import { isStopWord, queryTerm, stem, words } from './analyser';
import { blockEntries, entryText, type BlockEntry } from './block-entries';
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
export const SEARCH_INDEX_FORMAT = 2;

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

/** What the index needs of a stored document, in the app and on the command line alike. */
export function indexableDocument(document: HandbokDocument): IndexableDocument {
  const registryNumber = document.metadata.registryNumber;
  return {
    id: document.id,
    title: document.title,
    kind: document.kind,
    status: document.status,
    deletedAt: document.deletedAt,
    revision: document.revision,
    ...(typeof registryNumber === 'string' && registryNumber ? { registryNumber } : {}),
    content: document.content,
  };
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
  entries: [string, StoredEntry][];
  engine: unknown;
}

interface StoredEntry {
  documentId: string;
  blockId: string | null;
  text: string;
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
const PREFIX_FROM_LENGTH = 3;
/** Fewer documents than this found as spelt, and the query is tried again with one typo tolerated. */
const FUZZY_BELOW_DOCUMENTS = 3;
/** Blocks a document hit keeps: enough to show where else it matched. */
const BLOCKS_PER_DOCUMENT = 3;

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
  /** Each entry's document, block and text, for filters and snippets. */
  private readonly entries: Map<string, StoredEntry>;
  /** What each word of a text becomes in the index; cleared when the vocabulary grows, as splits may change. */
  private readonly terms = new Map<string, string[] | null>();

  private constructor(documents: Map<string, IndexedDocument>, vocabulary: Set<string>, entries: Map<string, StoredEntry>, engine?: unknown) {
    this.documents = documents;
    this.vocabulary = vocabulary;
    this.entries = entries;
    const options = this.options();
    this.engine = engine === undefined ? new MiniSearch<Entry>(options) : MiniSearch.loadJS<Entry>(engine as Parameters<typeof MiniSearch.loadJS>[0], options);
  }

  /** A new index of the given documents. The vocabulary is gathered first so that every document's compounds split alike. */
  static build(documents: Iterable<IndexableDocument>): LibrarySearchIndex {
    const all = [...documents].map((document) => ({ document, blocks: blockEntries(document.content) }));
    const vocabulary = new Set<string>();
    for (const { document, blocks } of all) addVocabulary(vocabulary, documentText(document, blocks));
    const index = new LibrarySearchIndex(new Map(), vocabulary, new Map());
    for (const { document, blocks } of all) index.add(document, blocks);
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
      return new LibrarySearchIndex(new Map(Object.entries(value.documents)), new Set(value.vocabulary), new Map(value.entries), value.engine);
    } catch {
      return null;
    }
  }

  toJSON(): SerializedSearchIndex {
    return { format: SEARCH_INDEX_FORMAT, documents: Object.fromEntries(this.documents), vocabulary: [...this.vocabulary], entries: [...this.entries], engine: this.engine.toJSON() };
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
    const held = this.documents.get(document.id);
    if (held && held.revision === document.revision) return false;
    this.removeDocument(document.id);
    const blocks = blockEntries(document.content);
    const known = this.vocabulary.size;
    addVocabulary(this.vocabulary, documentText(document, blocks));
    if (this.vocabulary.size !== known) this.terms.clear();
    this.add(document, blocks);
    return true;
  }

  /** Takes a document out (deleted for good). */
  removeDocument(documentId: string): void {
    const known = this.documents.get(documentId);
    if (!known) return;
    for (const id of known.entries) {
      this.engine.discard(id);
      this.entries.delete(id);
    }
    this.documents.delete(documentId);
  }

  /**
   * The documents matching every word of the query, best first: the last word completed as a prefix
   * (it is being typed). Only when that finds too little is one typo tolerated in the longer words:
   * a typo search walks far more of the index, and a query spelt right needs none.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50): DocumentHit[] {
    if (!words(query).some((word) => queryTerm(word) !== null)) return [];
    const filter = (result: SearchResult) => this.passes(this.entries.get(result.id as string)?.documentId ?? '', filters);
    const prefix = (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= PREFIX_FROM_LENGTH;
    let results = this.engine.search(query, { filter, prefix });
    if (new Set(results.map((result) => this.entries.get(result.id as string)?.documentId)).size < FUZZY_BELOW_DOCUMENTS) {
      results = this.engine.search(query, { filter, prefix, fuzzy: (term: string) => (term.length >= FUZZY_FROM_LENGTH ? 1 : false) });
    }
    return this.group(results, limit);
  }

  /** The index terms of a word of a text: its stem, and the stems of its two parts when it is a compound. */
  private termsOf(word: string): string[] | null {
    const cached = this.terms.get(word);
    if (cached !== undefined) return cached;
    const lower = word.toLocaleLowerCase('sv');
    let result: string[] | null = null;
    if (!isStopWord(lower)) {
      const whole = stem(lower);
      const parts = splitCompound(lower, this.vocabulary);
      result = parts ? [...new Set([whole, stem(parts[0]), stem(parts[1])])] : [whole];
    }
    if (this.terms.size > 500_000) this.terms.clear();
    this.terms.set(word, result);
    return result;
  }

  private options() {
    return {
      fields: [...FIELDS],
      // Nothing stored in the engine: copying stored fields onto every result costs more than the search on a common word.
      storeFields: [],
      tokenize: words,
      processTerm: (term: string): string[] | null => this.termsOf(term),
      searchOptions: {
        boost: BOOST,
        combineWith: 'AND' as const,
        processTerm: queryTerm,
      },
    };
  }

  private add(document: IndexableDocument, blocks: readonly BlockEntry[]): void {
    const title = [document.title, document.registryNumber ?? ''].filter(Boolean).join(' ');
    const entries: Entry[] = [
      { id: entryId(document.id, TITLE_ENTRY), documentId: document.id, blockId: null, title, headings: '', names: '', definitions: '', body: '', text: document.title },
    ];
    for (const block of blocks) {
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
    for (const entry of unique) this.entries.set(entry.id, { documentId: entry.documentId, blockId: entry.blockId, text: entry.text });
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

  /**
   * One hit per document; a document weighs as its best entry, a little more for each further one.
   * Snippets are cut only for the documents returned: a common word matches thousands of blocks.
   */
  private group(results: SearchResult[], limit: number): DocumentHit[] {
    const byDocument = new Map<string, SearchResult[]>();
    for (const result of results) {
      const documentId = this.entries.get(result.id as string)?.documentId;
      if (documentId === undefined) continue;
      const list = byDocument.get(documentId);
      if (list) list.push(result);
      else byDocument.set(documentId, [result]);
    }
    // MiniSearch returns results best first, so each list is already sorted.
    const ranked = [...byDocument].map(([documentId, list]) => ({
      documentId,
      list,
      score: list[0]!.score + 0.1 * list.slice(1).reduce((sum, result) => sum + result.score, 0),
    }));
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map(({ documentId, list, score }) => {
      const document = this.documents.get(documentId)!;
      const blocks = list.slice(0, BLOCKS_PER_DOCUMENT).map((result) => this.blockHit(result));
      // The title entry carries no block: open at the best-matching block when there is one.
      const opening = blocks.find((block) => block.blockId !== null) ?? blocks[0]!;
      return { documentId, title: document.title, kind: document.kind, status: document.status, deleted: document.deleted, score, blockId: opening.blockId, snippet: opening.snippet, blocks };
    });
  }

  private blockHit(result: SearchResult): BlockHit {
    const matched = new Set(result.terms);
    const isMatch = (word: string) => {
      const lower = word.toLocaleLowerCase('sv');
      if (isStopWord(lower)) return false;
      if (matched.has(stem(lower))) return true;
      return (this.termsOf(word) ?? []).some((term) => matched.has(term));
    };
    const entry = this.entries.get(result.id as string);
    return { blockId: entry?.blockId ?? null, snippet: snippetOf(entry?.text ?? '', isMatch), score: result.score };
  }
}

function documentText(document: IndexableDocument, blocks: readonly BlockEntry[]): string {
  return [document.title, ...blocks.map(entryText)].join('\n');
}

function isSerialized(value: unknown): value is SerializedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SerializedSearchIndex>;
  return typeof candidate.format === 'number' && typeof candidate.documents === 'object' && candidate.documents !== null && Array.isArray(candidate.vocabulary) && Array.isArray(candidate.entries) && typeof candidate.engine === 'object';
}
