import { blockNumbers, isBlockType, REFERENCE_TYPE, type SerializedReference } from '../../model/blocks';
import type { SerializedContent, SerializedNode } from '../../model/content';
import { hasNumberedHeadings, headingLevelOfTag, headingNumbers } from '../../model/headings';
import { isNodeOf } from '../../model/node-types';
import { FOOTNOTE_TYPE, IMAGE_TYPE, PAGE_BREAK_TYPE, type SerializedImage } from '../../model/rich-nodes';
import { childrenOf, stringOf, textOf } from '../../model/tree';
import { isSafeExternalUrl } from '../../url';
import { WORDS } from '../document-words';
import { decodeImage, fitToPage, type ImageData } from '../image-data';
import type { RenderContext } from '../render-context';
import { blockLayout, type BlockLayout } from './blocks';

/**
 * The one walk over the body that every format shares. Each format implements the two interfaces
 * below (a format that misses a kind of node does not compile) and gets back its own output; this is
 * the only place that meets a node no format knows, and it warns about it, so nothing is dropped
 * silently.
 */

/** An image as every format shows it, its checks made once. */
export interface ImageLayout {
  /** "Figur 3": the image's name in warnings and in the Word file's picture properties. */
  name: string;
  /** The picture, its width and height those on the page; null when the data cannot be read (the caption is still printed). */
  picture: (ImageData & { src: string }) | null;
  /** What a screen reader says: the alt text, else the caption; empty for a decorative image. */
  alt: string;
  caption: string;
  decorative: boolean;
}

/** A reference to another document, resolved against the library. */
export interface ReferenceLayout {
  /** The target's title, or null when it is not in the library. */
  title: string | null;
  /** Its registry number, whether it is repealed, or that it is missing: what goes in brackets. */
  details: string;
}

export interface BodyRenderer<Out> {
  /** A paragraph; `boldLine` when all its text is bold, a small heading that must not end a page. */
  paragraph(node: SerializedNode, boldLine: boolean): Out;
  /** A heading of level 1 to 3, with its outline number ('' when the document numbers none). */
  heading(node: SerializedNode, level: 1 | 2 | 3, number: string): Out;
  quote(node: SerializedNode): Out;
  list(node: SerializedNode): Out;
  table(node: SerializedNode): Out;
  /** The nodes themselves come along for what a comparison marks on them (layout/revisions.ts). */
  image(image: ImageLayout, node: SerializedNode): Out;
  pageBreak(node: SerializedNode): Out;
  reference(reference: ReferenceLayout, node: SerializedNode): Out;
  block(layout: BlockLayout): Out;
  /** A node no format knows, as its plain text (the warning has been given). */
  fallback(text: string, node: SerializedNode): Out;
}

export interface InlineRenderer<Out> {
  /** A run of text with Lexical's format bits (1 bold, 2 italic, 4 strikethrough, 8 underline, 32 sub, 64 super). */
  text(node: SerializedNode, format: number): Out;
  lineBreak(node: SerializedNode): Out;
  tab(node: SerializedNode): Out;
  /** A link to a web or mail address (any other address has already been reduced to its text). */
  link(url: string, content: SerializedNode[], node: SerializedNode): Out;
  footnote(text: string, node: SerializedNode): Out;
}

/** A heading's level, 1 to 3 (h4–h6 from older content count as 3). */
export const headingLevel = (node: SerializedNode): 1 | 2 | 3 => headingLevelOfTag(node.tag);

/** Lexical's text format bits, read by every format. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, subscript: 32, superscript: 64 } as const;

/**
 * A format's renderers, made once per export (its context) and found again on every later call: the
 * interpreters ask for them at each node.
 */
export function perContext<Context extends object, Made>(make: (context: Context) => Made): (context: Context) => Made {
  const made = new WeakMap<Context, Made>();
  return (context) => {
    let found = made.get(context);
    if (found === undefined) {
      found = make(context);
      made.set(context, found);
    }
    return found;
  };
}

/**
 * Whether a paragraph is a bold line: text that is bold throughout, which writers use as a small heading
 * ("Gör mindre av"). Like a heading it must not end a page alone, so every format keeps it with what
 * follows. Runs of spaces and inline nodes without text (a line break, a footnote mark) do not count.
 */
export function isBoldLine(paragraph: SerializedNode): boolean {
  const runs: SerializedNode[] = [];
  const collect = (node: SerializedNode) => {
    if (node.type === 'text') {
      if (textOf(node).trim()) runs.push(node);
    } else if (node.type !== FOOTNOTE_TYPE) childrenOf(node).forEach(collect);
  };
  childrenOf(paragraph).forEach(collect);
  return runs.length > 0 && runs.every((run) => (Number(run.format) & TEXT_FORMAT.bold) !== 0);
}

