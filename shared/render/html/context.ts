import type { Revision } from '../layout/revisions';
import { RenderContext } from '../render-context';

/** A heading of the body as the table of contents, the bookmarks and the page lookup know it. */
export interface HeadingEntry {
  /** The element id, `h-1`, `h-2` …: the table of contents links to it, so the PDF has a destination for it. */
  id: string;
  level: number;
  /** The outline number ("2.1") when the document numbers its headings, else ''. */
  number: string;
  text: string;
}

/**
 * The print page's context: besides what every exporter shares, the headings met so far and the
 * footnotes waiting to be printed at the end of their chapter.
 */
export class HtmlContext extends RenderContext {
  readonly headings: HeadingEntry[] = [];
  /**
   * Where the document stands in the page: alone, or as a bilaga of a case file, whose ids take a
   * prefix (so that they stay unique) and whose headings go one level down (under "Bilaga 1").
   */
  placement = { idPrefix: '', headingOffset: 0 };
  /**
   * In a comparison export, while a line inserted or deleted as a whole is written: its revision. The
   * line is one <ins> or <del>, so the text in it is not marked again.
   */
  revisionScope: Revision | undefined = undefined;

  /** An element id of this document, unique in the page. */
  anchor(name: string): string {
    return `${this.placement.idPrefix}${name}`;
  }
  /** Footnotes since the last chapter end, as [number, HTML] pairs. */
  private notes: [number, string][] = [];
  private noteCount = 0;

  addHeading(level: number, number: string, text: string): HeadingEntry {
    const entry = { id: this.anchor(`h-${this.headings.length + 1}`), level, number, text };
    this.headings.push(entry);
    return entry;
  }

  /** Keeps a footnote for the end of the chapter and gives its number (counted through the whole document). */
  addNote(html: string): number {
    this.noteCount += 1;
    this.notes.push([this.noteCount, html]);
    return this.noteCount;
  }

  /** The footnotes kept since the last call, which are then forgotten. */
  takeNotes(): [number, string][] {
    const notes = this.notes;
    this.notes = [];
    return notes;
  }
}
