import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { SerializedContent } from '../model/content';
import type { HandbokDocument } from '../model/document';
import type { DocumentKind, DocumentStatus } from '../model/kinds';
import { isStopWord, lowerCase, queryTerm, stem, words } from './analyser';
import { blockEntries, entryText, type BlockEntry } from './block-entries';
import { splitCompound } from './compounds';
import { snippetOf, type SnippetPart } from './snippet';
import { corrections } from './typos';

/**
 * Full-text search over the library: a MiniSearch index with one entry per block (and one per
 * document for its title), analysed as Swedish. The same class serves the CLI, the app's Worker, the
 * benchmark and the tests.
 */

/**
 * The shape of a stored index. Raise it whenever the analyser, the fields or the entries change: an
 * index stored by an older Handbok is then rebuilt rather than read with rules it was not made with.
 */
export const SEARCH_INDEX_FORMAT = 3;

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
  entries: number[];
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
  /** The blocks that matched, the opening one first: as many as the search asked for, each with its snippet. */
  blocks: BlockHit[];
}

export interface SerializedSearchIndex {
  format: number;
  documents: Record<string, IndexedDocument>;
  vocabulary: string[];
  entries: [number, StoredEntry][];
  /** The id the next entry gets. */
  nextEntry: number;
  engine: unknown;
}

interface StoredEntry {
  documentId: string;
  blockId: string | null;
  text: string;
}

interface Entry {
  /** A number rather than a name: looking up thousands of results by a number is several times faster. */
  id: number;
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
/** A word found through a typo's correction weighs less than one found as spelt. */
const CORRECTION_WEIGHT = 0.5;


/** The library's own words, for splitting compounds: letters only, lower-cased, no stop words. */
function addVocabulary(vocabulary: Set<string>, text: string): void {
  for (const match of lowerCase(text).matchAll(/\p{L}{3,}/gu)) {
    if (!isStopWord(match[0])) vocabulary.add(match[0]);
  }
}

export class LibrarySearchIndex {
  private readonly engine: MiniSearch<Entry>;
  private readonly documents: Map<string, IndexedDocument>;
  private readonly vocabulary: Set<string>;
  /** Each entry's document, block and text, for filters and snippets. */
  private readonly entries: Map<number, StoredEntry>;
  private nextEntry: number;
  /** What each word of a text becomes in the index; cleared when the vocabulary grows, as splits may change. */
  private readonly terms = new Map<string, string[] | null>();

  private constructor(documents: Map<string, IndexedDocument>, vocabulary: Set<string>, entries: Map<number, StoredEntry>, nextEntry: number, engine?: unknown) {
    this.documents = documents;
    this.vocabulary = vocabulary;
    this.entries = entries;
    this.nextEntry = nextEntry;
    const options = this.options();
    this.engine = engine === undefined ? new MiniSearch<Entry>(options) : MiniSearch.loadJS<Entry>(engine as Parameters<typeof MiniSearch.loadJS>[0], options);
  }

  /** A new index of the given documents. The vocabulary is gathered first so that every document's compounds split alike. */
  static build(documents: Iterable<IndexableDocument>): LibrarySearchIndex {
    const all = [...documents].map((document) => ({ document, blocks: blockEntries(document.content) }));
    const vocabulary = new Set<string>();
    for (const { document, blocks } of all) addVocabulary(vocabulary, documentText(document, blocks));
    const index = new LibrarySearchIndex(new Map(), vocabulary, new Map(), 0);
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
      return new LibrarySearchIndex(new Map(Object.entries(value.documents)), new Set(value.vocabulary), new Map(value.entries), value.nextEntry, value.engine);
    } catch {
      return null;
    }
  }

  toJSON(): SerializedSearchIndex {
    return { format: SEARCH_INDEX_FORMAT, documents: Object.fromEntries(this.documents), vocabulary: [...this.vocabulary], entries: [...this.entries], nextEntry: this.nextEntry, engine: this.engine.toJSON() };
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
   * (it is being typed). Only when that finds too little is one typo tolerated in the longer words.
   * Each document comes with the snippets of its `blocksPerDocument` best blocks: a list of results
   * shows one, and cutting snippets is much of a query's time.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50, blocksPerDocument = 1): DocumentHit[] {
    const queryWords = words(query).filter((word) => queryTerm(word) !== null);
    if (queryWords.length === 0) return [];
    let found = this.byDocument(this.engine.search(this.asSpelt(queryWords)), filters);
    if (found.size < FUZZY_BELOW_DOCUMENTS) {
      const tolerant = this.withCorrections(queryWords);
      if (tolerant) found = this.byDocument(this.engine.search(tolerant), filters);
    }
    return this.rank(found, limit, blocksPerDocument);
  }

