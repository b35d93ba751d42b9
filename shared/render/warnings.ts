import type { HandbokDocument } from '../model/document';

/** Something in the document that an export cannot hold as it is; the user is told after the export. */
export interface RenderWarning {
  /** `xml-illegal-characters`: characters a Word file cannot hold were replaced by U+FFFD (shared/render/xml-text.ts). */
  code: 'unknown-node' | 'unreadable-image' | 'image-without-alt' | 'xml-illegal-characters';
  /** The node type, or a short description of the place (for replaced characters: the text around the first). */
  detail: string;
}

/** How other documents of the library look to an exporter, for references. */
export type ReferenceTarget = Pick<HandbokDocument, 'id' | 'title' | 'kind' | 'status' | 'metadata' | 'deletedAt'>;
