import type { SerializedNode } from '@shared/model/content';
import { childrenOf, stringOf } from '@shared/model/tree';
import { WORDS } from '@shared/render/document-words';
import type { BlockLayout, BlockPart, LineRole } from '@shared/render/layout/blocks';
import { perContext, renderBody, renderInline, TEXT_FORMAT, type BodyRenderer, type InlineRenderer } from '@shared/render/layout/body';
import { RenderContext } from '@shared/render/render-context';
import { longTextPieces } from './long-text';
import { Children, useState, type ReactNode } from 'react';

/**
 * The reading page's interpreter of the shared layout (shared/render/layout): the same walk and the same
 * block layouts as the Word and PDF exports, drawn as React instead of an HTML string, so that what the
 * page adds for the screen (a reference that opens its document, a footnote shown on demand, headings
 * the contents sidebar can find) is a component and not markup pasted in.
 */

/** What the screen adds to the export's context: where references lead and the ids the contents link to. */
export class ReadingContext extends RenderContext {
  /** The element id of each top-level heading, given out before the page is drawn (reading-contents.ts). */
  headingIds: ReadonlyMap<SerializedNode, string> = new Map();
  /** The address of another document's reading page. */
  hrefOfDocument: (id: string) => string = () => '#';
  private notes = 0;
  nextNoteNumber(): number {
    this.notes += 1;
    return this.notes;
  }
}

const LINE_CLASSES: Record<LineRole, string | undefined> = {
  'block-title': 'block-title',
  'step-title': 'step-title',
  'goal-detail': 'goal-detail',
  source: 'source',
  lead: 'lead',
  month: 'month',
  plain: undefined,
};

/** Lexical's text format bits and the element each becomes, innermost first (as in the print page). */
const FORMATS: [bit: number, Tag: 'sub' | 'sup' | 's' | 'u' | 'em' | 'strong'][] = [
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.bold, 'strong'],
];

/** An array of nodes as keyed children: React needs keys, and the order of a document never changes under a render. */
const keyed = (nodes: ReactNode[]): ReactNode => Children.toArray(nodes);

/** A top-level node of the body as React; a heading with its outline number. */
export function readingNode(node: SerializedNode, context: ReadingContext, headingNumber = ''): ReactNode {
  return renderBody(node, renderersOf(context).body, context, headingNumber);
}

const inline = (nodes: readonly SerializedNode[], context: ReadingContext): ReactNode => keyed(renderInline(nodes, renderersOf(context).inline, context));
/** A line's content; a very long one in pieces laid out as they come into view (long-text.ts). */
function longOrInline(nodes: readonly SerializedNode[], context: ReadingContext): ReactNode {
  const pieces = longTextPieces(nodes);
  if (!pieces) return inline(nodes, context);
  return keyed(pieces.map((piece) => <span className="reading__piece">{inline(piece, context)}</span>));
}
const bodies = (nodes: readonly SerializedNode[], context: ReadingContext): ReactNode => keyed(nodes.map((node) => readingNode(node, context)));

const renderersOf = perContext((context: ReadingContext) => ({ body: bodyRenderer(context), inline: inlineRenderer(context) }));

/** The document's title is the page's h1, so its headings of level 1 to 3 are h2 to h4: a screen reader meets them in order. */
const HEADING_TAGS = { 1: 'h2', 2: 'h3', 3: 'h4' } as const;

function bodyRenderer(context: ReadingContext): BodyRenderer<ReactNode> {
  return {
    paragraph(node, boldLine) {
      const content = childrenOf(node);
      if (!content.length) return <p className="empty" aria-hidden="true" />;
      return <p className={boldLine ? 'bold-line' : undefined}>{longOrInline(content, context)}</p>;
    },
    heading(node, level, number) {
      const Tag = HEADING_TAGS[level];
      return (
        <Tag id={context.headingIds.get(node)} tabIndex={-1}>
          {number && <span className="heading-number">{number}</span>}
          {number && ' '}
          {inline(childrenOf(node), context)}
        </Tag>
      );
    },
    quote: (node) => (
      <blockquote>
        <p>{longOrInline(childrenOf(node), context)}</p>
      </blockquote>
    ),
    list: (node) => list(node, context),
    table: (node) => table(node, context),
    image(image) {
      if (!image.picture) return image.caption ? <p className="caption">{image.caption}</p> : null;
      const { src, width, height } = image.picture;
      return (
        <figure aria-hidden={image.decorative || undefined}>
          <img src={src} alt={image.alt} width={width} height={height} />
          {image.caption && <figcaption>{image.caption}</figcaption>}
        </figure>
      );
    },
    // A screen has no pages: a page break is a little more room.
    pageBreak: () => <div className="page-break" />,
    reference({ title, details }, node) {
      const id = stringOf(node, 'documentId');
      return (
        <p className="reference">
          {WORDS.reference}{' '}
          {title !== null && id ? (
            <a href={context.hrefOfDocument(id)}>
              <cite>{title}</cite>
            </a>
          ) : null}
          {details && ` (${details})`}
        </p>
      );
    },
    block: (layout) => block(layout, context),
    fallback: (text) => (text ? <p>{text}</p> : null),
  };
}

