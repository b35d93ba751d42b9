import { element, paragraph as paragraphNode, text, type SerializedElement, type SerializedNode } from '../../model/content';
import { MAX_CONTENT_DEPTH, MAX_LIST_NUMBER } from '../../model/content-limits';
import { FOOTNOTE_TYPE, IMAGE_MAX_BYTES, IMAGE_MIME_TYPES, IMAGE_TYPE, PAGE_BREAK_TYPE } from '../../model/rich-nodes';
import { textOf } from '../../model/tree';
import { isBoldLine, TEXT_FORMAT } from '../../render/layout/body';
import { isSafeExternalUrl } from '../../url';
import type { MammothBlock, MammothDocument, MammothImage, MammothInline, MammothParagraph, MammothRun, MammothTable } from './mammoth-tree';
import type { ImportPlace, ImportWarning } from './warnings';
import { NUMBERING_BOOKMARK, type ListDefinition } from './word-parts';
import { isListStartMark } from '../../render/docx/own-names';

/**
 * mammoth's document tree made into Handbok's content JSON, straight, without HTML between: headings,
 * paragraphs, formatted text, web and mail links, lists with their nesting and start numbers, tables
 * with header rows and merged cells, footnotes and endnotes, images with their alt text, page breaks.
 * Each top-level node keeps what Word said about it that the JSON has no place for (its style, its
 * bookmarks, whether it is all bold), for the recognisers that propose structure (recognise/).
 * Nothing is dropped without a warning that says where.
 */

export interface ImportedNode {
  node: SerializedNode;
  /** The name of its Word paragraph style; a table's is its first paragraph's. */
  style: string | null;
  /** Bookmarks at its start (Handbok's own files mark each block with one: own-files.ts). */
  bookmarks: string[];
  /** Every run of text bold: how a heading or a block title is typed by hand. */
  bold: boolean;
  /** A heading whose number Word draws from its numbering ("2.1"), not typed in its text. */
  numberedByWord: boolean;
  place: ImportPlace;
}

export interface BodyReading {
  nodes: ImportedNode[];
  warnings: ImportWarning[];
  /** The Word character style of text nodes that had one (a role's name in Handbok's own files). */
  runStyles: WeakMap<SerializedNode, string>;
}

const HEADING_STYLE = /^(?:heading|rubrik)\s?(\d)$/i;
const TITLE_STYLE = /^(?:title|titel)$/i;
const QUOTE_STYLE = /^(?:quote|intense quote|citat|starkt citat|block text)$/i;
const CAPTION_STYLE = /^(?:caption|beskrivning|bildtext)$/i;
/** Word's table of contents: "toc 1" … "toc 9", "TOC Heading", Swedish "Innehåll 1", "Innehållsförteckningsrubrik". */
const CONTENTS_STYLE = /^(?:toc\s?(?:\d|heading)|innehåll\s?\d|innehållsförteckningsrubrik)$/i;
/** Lines typed as bullets: a dash, a bullet or a square, then a space. */
const TYPED_BULLET = /^[\t ]*[-*•–▪○◦·][\t ]+(?=\S)/;

interface ListParagraph {
  source: MammothParagraph;
  numId: string;
  level: number;
  ordered: boolean;
}

/** A paragraph's pieces once read: lines of text split where an image or a page break stands. */
type Piece = { kind: 'inline'; nodes: SerializedNode[] } | { kind: 'node'; node: SerializedNode };

/** Hands a read block on, with the Word block it came from and the bookmarks that stood before it. */
type Emit = (node: SerializedNode, source: MammothBlock, marks: readonly string[]) => void;

export class BodyReader {
  readonly warnings: ImportWarning[] = [];
  private readonly runStyles = new WeakMap<SerializedNode, string>();
  private paragraphCount = 0;
  private lastHeading: string | undefined;
  /** How far each Word list definition and level has counted, so that a list interrupted by text continues. */
  private readonly counted = new Map<string, number>();
  /** The Word lists (numId and level) already met, so that a list's start override restarts it once. */
  private readonly overridesUsed = new Set<string>();
  private readonly images = new Map<MammothImage, SerializedNode | null>();
  private tocWarned = false;

