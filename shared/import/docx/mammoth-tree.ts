import mammoth from 'mammoth';

/**
 * mammoth's document tree, as `transformDocument` hands it over before any HTML is made. mammoth does
 * not type it (its API calls it unstable), so the shapes Handbok reads are declared here, and the
 * golden tests of the import (tests/unit/shared/import) pin them to the version in package.json.
 */

export interface MammothText { type: 'text'; value: string }
export interface MammothTab { type: 'tab' }
export interface MammothBreak { type: 'break'; breakType: 'line' | 'page' | 'column' }
export interface MammothBookmark { type: 'bookmarkStart'; name: string }
export interface MammothCheckbox { type: 'checkbox'; checked: boolean }
export interface MammothNoteReference { type: 'noteReference'; noteType: 'footnote' | 'endnote'; noteId: string }
export interface MammothCommentReference { type: 'commentReference'; commentId: string }
export interface MammothImage {
  type: 'image';
  altText?: string;
  contentType?: string;
  read(encoding: 'base64'): Promise<string>;
}
export interface MammothRun {
  type: 'run';
  children: MammothInline[];
  styleName: string | null;
  isBold: boolean;
  isItalic: boolean;
  isUnderline: boolean;
  isStrikethrough: boolean;
  verticalAlignment: 'baseline' | 'superscript' | 'subscript';
}
export interface MammothHyperlink { type: 'hyperlink'; children: MammothInline[]; href?: string; anchor?: string }
export type MammothInline =
  | MammothRun
  | MammothText
  | MammothTab
  | MammothBreak
  | MammothBookmark
  | MammothCheckbox
  | MammothNoteReference
  | MammothCommentReference
  | MammothImage
  | MammothHyperlink;

export interface MammothParagraph {
  type: 'paragraph';
  children: MammothInline[];
  styleId: string | null;
  styleName: string | null;
  numbering: { level: string; isOrdered: boolean } | null;
  alignment: string | null;
}
export interface MammothTableCell { type: 'tableCell'; children: MammothBlock[]; colSpan: number; rowSpan: number }
export interface MammothTableRow { type: 'tableRow'; children: MammothTableCell[]; isHeader: boolean }
export interface MammothTable { type: 'table'; children: MammothTableRow[]; styleName: string | null }
/** A bookmark can stand between paragraphs too, where Handbok's own files mark their blocks. */
export type MammothBlock = MammothParagraph | MammothTable | MammothBookmark;

export interface MammothNote { noteType: 'footnote' | 'endnote'; noteId: string; body: MammothBlock[] }
export interface MammothDocument {
  type: 'document';
  children: MammothBlock[];
  notes: { resolve(reference: { noteType: string; noteId: string }): MammothNote | undefined };
  comments: unknown[];
}

export interface MammothReading {
  document: MammothDocument;
  /** What mammoth itself said about the file (an element it ignored, a style it did not know). */
  messages: string[];
}

/**
 * Reads a .docx (already checked and repacked: package.ts) into mammoth's tree. The HTML mammoth would
 * write next is not wanted: the transform hands back an empty document, so that no time goes to it.
 */
export async function readMammothTree(bytes: Uint8Array): Promise<MammothReading> {
  let captured: MammothDocument | null = null;
  const result = await mammoth.convertToHtml(
    // Node's build of mammoth reads `buffer`, the browser's `arrayBuffer`; both take the bytes.
    { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer },
    {
      transformDocument: ((document: MammothDocument) => {
        captured = document;
        return { ...document, children: [] };
      }) as never,
    },
  );
  if (!captured) throw new Error('mammoth gave no document tree');
  return { document: captured, messages: result.messages.map((message) => message.message) };
}