function inlineRenderer(context: ReadingContext): InlineRenderer<ReactNode> {
  return {
    text: (node, format) => FORMATS.reduce<ReactNode>((inner, [bit, Tag]) => ((format & bit) !== 0 ? <Tag>{inner}</Tag> : inner), typeof node.text === 'string' ? node.text : ''),
    lineBreak: () => <br />,
    tab: () => <span className="tab">{'\t'}</span>,
    link: (url, content) => (
      <a href={url} target="_blank" rel="noreferrer">
        {inline(content, context)}
      </a>
    ),
    footnote: (text) => <Footnote number={context.nextNoteNumber()} text={text} />,
  };
}

/**
 * A footnote at hand: its number, a button that shows the note right after it and hides it again, so
 * that the reader never leaves the line they are reading.
 */
function Footnote({ number, text }: { number: number; text: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="reading-note__mark" aria-expanded={open} aria-label={WORDS.note(number)} onClick={() => setOpen((was) => !was)}>
        <sup>{number}</sup>
      </button>
      {open && (
        <span className="reading-note" role="note" aria-label={WORDS.note(number)}>
          {text}
        </span>
      )}
    </>
  );
}

function list(node: SerializedNode, context: ReadingContext): ReactNode {
  const items = childrenOf(node).map((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    return (
      <li>
        {longOrInline(own, context)}
        {keyed(nested.map((child) => list(child, context)))}
      </li>
    );
  });
  if (node.listType === 'number') {
    const start = typeof node.start === 'number' && node.start !== 1 ? Math.trunc(node.start) : undefined;
    return <ol start={start}>{keyed(items)}</ol>;
  }
  return <ul>{keyed(items)}</ul>;
}

/** A table; a first row of header cells is its head, as in the exports. */
function table(node: SerializedNode, context: ReadingContext): ReactNode {
  const rows = childrenOf(node);
  const first = childrenOf(rows[0] ?? node);
  const hasHead = first.length > 0 && first.every((cell) => (Number(cell.headerState) & 1) === 1);
  const row = (cells: SerializedNode[], header: boolean) => (
    <tr>
      {keyed(
        cells.map((cell) => {
          const spans = {
            colSpan: Number(cell.colSpan) > 1 ? Math.trunc(Number(cell.colSpan)) : undefined,
            rowSpan: Number(cell.rowSpan) > 1 ? Math.trunc(Number(cell.rowSpan)) : undefined,
          };
          const content = childrenOf(cell);
          return header ? (
            <th scope="col" {...spans}>
              {keyed(content.map((child) => (child.type === 'paragraph' ? inline(childrenOf(child), context) : readingNode(child, context))))}
            </th>
          ) : (
            <td {...spans}>{bodies(content, context)}</td>
          );
        }),
      )}
    </tr>
  );
  return (
    // A wide table scrolls on its own rather than the page (at 200 % zoom the page must never scroll sideways).
    <div className="reading-table" tabIndex={0}>
      <table>
        {hasHead && <thead>{row(first, true)}</thead>}
        <tbody>{keyed((hasHead ? rows.slice(1) : rows).map((each) => row(childrenOf(each), false)))}</tbody>
      </table>
    </div>
  );
}

function block(layout: BlockLayout, context: ReadingContext): ReactNode {
  const inner = parts(layout.parts, context);
  if (!layout.framed) return inner;
  return (
    <section className={['block', layout.type, layout.tone].filter(Boolean).join(' ')} role={layout.tone ? 'note' : undefined}>
      {inner}
    </section>
  );
}

const parts = (list: readonly BlockPart[], context: ReadingContext): ReactNode => keyed(list.map((part) => partNode(part, context)));

function partNode(part: BlockPart, context: ReadingContext): ReactNode {
  switch (part.kind) {
    case 'line': {
      const className = LINE_CLASSES[part.role];
      const content = (
        <>
          {part.prefix && <span className="prefix">{part.prefix}</span>}
          {longOrInline(part.content, context)}
        </>
      );
      return part.role === 'month' ? <span className={className}>{content}</span> : <p className={className}>{content}</p>;
    }
    case 'sentence':
      return (
        <p className="role-lead">
          <span className="role-name">{inline(part.subject, context)}</span> {inline(part.rest, context)}
        </p>
      );
    case 'label':
      return <p className="field-label">{part.text}</p>;
    case 'rich':
      return bodies(part.content, context);
    case 'items':
      return keyed(part.items.map((item) => <div className="item">{parts(item, context)}</div>));
    case 'table':
      return table(part.table, context);
    case 'two-columns':
      return (
        <div className="reading-table" tabIndex={0}>
          <table className="two-columns">
            <thead>
              <tr>{keyed(part.header.map((text) => <th scope="col">{text}</th>))}</tr>
            </thead>
            <tbody>
              {keyed(
                part.rows.map(([left, right]) => (
                  <tr>
                    <td>{parts(left, context)}</td>
                    <td>{parts(right, context)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      );
  }
}