  constructor(
    private readonly document: MammothDocument,
    private readonly lists: Map<string, ListDefinition>,
  ) {}

  /** The images are read first (their bytes come asynchronously), then everything else at once. */
  async read(): Promise<BodyReading> {
    await this.readImages(this.document.children);
    const nodes: ImportedNode[] = [];
    this.readBlocks(this.document.children, 1, (node, source, marks) => {
      nodes.push(this.annotate(node, source, marks));
    });
    return { nodes: this.attachCaptions(nodes), warnings: this.warnings, runStyles: this.runStyles };
  }

  private place(): ImportPlace {
    return { paragraph: this.paragraphCount, ...(this.lastHeading ? { heading: this.lastHeading } : {}) };
  }

  private warn(warning: Omit<ImportWarning, 'place'>): void {
    this.warnings.push({ ...warning, place: this.place() });
  }

  private annotate(node: SerializedNode, source: MammothBlock, marks: readonly string[]): ImportedNode {
    const paragraph = firstParagraph(source);
    return {
      node,
      style: paragraph?.styleName ?? null,
      bookmarks: [...marks, ...(paragraph ? bookmarksOf(paragraph) : [])],
      bold: node.type === 'paragraph' && isBoldLine(node),
      numberedByWord: node.type === 'heading' && paragraph?.numbering !== null && paragraph?.numbering !== undefined,
      place: this.place(),
    };
  }

  /**
   * Body blocks in order, each emitted with the Word block it came from. Consecutive list paragraphs
   * (Word's numbering, or lines typed with a bullet) become one list. A bookmark that stands between
   * blocks (Handbok's own block marks) goes with the block after it.
   */
  private readBlocks(blocks: readonly MammothBlock[], depth: number, emit: Emit): void {
    let pending: string[] = [];
    const emitMarked = (node: SerializedNode, source: MammothBlock) => {
      emit(node, source, pending);
      pending = [];
    };
    for (let index = 0; index < blocks.length; ) {
      const block = blocks[index]!;
      if (block.type === 'bookmarkStart') {
        pending.push(block.name);
        index++;
        continue;
      }
      if (block.type === 'table') {
        const table = this.readTable(block, depth);
        if (table) emitMarked(table, block);
        const last = lastParagraph(block);
        if (last) pending.push(...trailingBookmarksOf(last));
        index++;
        continue;
      }
      const run = this.listRun(blocks, index);
      if (run.length) {
        emitMarked(this.readList(run), block);
        pending.push(...trailingBookmarksOf(run.at(-1)!.source));
        index += run.length;
        continue;
      }
      const typed = typedBulletRun(blocks, index);
      if (typed.length >= 2) {
        emitMarked(this.readTypedList(typed), block);
        pending.push(...trailingBookmarksOf(typed.at(-1)!));
        index += typed.length;
        continue;
      }
      for (const node of this.readParagraph(block)) emitMarked(node, block);
      pending.push(...trailingBookmarksOf(block));
      index++;
    }
  }

  /** The list paragraphs from `start` on: numbered by Word and not a heading (a numbered heading stays a heading). */
  private listRun(blocks: readonly MammothBlock[], start: number): ListParagraph[] {
    const run: ListParagraph[] = [];
    for (let index = start; index < blocks.length; index++) {
      const block = blocks[index]!;
      if (block.type !== 'paragraph' || !block.numbering || headingLevel(block) !== null || TITLE_STYLE.test(block.styleName ?? '')) break;
      // Handbok's own file marks where each of its lists begins: a list just after another stays apart.
      if (run.length && bookmarksOf(block).some(isListStartMark)) break;
      const mark = bookmarksOf(block).map((name) => NUMBERING_BOOKMARK.exec(name)).find(Boolean);
      run.push({
        source: block,
        // Numbering that comes from the paragraph's style has no mark: the style is then the list.
        numId: mark?.[1] ?? `style:${block.styleId ?? ''}`,
        level: Math.min(8, Number(mark?.[2] ?? block.numbering.level) || 0),
        ordered: block.numbering.isOrdered,
      });
    }
    return run;
  }

