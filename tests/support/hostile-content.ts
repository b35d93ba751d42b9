import fc from 'fast-check';
import { content, element, paragraph, text, type SerializedContent, type SerializedElement, type SerializedNode } from '../../shared/model/content';

/**
 * Content shaped as hostile archives shape it: nested deeper than any document, wider than any table,
 * with numbers that drive work (spans, indents, list starts) far past what Word or a page can hold,
 * and text runs styled to hide. Built from the content helpers, as the editor writes them.
 */

/**
 * A paragraph inside nested lists and list items, its text at exactly `depth`, counting as the gate
 * does: the root's children are depth 1, their children 2 … (built without recursion, so that a test
 * can make it thousands deep). A leaf given instead of the paragraph stands at `depth` - 1.
 */
export function nestedContent(depth: number, leaf: SerializedNode = paragraph('Längst in.')): SerializedContent {
  let node: SerializedNode = leaf;
  for (let level = depth - 2; level >= 1; level -= 1) {
    node = level % 2 === 1 ? element('list', [node], { listType: 'bullet', start: 1, tag: 'ul' }) : element('listitem', [node], { value: 1 });
  }
  return content(node);
}

/** A table cell holding a line of text, with Lexical's fields. */
export const tableCell = (value: string, extra: Record<string, unknown> = {}): SerializedElement =>
  element('tablecell', [paragraph(value)], { backgroundColor: null, colSpan: 1, headerState: 0, rowSpan: 1, ...extra });

/** A table of rows of cells, as the editor writes one. */
export const table = (rows: SerializedElement[][], extra: Record<string, unknown> = {}): SerializedElement =>
  element('table', rows.map((cells) => element('tablerow', cells)), extra);

/** A run of text with the given CSS, as a Lexical clipboard payload or a hand-made archive carries it. */
export const styledText = (value: string, style: string): SerializedNode => ({ ...text(value), style });

/** A link around a run of text. */
export const link = (url: string, value: string): SerializedElement => element('link', [text(value)], { url, rel: null, target: null, title: null });

/** A number far beyond any bound, or a small one, or one that is not a whole number. */
const anyNumber = fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constantFrom(1e9, 2 ** 31, 20_000, -1e9, 1.5, 0));

/** A node whose every number that drives work is drawn from anyNumber. */
const hostileLeafBlock: fc.Arbitrary<SerializedNode> = fc.oneof(
  fc.record({ indent: anyNumber }).map(({ indent }) => ({ ...paragraph('Indrag'), indent })),
  fc.constantFrom('h1', 'h2', 'h3', 'h6', 'h9', 'script', '').map((tag) => element('heading', [text('Rubrik')], { tag })),
  fc.record({ start: anyNumber, value: anyNumber, indent: anyNumber }).map(({ start, value, indent }) =>
    element('list', [element('listitem', [text('Punkt')], { value, indent })], { listType: 'number', start, tag: 'ol' }),
  ),
  fc
    .record({
      cells: fc.integer({ min: 1, max: 70 }),
      rows: fc.integer({ min: 1, max: 3 }),
      colSpan: anyNumber,
      rowSpan: anyNumber,
      widths: fc.array(anyNumber, { maxLength: 80 }),
      height: anyNumber,
    })
    .map(({ cells, rows, colSpan, rowSpan, widths, height }) =>
      element(
        'table',
        Array.from({ length: rows }, () =>
          element('tablerow', Array.from({ length: cells }, (_, index) => tableCell(`c${index}`, index === 0 ? { colSpan, rowSpan, width: height } : {})), { height }),
        ),
        { colWidths: widths },
      ),
    ),
  fc.constantFrom('display:none', 'color:#fff;background:#fff', 'font-size:1px', '').map((style) => paragraph(styledText('Dold', style))),
  fc.constantFrom('https://user:pass@example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'https://www.sjovik.se').map((url) => paragraph(link(url, 'Länk'))),
);

/** Hostile content: a few of the blocks above, some of them buried under a random depth of lists. */
export const hostileContent: fc.Arbitrary<SerializedContent> = fc
  .tuple(fc.array(hostileLeafBlock, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 140 }))
  .map(([blocks, depth]) => {
    const deep = nestedContent(depth, blocks[0]);
    return { root: { ...deep.root, children: [...deep.root.children, ...blocks.slice(1)] } };
  });
