import { z } from 'zod';

/**
 * Nodes of rich text beyond Lexical's own: images, footnotes and manual page breaks. Each is stored
 * whole in the document (an image as a data URL), so a document never depends on files beside it.
 */
export const IMAGE_TYPE = 'image';
/** Formats that Word, LibreOffice and PDF all show. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif'] as const;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

export const imageSchema = z.looseObject({
  type: z.literal(IMAGE_TYPE),
  version: z.literal(1),
  src: z.string().startsWith('data:image/'),
  // A missing alt text, decorative mark or caption is filled in by the gate (and reported): nothing is lost.
  /** What the image shows, for screen readers and the exported PDF. Empty only when decorative. */
  altText: z.string().default(''),
  /** A decorative image carries no information, so it needs no alt text (WCAG 1.1.1). */
  decorative: z.boolean().default(false),
  caption: z.string().default(''),
});
export type SerializedImage = z.infer<typeof imageSchema>;

/**
 * Whether an image source can be taken into a document as it is: a base64 data URL of one of the
 * formats above, no larger than the limit. Pasted HTML may carry any URL; one that points elsewhere
 * would make the document depend on a file or a server.
 */
export function isStorableImageSource(src: string): boolean {
  const maxLength = 'data:image/jpeg;base64,'.length + Math.ceil(IMAGE_MAX_BYTES / 3) * 4;
  if (src.length > maxLength) return false;
  const match = /^data:(image\/[a-z]+);base64,[\d+/A-Za-z]*={0,2}$/.exec(src);
  return match !== null && (IMAGE_MIME_TYPES as readonly string[]).includes(match[1]!);
}

export const FOOTNOTE_TYPE = 'footnote';
/** A footnote stands where its number is shown; its text is kept on the node. Numbers follow document order. */
export const footnoteSchema = z.looseObject({ type: z.literal(FOOTNOTE_TYPE), version: z.literal(1), text: z.string().default('') });
export type SerializedFootnote = z.infer<typeof footnoteSchema>;

export const PAGE_BREAK_TYPE = 'page-break';
export const pageBreakSchema = z.looseObject({ type: z.literal(PAGE_BREAK_TYPE), version: z.literal(1) });
export type SerializedPageBreak = z.infer<typeof pageBreakSchema>;
