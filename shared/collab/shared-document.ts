import { z } from 'zod';
import type * as Y from 'yjs';
import { normalizeDocumentHeader } from '../model/normalize-document';
import type { Normalized } from '../model/problems';
import type { DocumentHeader } from '../model/document';
import { documentKindSchema, documentStatusSchema } from '../model/kinds';

/*
 * How a Handbok document lives in a shared library: one Yjs document per Handbok document, named by the
 * document's id. Its content is Lexical's own collaboration layout (@lexical/yjs) under CONTENT_ROOT; its
 * header (title, kind, status, metadata, decisions, memo …) is a map of the header's fields, one entry
 * per field, so that two people changing different fields at once both keep their change.
 */

/** The name of the XmlText that @lexical/yjs binds the editor to. */
export const CONTENT_ROOT = 'root';
/** The name of the map that holds the header, one entry per field. */
export const HEADER_MAP = 'header';

/** Ids as the app makes them; a shared library refuses any other name before it opens anything. */
export const DOCUMENT_ID = /^[\w-]{1,100}$/;

/** Fields the library itself keeps for each document; they are never taken from a client's map. */
const KEPT_BY_THE_LIBRARY = ['id', 'createdAt', 'updatedAt', 'revision'] as const;

/** Writes a header's fields into the document's header map, in one transaction. */
export function writeHeader(doc: Y.Doc, header: DocumentHeader): void {
  const map = doc.getMap<unknown>(HEADER_MAP);
  doc.transact(() => {
    for (const [key, value] of Object.entries(header)) {
      if ((KEPT_BY_THE_LIBRARY as readonly string[]).includes(key) || value === undefined) continue;
      if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, structuredClone(value));
    }
  });
}

/**
 * The header in a shared document, passed through the same gate as every stored header. `kept` gives the
 * fields the library keeps itself (id, times, revision). A document whose map is empty or refused by the
 * gate gives the gate's problems; the caller keeps what it had.
 */
export function readHeader(doc: Y.Doc, kept: Pick<DocumentHeader, (typeof KEPT_BY_THE_LIBRARY)[number]>): Normalized<DocumentHeader> {
  const fields = doc.getMap<unknown>(HEADER_MAP).toJSON() as Record<string, unknown>;
  return normalizeDocumentHeader({ ...fields, ...kept });
}

/** What a user may do in a shared library, or in one of its documents: read, edit, or also manage its users. */
export const ROLES = ['reader', 'editor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** One document as the server lists it: enough for the library's list, without content. */
export const sharedDocumentEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  kind: documentKindSchema,
  status: documentStatusSchema,
  updatedAt: z.string(),
  /** What the asking user may do with it. */
  role: roleSchema,
});
export type SharedDocumentEntry = z.infer<typeof sharedDocumentEntrySchema>;

/** The answer to GET /api/library. */
export const sharedLibrarySchema = z.object({ documents: z.array(sharedDocumentEntrySchema) });
