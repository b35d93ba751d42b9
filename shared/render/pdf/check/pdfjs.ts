/**
 * The part of pdf.js the checker reads, typed here so that shared/ needs no pdf.js import: the
 * caller opens the document (differently in Node and in the browser) and passes pdf.js's `OPS`.
 */
export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getMarkInfo(): Promise<{ Marked?: boolean; Suspects?: boolean } | null>;
  getViewerPreferences(): Promise<object | null>;
}

export interface PdfJsPage {
  getOperatorList(options?: { intent?: string }): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  getAnnotations(): Promise<{ subtype?: string; contentsObj?: { str?: string } }[]>;
  cleanup(): unknown;
}

/** pdf.js's operator codes (its `OPS` export) that tell what is drawn and what is marked. */
export type PdfJsOps = Record<
  | 'beginMarkedContent'
  | 'beginMarkedContentProps'
  | 'endMarkedContent'
  | 'constructPath'
  | 'endPath'
  | 'showText'
  | 'showSpacedText'
  | 'nextLineShowText'
  | 'nextLineSetSpacingShowText'
  | 'paintImageXObject'
  | 'paintInlineImageXObject'
  | 'paintImageMaskXObject'
  | 'paintSolidColorImageMask'
  | 'paintImageXObjectRepeat'
  | 'paintImageMaskXObjectRepeat'
  | 'shadingFill'
  | 'beginAnnotation'
  | 'endAnnotation',
  number
>;