  /**
   * One Handbok list from Word's list paragraphs. A level deeper than the one before opens a nested list
   * inside the item above; a numbered list starts where Word would draw its first number: its level's
   * start, or where the same Word list left off when text interrupted it.
   */
  private readList(run: readonly ListParagraph[]): SerializedNode {
    const open: { list: SerializedElement; level: number; key: string }[] = [];
    const newList = (item: ListParagraph): SerializedElement => {
      const key = this.counterKey(item);
      const start = (this.counted.get(key) ?? this.startOf(item) - 1) + 1;
      const list = element('list', [], { listType: item.ordered ? 'number' : 'bullet', start: Math.min(MAX_LIST_NUMBER, Math.max(1, start)), tag: item.ordered ? 'ol' : 'ul' });
      open.push({ list, level: item.level, key });
      return list;
    };
    const root = newList(run[0]!);
    for (const item of run) {
      while (open.length > 1 && open.at(-1)!.level > item.level) open.pop();
      let current = open.at(-1)!;
      if (item.level > current.level && open.length < MAX_CONTENT_DEPTH / 4) {
        const nested = newList(item);
        current.list.children.push(element('listitem', [nested], { value: current.list.children.length + 1 }));
        current = open.at(-1)!;
      } else if (item.level === current.level) {
        // Another Word list at the same level: Handbok keeps it in this list, counting on.
        current.key = this.counterKey(item);
      }
      // A higher level counting on restarts the levels below it, as Word draws them.
      const [counter] = current.key.split(':');
      for (const key of this.counted.keys()) {
        const [other, level] = key.split(':');
        if (other === counter && Number(level) > item.level) this.counted.delete(key);
      }
      this.counted.set(current.key, (this.counted.get(current.key) ?? this.startOf(item) - 1) + 1);
      const inline = this.inlineOnly(item.source);
      current.list.children.push(element('listitem', inline, { value: current.list.children.length + 1 }));
    }
    return root;
  }

  /**
   * Which counter a list paragraph advances. Word counts per abstract list definition, so two of its
   * lists over one definition number on (LibreOffice writes each list's first item in a list of its
   * own); a list that overrides its start begins again the first time it is used.
   */
  private counterKey(item: ListParagraph): string {
    const definition = this.lists.get(item.numId);
    const key = `${definition ? `a${definition.abstractId}` : item.numId}:${item.level}`;
    const use = `${item.numId}:${item.level}`;
    if (definition?.levels[item.level]?.restartsFromOverride && !this.overridesUsed.has(use)) this.counted.delete(key);
    this.overridesUsed.add(use);
    return key;
  }

  private startOf(item: ListParagraph): number {
    return this.lists.get(item.numId)?.levels[item.level]?.start ?? 1;
  }

