import { Bookmark, BookmarkEnd, BookmarkStart, bookmarkUniqueNumericId, type Paragraph } from 'docx';
import { isTopLevelBlockType, type TopLevelBlockType } from '../../model/blocks';

/**
 * Where each structured block begins and ends in Handbok's own Word files, so that a file edited in
 * Word comes back with its blocks exactly (shared/import/recognise/own-files.ts). A hidden bookmark
 * (a name starting with "_" is not listed in Word) spans the block and names its type; a collapsed one
 * marks its end, since readers of the file (mammoth) report where bookmarks start, not where they end.
 * Both stand between paragraphs, where they disturb neither the text nor its styles.
 */

/** Word's bookmark names are letters, digits and "_", at most 40 characters: the type in camel case. */
const wordNameOf = (type: TopLevelBlockType) => type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const BLOCK_MARK = /^_HbBlock(\d+)_([A-Za-z]+)$/;
const END_MARK = /^_HbEnd(\d+)$/;

/** The bookmarks around a block's body elements; `sequence` numbers the blocks of one file. */
export function markBlock<Body>(type: TopLevelBlockType, sequence: number, body: Body[]): (Body | Paragraph)[] {
  // Body-level bookmarks are valid WordprocessingML that docx's types do not list among a body's children.
  const asBody = (mark: BookmarkStart | BookmarkEnd) => mark as unknown as Paragraph;
  // Ids from docx's own counter, which its heading bookmarks (\`_Toc…\`) draw from too: all stay unique.
  const span = bookmarkUniqueNumericId();
  const end = bookmarkUniqueNumericId();
  return [
    asBody(new BookmarkStart(`_HbBlock${sequence}_${wordNameOf(type)}`, span)),
    ...body,
    asBody(new BookmarkEnd(span)),
    asBody(new BookmarkStart(`_HbEnd${sequence}`, end)),
    asBody(new BookmarkEnd(end)),
  ];
}

export type BlockMark = { kind: 'start'; sequence: number; type: TopLevelBlockType } | { kind: 'end'; sequence: number };

/** What a bookmark's name says about a block, or null for any other bookmark. */
export function readBlockMark(name: string): BlockMark | null {
  const end = END_MARK.exec(name);
  if (end) return { kind: 'end', sequence: Number(end[1]) };
  const start = BLOCK_MARK.exec(name);
  if (!start) return null;
  const type = start[2]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return isTopLevelBlockType(type) ? { kind: 'start', sequence: Number(start[1]), type } : null;
}

/**
 * A collapsed bookmark in the first paragraph of a list. Word and LibreOffice write the paragraphs of
 * two lists that meet one after the other, and the import joins list paragraphs that follow each other
 * (LibreOffice puts a list's first item in a list of its own); this mark says where Handbok's next list
 * begins. It stands inside the paragraph, where LibreOffice keeps it.
 */
const LIST_MARK = /^_HbList\d+$/;

/** `instance`: the list's numbering instance, unique in the file. */
export const listStartMark = (instance: number): Bookmark => new Bookmark({ id: `_HbList${instance}`, children: [] });

export const isListStartMark = (name: string): boolean => LIST_MARK.test(name);
