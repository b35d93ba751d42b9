import { Bookmark, BookmarkEnd, BookmarkStart, bookmarkUniqueNumericId, type Paragraph } from 'docx';
import type { TopLevelBlockType } from '../../model/blocks';
import { blockMarkName, endMarkName, listMarkName } from './own-names';

/**
 * Where each structured block begins and ends in Handbok's own Word files, so that a file edited in
 * Word comes back with its blocks exactly (shared/import/recognise/own-files.ts). A hidden bookmark
 * (a name starting with "_" is not listed in Word) spans the block and names its type; a collapsed one
 * marks its end, since readers of the file (mammoth) report where bookmarks start, not where they end.
 * Both stand between paragraphs, where they disturb neither the text nor its styles. The names are
 * read back by own-names.ts.
 */

/** The bookmarks around a block's body elements; `sequence` numbers the blocks of one file. */
export function markBlock<Body>(type: TopLevelBlockType, sequence: number, body: Body[]): (Body | Paragraph)[] {
  // Body-level bookmarks are valid WordprocessingML that docx's types do not list among a body's children.
  const asBody = (mark: BookmarkStart | BookmarkEnd) => mark as unknown as Paragraph;
  // Ids from docx's own counter, which its heading bookmarks (`_Toc…`) draw from too: all stay unique.
  const span = bookmarkUniqueNumericId();
  const end = bookmarkUniqueNumericId();
  return [
    asBody(new BookmarkStart(blockMarkName(type, sequence), span)),
    ...body,
    asBody(new BookmarkEnd(span)),
    asBody(new BookmarkStart(endMarkName(sequence), end)),
    asBody(new BookmarkEnd(end)),
  ];
}

/**
 * A collapsed bookmark in the first paragraph of a list. Word and LibreOffice write the paragraphs of
 * two lists that meet one after the other, and the import joins list paragraphs that follow each other
 * (LibreOffice puts a list's first item in a list of its own); this mark says where Handbok's next list
 * begins. It stands inside the paragraph, where LibreOffice keeps it.
 */
export const listStartMark = (instance: number): Bookmark => new Bookmark({ id: listMarkName(instance), children: [] });