  private readTypedList(run: readonly MammothParagraph[]): SerializedNode {
    const items = run.map((paragraph, index) => element('listitem', stripTypedBullet(this.inlineOnly(paragraph)), { value: index + 1 }));
    return element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });
  }

  /** A list item's text: anything a paragraph can hold that is not inline (an image) follows it as text. */
  private inlineOnly(paragraph: MammothParagraph): SerializedNode[] {
    this.paragraphCount++;
    return this.pieces(paragraph).flatMap((piece) => (piece.kind === 'inline' ? piece.nodes : []));
  }

  private readParagraph(paragraph: MammothParagraph): SerializedNode[] {
    this.paragraphCount++;
    const style = paragraph.styleName ?? '';
    if (CONTENTS_STYLE.test(style)) {
      if (!this.tocWarned) this.warn({ code: 'table-of-contents' });
      this.tocWarned = true;
      return [];
    }
    const level = headingLevel(paragraph);
    return this.pieces(paragraph).flatMap((piece): SerializedNode[] => {
      if (piece.kind === 'node') return [piece.node];
      if (!piece.nodes.some((node) => node.type === FOOTNOTE_TYPE || textOf(node).trim() !== '')) return [];
      if (level !== null || TITLE_STYLE.test(style)) {
        const heading = element('heading', piece.nodes, { tag: `h${Math.min(3, level ?? 1)}` });
        if (level !== null && level > 3) this.warn({ code: 'heading-level', detail: textOf(heading) });
        this.lastHeading = textOf(heading).trim();
        return [heading];
      }
      if (QUOTE_STYLE.test(style)) return [element('quote', piece.nodes)];
      return [paragraphNode(...piece.nodes)];
    });
  }

  /** A paragraph's content in pieces: runs of inline nodes, split where an image or a page break stands. */
  private pieces(paragraph: MammothParagraph): Piece[] {
    const pieces: Piece[] = [];
    let line: SerializedNode[] = [];
    const flush = () => {
      if (line.length) pieces.push({ kind: 'inline', nodes: this.mergeTexts(line) });
      line = [];
    };
    this.readInline(paragraph.children, 0, null, (node) => {
      if (node.type === IMAGE_TYPE || node.type === PAGE_BREAK_TYPE) {
        flush();
        pieces.push({ kind: 'node', node });
      } else line.push(node);
    });
    flush();
    return pieces;
  }

  private readInline(children: readonly MammothInline[], format: number, link: SerializedElement | null, emit: (node: SerializedNode) => void): void {
    for (const child of children) {
      switch (child.type) {
        case 'run': {
          const style = child.styleName;
          this.readInline(child.children, formatOf(child), link, style ? (node) => emit(this.styled(node, style)) : emit);
          break;
        }
        case 'text':
          if (child.value) emit(text(child.value, format));
          break;
        case 'tab':
          emit({ type: 'tab', version: 1, text: '\t', format, detail: 2, mode: 'normal', style: '' });
          break;
        case 'checkbox':
          emit(text(child.checked ? '☒' : '☐', format));
          break;
        case 'break':
          if (child.breakType === 'page') emit({ type: PAGE_BREAK_TYPE, version: 1 });
          else if (child.breakType === 'line') emit({ type: 'linebreak', version: 1 });
          break;
        case 'noteReference':
          emit(this.footnote(child.noteType, child.noteId));
          break;
        case 'image': {
          const image = this.images.get(child);
          if (image) emit(image);
          break;
        }
        case 'hyperlink':
          this.readLink(child.children, child.href, child.anchor, format, emit);
          break;
        case 'bookmarkStart':
        case 'commentReference':
          break;
      }
    }
  }

  private styled(node: SerializedNode, style: string): SerializedNode {
    if (node.type === 'text') this.runStyles.set(node, style);
    return node;
  }

  /** A web or mail link; a link to a place in the document or to a file keeps its text, without the link. */
  private readLink(children: readonly MammothInline[], href: string | undefined, anchor: string | undefined, format: number, emit: (node: SerializedNode) => void): void {
    const url = href?.trim() ?? '';
    if (!isSafeExternalUrl(url)) {
      // A bookmark link inside the document ("_Toc…", "se avsnitt 3") needs no warning: its words are all kept.
      if (url) this.warn({ code: 'link-kept-as-text', detail: url });
      else if (anchor && !anchor.startsWith('_Toc')) this.warn({ code: 'link-kept-as-text', detail: `#${anchor}` });
      this.readInline(children, format, null, emit);
      return;
    }
    const nodes: SerializedNode[] = [];
    this.readInline(children, format, null, (node) => (node.type === IMAGE_TYPE || node.type === PAGE_BREAK_TYPE ? emit(node) : nodes.push(node)));
    if (nodes.length) emit(element('link', this.mergeTexts(nodes), { url, rel: 'noreferrer', target: null, title: null }));
  }

  /** A footnote or endnote as Handbok's footnote: its text where its number stands. */
  private footnote(noteType: string, noteId: string): SerializedNode {
    const note = this.document.notes.resolve({ noteType, noteId });
    const paragraphs = (note?.body ?? []).flatMap((block) => paragraphsOf(block)).map((paragraph) => plainTextOf(paragraph.children).trim()).filter(Boolean);
    if (paragraphs.length > 1) this.warn({ code: 'footnote-flattened', detail: paragraphs[0] });
    return { type: FOOTNOTE_TYPE, version: 1, text: paragraphs.join(' ') };
  }

  private readTable(table: MammothTable, depth: number): SerializedNode | null {
    if (depth > MAX_CONTENT_DEPTH / 4) {
      this.warn({ code: 'too-deep' });
      return paragraphNode(plainTextOfBlocks([table]));
    }
    const rows = table.children.map((row) =>
      element(
        'tablerow',
        row.children.map((cell) => {
          const body: SerializedNode[] = [];
          this.readBlocks(cell.children, depth + 1, (node) => {
            body.push(node);
          });
          return element('tablecell', body.length ? body : [paragraphNode()], {
            backgroundColor: null,
            colSpan: cell.colSpan,
            rowSpan: cell.rowSpan,
            headerState: row.isHeader ? 1 : 0,
          });
        }),
      ),
    );
    return rows.length ? element('table', rows) : null;
  }

  /** Neighbouring runs of the same format and style as one text node, as Lexical keeps them. */
  private mergeTexts(nodes: readonly SerializedNode[]): SerializedNode[] {
    const merged: SerializedNode[] = [];
    for (const node of nodes) {
      const previous = merged.at(-1);
      if (previous?.type === 'text' && node.type === 'text' && previous.format === node.format && this.runStyles.get(previous) === this.runStyles.get(node)) {
        const joined = { ...previous, text: `${String(previous.text)}${String(node.text)}` };
        const style = this.runStyles.get(previous);
        if (style) this.runStyles.set(joined, style);
        merged[merged.length - 1] = joined;
      } else merged.push(node);
    }
    return merged;
  }

  /** Reads every image's bytes ahead, so that the rest of the reading is synchronous. */
  private async readImages(blocks: readonly MammothBlock[]): Promise<void> {
    const pending: MammothImage[] = [];
    const visitInline = (children: readonly MammothInline[]) => {
      for (const child of children) {
        if (child.type === 'image') pending.push(child);
        else if ('children' in child) visitInline(child.children);
      }
    };
    const stack = [...blocks];
    while (stack.length) {
      const block = stack.pop()!;
      if (block.type === 'paragraph') visitInline(block.children);
      else if (block.type === 'table') for (const row of block.children) for (const cell of row.children) stack.push(...cell.children);
    }
    for (const image of pending.reverse()) this.images.set(image, await this.readImage(image));
  }

  private async readImage(image: MammothImage): Promise<SerializedNode | null> {
    const type = image.contentType ?? '';
    const alt = (image.altText ?? '').trim();
    if (!(IMAGE_MIME_TYPES as readonly string[]).includes(type)) {
      this.warnings.push({ code: 'image-format', detail: [type || '?', alt].filter(Boolean).join(' – ') });
      return null;
    }
    const base64 = await image.read('base64');
    if ((base64.length * 3) / 4 > IMAGE_MAX_BYTES) {
      this.warnings.push({ code: 'image-too-large', detail: alt || undefined });
      return null;
    }
    if (!alt) this.warnings.push({ code: 'image-without-alt' });
    return { type: IMAGE_TYPE, version: 1, src: `data:${type};base64,${base64}`, altText: alt, decorative: false, caption: '' };
  }

  /** A paragraph in Word's caption style right after an image becomes that image's caption. */
  private attachCaptions(nodes: ImportedNode[]): ImportedNode[] {
    const kept: ImportedNode[] = [];
    for (const imported of nodes) {
      const previous = kept.at(-1);
      if (previous?.node.type === IMAGE_TYPE && !previous.node.caption && imported.node.type === 'paragraph' && CAPTION_STYLE.test(imported.style ?? '')) {
        previous.node = { ...previous.node, caption: textOf(imported.node).trim() };
        continue;
      }
      kept.push(imported);
    }
    return kept;
  }
}

