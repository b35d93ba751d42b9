import type { HandbokArchive } from '@shared/archive/archive';
import { KIND_NAMES } from '@shared/i18n/document-names';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from '@shared/model/kinds';
import { STATUS_NAMES } from '@shared/render/document-words';
import { indexableDocument, LibrarySearchIndex, type DocumentHit, type SearchFilters } from '@shared/search/library-index';
import type { SnippetPart } from '@shared/search/snippet';

/** The search index of an archive's documents: built here each time, as an archive is read once per command. */
export function archiveSearchIndex(archive: HandbokArchive): LibrarySearchIndex {
  return LibrarySearchIndex.build(archive.documents.map(indexableDocument));
}

export const isDocumentStatus = (value: string): value is DocumentStatus => (DOCUMENT_STATUSES as readonly string[]).includes(value);
export const isKind = (value: string): value is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(value);

/** A snippet for a terminal: the matched words in brackets, as grep colours them where colour is missing. */
const snippetText = (parts: readonly SnippetPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

/** What `handbok search` prints: per document its kind, status and id, then its best passages; or JSON for programs. */
export function describeSearch(query: string, hits: readonly DocumentHit[], filters: SearchFilters, json: boolean): string {
  if (json) return JSON.stringify({ query, filters, hits }, null, 2);
  if (!hits.length) {
    const hidden = filters.includeRepealedAndTrash ? '' : ' (upphävda dokument och papperskorgen söks med --all)';
    return `Inga träffar för ”${query}”${hidden}.`;
  }
  const lines = [`${hits.length} dokument med träffar för ”${query}”:`];
  for (const hit of hits) {
    const marks = [KIND_NAMES[hit.kind], STATUS_NAMES[hit.status].toLocaleLowerCase('sv'), ...(hit.deleted ? ['i papperskorgen'] : [])];
    lines.push('', `${hit.title} (${marks.join(', ')}) ${hit.documentId}`);
    for (const block of hit.blocks) lines.push(`  ${block.blockId ? `#${block.blockId} ` : ''}${snippetText(block.snippet)}`);
  }
  return lines.join('\n');
}
