import { bookmarkUniqueNumericId, type Paragraph } from 'docx';
import { RenderContext } from '../render-context';
import type { ReferenceTarget, RenderWarning } from '../warnings';

export type { ReferenceTarget };
/** Something in the document that the Word file cannot hold as it is; the user is told. */
export type DocxWarning = RenderWarning;

/**
 * The Word export's context: besides what every exporter shares, the footnotes collected along the
 * way, and a new numbering instance for each list, so that every list starts at 1.
 */
export class DocxContext extends RenderContext {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;
  private nextListInstance = 1;
  private blocksMarked = 0;
  /**
   * In a comparison export: who made the changes the Word file tracks, and when (an xsd:dateTime, as
   * Word writes it). Null in every other export.
   */
  changes: { author: string; date: string | undefined } | null = null;

  addFootnote(children: Paragraph[]): number {
    const id = this.nextFootnote;
    this.nextFootnote += 1;
    this.footnotes[id] = { children };
    return id;
  }

  /** A fresh numbering instance: a list written with it starts again at 1. */
  newListInstance(): number {
    const instance = this.nextListInstance;
    this.nextListInstance += 1;
    return instance;
  }

  /**
   * What a tracked change in the Word file carries: its id, author and date. The id comes from the
   * counter docx draws every bookmark id from, so no two annotations of the file share one.
   */
  revision(): { id: number; author: string; date: string } {
    const date = this.changes?.date;
    // w:date may be left out (docx then writes no attribute); docx's type asks for one all the same.
    return { id: bookmarkUniqueNumericId(), author: this.changes?.author ?? '', ...(date ? { date } : {}) } as { id: number; author: string; date: string };
  }

  /** The next number of a structured block, for the marks that bring it back on import (block-marks.ts). */
  nextBlockSequence(): number {
    this.blocksMarked += 1;
    return this.blocksMarked;
  }
}