function headingLevel(paragraph: MammothParagraph): number | null {
  const match = HEADING_STYLE.exec(paragraph.styleName ?? '');
  return match ? Math.max(1, Number(match[1])) : null;
}

function formatOf(run: MammothRun): number {
  let format = 0;
  if (run.isBold) format |= TEXT_FORMAT.bold;
  if (run.isItalic) format |= TEXT_FORMAT.italic;
  if (run.isUnderline) format |= TEXT_FORMAT.underline;
  if (run.isStrikethrough) format |= TEXT_FORMAT.strikethrough;
  if (run.verticalAlignment === 'subscript') format |= TEXT_FORMAT.subscript;
  if (run.verticalAlignment === 'superscript') format |= TEXT_FORMAT.superscript;
  return format;
}


function firstParagraph(block: MammothBlock): MammothParagraph | undefined {
  let current: MammothBlock | undefined = block;
  while (current && current.type === 'table') current = current.children[0]?.children[0]?.children.find((child) => child.type !== 'bookmarkStart');
  return current?.type === 'paragraph' ? current : undefined;
}

/** The last paragraph of a table's last cell, where LibreOffice puts a bookmark that stood after the table. */
function lastParagraph(block: MammothBlock): MammothParagraph | undefined {
  let current: MammothBlock | undefined = block;
  while (current?.type === 'table') current = current.children.at(-1)?.children.at(-1)?.children.at(-1);
  return current?.type === 'paragraph' ? current : undefined;
}

