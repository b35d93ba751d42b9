import type { SerializedContent } from '@shared/model/content';
import type { HandbokDocument } from '@shared/model/document';
import type { AttachedFile } from '@shared/model/attached-file';
import { normalizeContent, normalizeDocumentHeader, type NormalizeProblem } from '@shared/model/normalize-document';
import { withBlockIds } from '@shared/model/block-ids';
import { documentVersionSchema, firstVersioning, type DocumentVersion } from '@shared/model/versions';

/**
 * Rows are stored as they were written and typed loosely on purpose: whatever is in IndexedDB may
 * come from an older or newer Handbok, so every read goes through the normalisers of shared/model
 * before the app trusts it (see documents-repository.ts).
 */
export type StoredRow = { id: string } & Record<string, unknown>;
/**
 * Content is written as a JSON string: IndexedDB stores a string far faster than it structured-clones
 * the nested object (measured on the 300-page handbook: about 4 ms to stringify against 13 ms to clone
 * and 29 ms to put). Rows holding the object itself, as written before, are read just as well.
 */
export interface ContentRow {
  id: string;
  content: unknown;
  /**
   * A new random token on every write (schema version 2). An editor saves only over the revision it
   * started from, so two windows never silently overwrite each other's work.
   */
  revision?: string;
}

/** A file attached to a memo (shared/model/attached-file.ts), under the memo's id. */
export type FileRow = AttachedFile & { documentId: string };

/** A token for a content write; random, so that a restore or an import can never repeat an old one. */
export const newContentRevision = (): string => crypto.randomUUID();

/**
 * A frozen version of a document (shared/model/versions.ts), its content as JSON text like a content
 * row's. Rows are only ever added: nothing in Handbok updates or deletes a version, except deleting its
 * document for good from the trash.
 */
export interface VersionRow {
  id: string;
  documentId: string;
  content: unknown;
  [field: string]: unknown;
}

/** A whole document for the document screen; an unreadable one carries its raw data for display. */
export type LoadedDocument =
  | {
      ok: true;
      document: HandbokDocument;
      /** The stored content's revision token: the editor saves over this one only (null before schema 2). */
      contentRevision: string | null;
    }
  | { ok: false; id: string; raw: { header: unknown; content: unknown }; problems: NormalizeProblem[] };

/** Reads stored content, whether written as a JSON string or, as earlier, as the object itself. */
function parseStoredContent(stored: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof stored !== 'string') return { ok: true, value: stored };
  try {
    return { ok: true, value: JSON.parse(stored) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A stored document, header and content, through the normalisers. */
export function loadDocument(row: StoredRow, contentRow: ContentRow | undefined): LoadedDocument {
  const id = String(row.id);
  const header = normalizeDocumentHeader(row);
  const parsed = parseStoredContent(contentRow?.content);
  const content: ReturnType<typeof normalizeContent> = parsed.ok
    ? normalizeContent(parsed.value)
    : { ok: false, problems: [{ path: 'content', code: 'invalid-value' }] };
  if (header.ok && content.ok) {
    return { ok: true, document: { ...header.value, content: withBlockIds(content.value) }, contentRevision: contentRow?.revision ?? null };
  }
  return {
    ok: false,
    id,
    raw: { header: row, content: contentRow?.content },
    problems: [...(header.ok ? [] : header.problems), ...(content.ok ? [] : content.problems)],
  };
}

/** Content as it is written: JSON text under a new revision. */
export function newContentRow(id: string, content: SerializedContent | string): ContentRow & { revision: string } {
  return { id, content: typeof content === 'string' ? content : JSON.stringify(content), revision: newContentRevision() };
}

/** A version as it is written: its content as JSON text, like a content row's. */
export function versionRow(version: DocumentVersion): VersionRow {
  return { ...version, content: JSON.stringify(version.content) };
}

/** A stored version through the schema; null when it cannot be read (it is then listed as unreadable). */
export function loadVersion(row: VersionRow): DocumentVersion | null {
  const parsed = parseStoredContent(row.content);
  if (!parsed.ok) return null;
  const content = normalizeContent(parsed.value);
  if (!content.ok) return null;
  const version = documentVersionSchema.safeParse({ ...row, content: content.value });
  return version.success ? (version.data as DocumentVersion) : null;
}

/**
 * What schema version 3 makes of a stored document: ids on its blocks, and its first versioning (an
 * adopted document's state frozen as its first version). Undefined for a row that cannot be read,
 * which the upgrade leaves exactly as it is.
 */
export function versionedAtUpgrade(row: StoredRow, contentRow: ContentRow | undefined, at: string): { header: StoredRow; content: ContentRow; version: VersionRow | null } | undefined {
  const loaded = loadDocument(row, contentRow);
  if (!loaded.ok) return undefined;
  const { content, ...header } = loaded.document;
  const first = firstVersioning(loaded.document, () => crypto.randomUUID(), at);
  return {
    header: { ...row, ...(first?.header ?? header) } as StoredRow,
    content: { id: header.id, content: JSON.stringify(content), revision: contentRow?.revision ?? newContentRevision() },
    version: first?.version ? versionRow(first.version) : null,
  };
}