/** The number each top-level block of a consecutively numbered type carries (principles: 1, 2, 3 …). */
export function blockNumbering(nodes: readonly SerializedNode[]): Map<SerializedNode, number> {
  const numbers = new Map<SerializedNode, number>();
  blockNumbers(nodes.map((node) => node.type)).forEach((number, index) => {
    if (number !== null) numbers.set(nodes[index]!, number);
  });
  return numbers;
}

/** The outline number of each top-level heading ("2.1"), when the document numbers its headings; else none. */
export function headingNumbering(content: SerializedContent): Map<SerializedNode, string> {
  if (!hasNumberedHeadings(content)) return new Map();
  const headings = content.root.children.filter((node) => node.type === 'heading');
  const numbers = headingNumbers(headings.map(headingLevel));
  return new Map(headings.map((node, index) => [node, numbers[index]!]));
}

/** An image past the gate has its fields in shape; what is left to check is whether its data can be read. */
function imageLayout(node: SerializedImage, context: RenderContext): ImageLayout {
  const name = `${WORDS.figure} ${context.nextImageNumber()}`;
  const { src, caption, decorative } = node;
  const decoded = decodeImage(src);
  const altText = node.altText.trim();
  if (!decoded) context.warn('unreadable-image', name);
  else if (!altText && !decorative) context.warn('image-without-alt', name);
  return {
    name,
    // Pixels at 96 dpi, shrunk to fit the page's text area.
    picture: decoded ? { ...decoded, src, ...fitToPage(decoded) } : null,
    alt: decorative ? '' : altText || caption,
    caption,
    decorative,
  };
}

function referenceLayout(node: SerializedReference, context: RenderContext): ReferenceLayout {
  const target = node.documentId ? context.resolveReference(node.documentId) : undefined;
  if (!target) return { title: null, details: WORDS.referenceMissing };
  const details = [target.metadata.registryNumber, target.status === 'upphavd' ? WORDS.referenceRepealed : null].filter(Boolean).join(', ');
  return { title: target.title, details };
}

/**
 * Every node that stands as a block (at the top level, in a block's rich field, in a table cell), in
 * the given format. `headingNumber` is the outline number of a top-level heading.
 */
export function renderBody<Out>(node: SerializedNode, renderer: BodyRenderer<Out>, context: RenderContext, headingNumber = ''): Out {
  switch (node.type) {
    case 'paragraph':
      return renderer.paragraph(node, isBoldLine(node));
    case 'heading':
      return renderer.heading(node, headingLevel(node), headingNumber);
    case 'quote':
      return renderer.quote(node);
    case 'list':
      return renderer.list(node);
    case 'table':
      return renderer.table(node);
  }
  if (isNodeOf(node, IMAGE_TYPE)) return renderer.image(imageLayout(node, context), node);
  if (isNodeOf(node, PAGE_BREAK_TYPE)) return renderer.pageBreak(node);
  if (isNodeOf(node, REFERENCE_TYPE)) return renderer.reference(referenceLayout(node, context), node);
  if (isBlockType(node.type) && isNodeOf(node, node.type)) return renderer.block(blockLayout(node, context));
  context.warn('unknown-node', node.type);
  return renderer.fallback(textOf(node), node);
}

/** A line of text in the given format: formatted text, line breaks, links and footnote marks. */
export function renderInline<Out>(nodes: readonly SerializedNode[], renderer: InlineRenderer<Out>, context: RenderContext, out: Out[] = []): Out[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(renderer.text(node, typeof node.format === 'number' ? node.format : 0));
        break;
      case 'linebreak':
        out.push(renderer.lineBreak(node));
        break;
      case 'tab':
        out.push(renderer.tab(node));
        break;
      case 'link':
      case 'autolink': {
        const url = stringOf(node, 'url');
        // Only web and mail links become links; anything else (javascript:, file:) stays plain text.
        if (isSafeExternalUrl(url)) out.push(renderer.link(url, childrenOf(node), node));
        else renderInline(childrenOf(node), renderer, context, out);
        break;
      }
      case FOOTNOTE_TYPE:
        out.push(renderer.footnote(stringOf(node, 'text'), node));
        break;
      default:
        if (Array.isArray(node.children)) renderInline(childrenOf(node), renderer, context, out);
        else context.warn('unknown-node', node.type);
    }
  }
  return out;
}