  /** Every word as spelt, the last also as the beginning of a longer word. */
  private asSpelt(queryWords: readonly string[]): Query {
    return { combineWith: 'AND', queries: queryWords.map((word, index) => this.wordQuery(word, index === queryWords.length - 1)) };
  }

  /** The query with each longer word also read as the library's words one typo from it; null when no word has any. */
  private withCorrections(queryWords: readonly string[]): Query | null {
    let corrected = false;
    const queries = queryWords.map((word, index): Query => {
      const spelt = this.wordQuery(word, index === queryWords.length - 1);
      const alternatives = word.length >= FUZZY_FROM_LENGTH ? corrections(lowerCase(word), this.vocabulary) : [];
      if (alternatives.length === 0) return spelt;
      corrected = true;
      return { combineWith: 'OR', queries: [spelt, { combineWith: 'OR', queries: alternatives, prefix: false, boostTerm: () => CORRECTION_WEIGHT }] };
    });
    return corrected ? { combineWith: 'AND', queries } : null;
  }

  private wordQuery(word: string, last: boolean): Query {
    return { combineWith: 'OR', queries: [word], prefix: last && word.length >= PREFIX_FROM_LENGTH };
  }

  /** The index terms of a word of a text: its stem, and the stems of its two parts when it is a compound. */
  private termsOf(word: string): string[] | null {
    const cached = this.terms.get(word);
    if (cached !== undefined) return cached;
    const lower = lowerCase(word);
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
      { id: this.nextEntry++, documentId: document.id, blockId: null, title, headings: '', names: '', definitions: '', body: '', text: document.title },
    ];
    for (const block of blocks) {
      entries.push({
        id: this.nextEntry++,
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
    this.engine.addAll(entries);
    for (const entry of entries) this.entries.set(entry.id, { documentId: entry.documentId, blockId: entry.blockId, text: entry.text });
    this.documents.set(document.id, {
      title: document.title,
      kind: document.kind,
      status: document.status,
      deleted: document.deletedAt !== null,
      revision: document.revision,
      entries: entries.map((entry) => entry.id),
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
   * The results of the documents the filters let through, by document, each document's best first (as
   * MiniSearch returns them). Filtering here rather than in MiniSearch asks once per document instead of
   * once per matching block, which for a common word is thousands of times.
   */
  private byDocument(results: SearchResult[], filters: SearchFilters): Map<string, SearchResult[]> {
    // A document the filters leave out is kept as null, so that it is asked about once.
    const grouped = new Map<string, SearchResult[] | null>();
    for (const result of results) {
      const documentId = this.entries.get(result.id as number)?.documentId;
      if (documentId === undefined) continue;
      const list = grouped.get(documentId);
      if (list) list.push(result);
      else if (list === undefined) grouped.set(documentId, this.passes(documentId, filters) ? [result] : null);
    }
    for (const [documentId, list] of grouped) if (list === null) grouped.delete(documentId);
    return grouped as Map<string, SearchResult[]>;
  }

  /**
   * One hit per document; a document weighs as its best entry, a little more for each further one.
   * Snippets are cut only for the documents returned: a common word matches thousands of blocks.
   */
  private rank(byDocument: Map<string, SearchResult[]>, limit: number, blocksPerDocument: number): DocumentHit[] {
    const ranked = [...byDocument].map(([documentId, list]) => ({
      documentId,
      list,
      score: list[0]!.score + 0.1 * list.slice(1).reduce((sum, result) => sum + result.score, 0),
    }));
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map(({ documentId, list, score }) => {
      const document = this.documents.get(documentId)!;
      // The title entry carries no block: open at the best-matching block when there is one.
      const best = list.find((result) => this.entries.get(result.id as number)?.blockId) ?? list[0]!;
      const blocks = [best, ...list.filter((result) => result !== best).slice(0, blocksPerDocument - 1)].map((result) => this.blockHit(result));
      return { documentId, title: document.title, kind: document.kind, status: document.status, deleted: document.deleted, score, blockId: blocks[0]!.blockId, snippet: blocks[0]!.snippet, blocks };
    });
  }

  private blockHit(result: SearchResult): BlockHit {
    const matched = new Set(result.terms);
    const isMatch = (word: string) => (this.termsOf(word) ?? []).some((term) => matched.has(term));
    const entry = this.entries.get(result.id as number);
    return { blockId: entry?.blockId ?? null, snippet: snippetOf(entry?.text ?? '', isMatch), score: result.score };
  }
}

function documentText(document: IndexableDocument, blocks: readonly BlockEntry[]): string {
  return [document.title, ...blocks.map(entryText)].join('\n');
}

function isSerialized(value: unknown): value is SerializedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SerializedSearchIndex>;
  return typeof candidate.format === 'number' && typeof candidate.documents === 'object' && candidate.documents !== null && Array.isArray(candidate.vocabulary) && Array.isArray(candidate.entries) && typeof candidate.nextEntry === 'number' && typeof candidate.engine === 'object';
}