/**
 * The bookmarks of a paragraph that stand before or inside its text. One after the last text marks the
 * place after the paragraph (LibreOffice moves a bookmark that stood between two paragraphs to the end
 * of the first): `trailingBookmarksOf` gives those, and they go with the next block.
 */
function bookmarksOf(paragraph: MammothParagraph): string[] {
  const trailing = new Set(trailingBookmarksOf(paragraph));
  const names: string[] = [];
  const visit = (children: readonly MammothInline[]) => {
    for (const child of children) {
      if (child.type === 'bookmarkStart') names.push(child.name);
      else if (child.type === 'run' || child.type === 'hyperlink') visit(child.children);
    }
  };
  visit(paragraph.children);
  return names.filter((name) => !trailing.has(name));
}

function trailingBookmarksOf(paragraph: MammothParagraph): string[] {
  const names: string[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'bookmarkStart') names.push(child.name);
    else if (child.type === 'run' || child.type === 'hyperlink') names.length = 0;
  }
  // A paragraph with no text at all: its bookmarks are its own.
  return paragraph.children.some((child) => child.type === 'run' || child.type === 'hyperlink') ? names : [];
}

function paragraphsOf(block: MammothBlock): MammothParagraph[] {
  if (block.type === 'paragraph') return [block];
  if (block.type === 'bookmarkStart') return [];
  return block.children.flatMap((row) => row.children.flatMap((cell) => cell.children.flatMap(paragraphsOf)));
}

function plainTextOf(children: readonly MammothInline[]): string {
  let result = '';
  for (const child of children) {
    if (child.type === 'text') result += child.value;
    else if (child.type === 'tab') result += '\t';
    else if (child.type === 'break' && child.breakType === 'line') result += ' ';
    else if (child.type === 'run' || child.type === 'hyperlink') result += plainTextOf(child.children);
  }
  return result;
}

function plainTextOfBlocks(blocks: readonly MammothBlock[]): string {
  return blocks.flatMap(paragraphsOf).map((paragraph) => plainTextOf(paragraph.children).trim()).filter(Boolean).join(' ');
}

/** Paragraphs from `start` on that begin with a typed bullet and have no Word numbering. */
function typedBulletRun(blocks: readonly MammothBlock[], start: number): MammothParagraph[] {
  const run: MammothParagraph[] = [];
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type !== 'paragraph' || block.numbering || headingLevel(block) !== null || !TYPED_BULLET.test(plainTextOf(block.children))) break;
    run.push(block);
  }
  return run;
}

/** A list item's text without the bullet that was typed before it. */
function stripTypedBullet(nodes: SerializedNode[]): SerializedNode[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') return nodes;
  const stripped = String(first.text).replace(TYPED_BULLET, '');
  return stripped ? [{ ...first, text: stripped }, ...rest] : rest;
}
