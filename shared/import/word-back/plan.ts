import type { SerializedContent } from '../../model/content';
import { formatVersionNumber, type DocumentVersion } from '../../model/versions';
import { compareContents } from '../../text/compare';
import type { FoundOrigin, OriginUnavailable } from './origin';

/**
 * What a Word file that came from a library document can become, decided before anything is written.
 * The default is a new draft of the document, made from the version the file came from and holding the
 * file's content; the adopted versions are never touched. Where a draft would cost something the user
 * has not seen (a draft in work with edits, a document never adopted, whose content is its only copy),
 * the file becomes a new document instead, and the review says why.
 */

/** Why the file cannot become a draft of its document. */
export type DraftRefusal = OriginUnavailable | 'revising' | 'never-adopted' | 'versions-unreadable';

/** What the user should know about the draft before making it. */
export type WordBackNote =
  /** The file shows an older version; the draft is made from that one and lacks what the newer ones changed. */
  | { code: 'newer-version'; latest: string }
  /** The version the file came from is no longer in the library: the file is compared with another. */
  | { code: 'version-missing'; wanted: string; base: string }
  /** The file was exported from a draft (or does not say its version): it is compared with the version in force. */
  | { code: 'from-draft'; base: string }
  /** A revision was begun and nothing changed in it yet: that empty draft is replaced. */
  | { code: 'replaces-untouched-draft' };

export type WordBackAgainst =
  | { kind: 'version'; number: string; content: SerializedContent }
  /** The document's draft in work, or the content of a document never adopted: its only copy. */
  | { kind: 'draft-in-work' | 'unadopted'; content: SerializedContent };

export interface WordBackPlan {
  documentId: string | null;
  /** The library document's title, when it can be read. */
  title: string | null;
  /** The version the file says it shows ("2.1"); null for a file made from a draft. */
  exportedFrom: string | null;
  /** The version the draft is made from; null when the file can only become a new document. */
  draftFrom: DocumentVersion | null;
  refusal: DraftRefusal | null;
  notes: WordBackNote[];
  /** What the file is compared with before it is imported. */
  against: WordBackAgainst | null;
  /** Which import the review starts on: a draft, unless it would be made from another version than the file's. */
  suggested: 'draft' | 'new';
  /** The document's header revision when this was decided: the import refuses if it has moved since. */
  revision: number | null;
}

/** What the library holds of the document, loaded for the plan: its versions and, for a draft, its content. */
export interface OriginDocument {
  versions: readonly DocumentVersion[];
  /** The document's current content (a draft in work, or a document never adopted). */
  content: SerializedContent | null;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, field]) => [key, sortedKeys(field)]));
}

export function planWordBack(found: Exclude<FoundOrigin, { found: 'none' }>, loaded: OriginDocument | null): WordBackPlan {
  const newOnly = (refusal: DraftRefusal, against: WordBackAgainst | null = null): WordBackPlan => ({
    documentId: found.found === 'document' ? found.header.id : null,
    title: found.found === 'document' ? found.header.title : found.title,
    exportedFrom: found.version,
    draftFrom: null,
    refusal,
    notes: [],
    against,
    suggested: 'new',
    revision: found.found === 'document' ? found.header.revision : null,
  });
  if (found.found === 'unavailable') return newOnly(found.reason);
  const { header } = found;
  const latestId = header.versioning?.latest?.id;
  const content = loaded?.content ?? null;
  if (!latestId) return newOnly('never-adopted', content && { kind: 'unadopted', content });
  const versions = loaded?.versions ?? [];
  const latest = versions.find((version) => version.id === latestId);
  if (!latest) return newOnly('versions-unreadable');

  const notes: WordBackNote[] = [];
  if (header.versioning?.revising) {
    // A draft in work is the only copy of its edits: replaced only while it still is the version it was made from.
    const untouched = content !== null && compareContents(latest.content, content).overall === 'none' && header.title === latest.header.title && sameValue(header.metadata, latest.header.metadata);
    if (!untouched) return newOnly('revising', content && { kind: 'draft-in-work', content });
    notes.push({ code: 'replaces-untouched-draft' });
  }
  const latestNumber = formatVersionNumber(latest.number);
  const stated = found.version === null ? undefined : versions.find((version) => formatVersionNumber(version.number) === found.version);
  let base = latest;
  if (found.version === null) notes.unshift({ code: 'from-draft', base: latestNumber });
  else if (!stated) notes.unshift({ code: 'version-missing', wanted: found.version, base: latestNumber });
  else {
    base = stated;
    if (stated !== latest) notes.unshift({ code: 'newer-version', latest: latestNumber });
  }
  return {
    documentId: header.id,
    title: header.title,
    exportedFrom: found.version,
    draftFrom: base,
    refusal: null,
    notes,
    against: { kind: 'version', number: formatVersionNumber(base.number), content: base.content },
    suggested: found.version !== null && !stated ? 'new' : 'draft',
    revision: header.revision,
  };
}
