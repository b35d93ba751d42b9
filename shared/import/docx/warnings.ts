/**
 * What an import could not take in as it was. Each warning says what and where, so that the user can
 * look at that place in the original; the interface and the command line turn the code into a sentence.
 */
export type ImportWarningCode =
  /** The file held tracked changes: they were accepted (inserted text kept, deleted text left out). */
  | 'tracked-changes'
  /** Comments are not part of a governing document's text: they were left out. */
  | 'comments-left-out'
  /** An image in a format Word, LibreOffice and PDF do not all show (EMF, WMF, TIFF, SVG …). */
  | 'image-format'
  | 'image-too-large'
  /** An image without alt text: taken in, and a quality warning until the text is written. */
  | 'image-without-alt'
  /** A link to a place in the document or a file: its text kept, without the link. */
  | 'link-kept-as-text'
  /** Word's table of contents: left out, since Handbok makes its own from the headings. */
  | 'table-of-contents'
  /** A heading deeper than level 3, taken in as level 3. */
  | 'heading-level'
  /** A footnote's own formatting, links or paragraphs, kept as its plain text. */
  | 'footnote-flattened'
  /** Equations and embedded objects (Excel, Visio): mammoth cannot read them. */
  | 'object-left-out'
  /** Something mammoth could not read (its own message is the detail). */
  | 'reader-message'
  /** The document's structure was cut off at Handbok's depth limit. */
  | 'too-deep';

export interface ImportPlace {
  /** The paragraph's number in the body, counting from 1. */
  paragraph: number;
  /** The nearest heading above it, when there is one. */
  heading?: string;
}

export interface ImportWarning {
  code: ImportWarningCode;
  place?: ImportPlace;
  /** The name of what was concerned: a format, a link's address, mammoth's message. */
  detail?: string;
  /** How many times it happened, for a warning that stands for several (tracked changes). */
  count?: number;
}
