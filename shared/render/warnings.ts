export type { ReferenceTarget } from '../model/reference-target';

/** Something in the document that an export cannot hold as it is; the user is told after the export. */
export interface RenderWarning {
  /** `xml-illegal-characters`: characters a Word file cannot hold were replaced by U+FFFD (shared/render/xml-text.ts). */
  code: 'unknown-node' | 'unreadable-image' | 'image-without-alt' | 'xml-illegal-characters';
  /** The node type, or a short description of the place (for replaced characters: the text around the first). */
  detail: string;
}
