import type { DocumentHeader } from './document';
import { formatVersionNumber, isLocked } from './versions';

/**
 * Which library document, and which of its versions, a Word file was exported from. The Word export
 * writes it into the file's custom document properties, which Word and LibreOffice keep when an official
 * edits and saves the file; the Word import reads it back, so that a file that comes back edited can
 * become a new draft of the document it came from (shared/import/word-back.ts).
 *
 * Declared here, beside the document, because both the exporter (shared/render) and the importer
 * (shared/import) read it, and neither may depend on the other.
 */
export interface FileOrigin {
  documentId: string;
  /** The adopted version the file shows ("2.1"); null when the file was made from a draft. */
  version: string | null;
}

/** Property names: prefixed, so that they stand apart from the properties an organisation adds itself. */
export const ORIGIN_PROPERTIES = { documentId: 'HandbokDocumentId', version: 'HandbokVersion' } as const;

/**
 * The custom properties to write for a document: its id, and the version number only while the
 * document shows that adopted version (a draft in work, or a document never adopted, is no version).
 */
export function originProperties(document: Pick<DocumentHeader, 'id' | 'versioning'>): { name: string; value: string }[] {
  const latest = document.versioning?.latest;
  return [
    { name: ORIGIN_PROPERTIES.documentId, value: document.id },
    ...(latest && isLocked(document) ? [{ name: ORIGIN_PROPERTIES.version, value: formatVersionNumber(latest.number) }] : []),
  ];
}

/** The origin the properties name, or null when they name no document (any other file, or a damaged value). */
export function originFromProperties(properties: ReadonlyMap<string, string>): FileOrigin | null {
  const documentId = properties.get(ORIGIN_PROPERTIES.documentId)?.trim();
  if (!documentId || documentId.length > 200) return null;
  const version = properties.get(ORIGIN_PROPERTIES.version)?.trim();
  return { documentId, version: version && /^\d{1,4}(?:\.\d{1,4})?$/.test(version) ? version : null };
}
