import { BLOCK_SPECS, variantsOf, TOP_LEVEL_DECLARATIONS, type TopLevelBlockType } from '../../model/blocks';
import { block, type FieldFill } from '../../model/block-content';
import type { SerializedNode } from '../../model/content';
import { childrenOf, textOf } from '../../model/tree';
import { OWN_STYLE_NAMES, readBlockMark } from '../../render/docx/own-names';
import type { ImportedNode } from '../docx/read-body';
import type { BlockMatch } from './match';

/**
 * Handbok's own Word files read back into their blocks, exactly: each block stands between its marks
 * (render/docx/block-marks.ts) and each of its lines carries one of Handbok's styles, so a file an
 * official edited in Word comes back with the blocks and every edit made in them. Each block type's
 * reader is the inverse of its layout (render/layout/blocks.ts): a block type without one does not
 * compile.
 */

const S = OWN_STYLE_NAMES;
/** The styles of a block's own lines; anything else inside a block is the text of a rich field. */
const LINE_STYLES: ReadonlySet<string> = new Set([S.BlockTitle, S.StepTitle, S.FieldLabel, S.Lead, S.RoleLead, S.GoalDetail, S.Source]);
/** "2. " before a numbered block's title or an item's. */
const NUMBER_PREFIX = /^\d{1,4}\.\s+/;

/** Whether the file was written by Handbok: its blocks are marked, or its lines wear Handbok's styles. */
export function isOwnFile(nodes: readonly ImportedNode[]): boolean {
  return nodes.some((node) => node.bookmarks.some((name) => readBlockMark(name)?.kind === 'start') || OWN_STYLES.has(node.style ?? ''));
}

/** Styles only Handbok's export writes: a document without blocks still has its front page in them. */
const OWN_STYLES = new Set<string>(Object.values(S));

/** Every marked block of the file, read back; text between blocks stays as it is. */
export function ownBlocks(nodes: readonly ImportedNode[], runStyles: WeakMap<SerializedNode, string>): BlockMatch[] {
  const matches: BlockMatch[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const start = nodes[index]!.bookmarks.map(readBlockMark).find((mark) => mark?.kind === 'start');
    if (start?.kind !== 'start') continue;
    // Up to the next mark: this block's end, or the start of another. A second start of the same block
    // is LibreOffice's (it repeats a bookmark that spans paragraphs on each of them).
    const isBoundary = (name: string) => {
      const mark = readBlockMark(name);
      return mark !== null && !(mark.kind === 'start' && mark.sequence === start.sequence);
    };
    let end = index + 1;
    // No block holds a heading: one ends the block even where a program lost the end mark.
    while (end < nodes.length && !nodes[end]!.bookmarks.some(isBoundary) && nodes[end]!.node.type !== 'heading') end++;
    const slice = new Slice(nodes.slice(index, end), runStyles);
    const read = OWN_READERS[start.type](slice);
    // What the reader did not take (text typed in Word after the block's last line) stays as text.
    const to = index + Math.max(1, slice.taken);
    matches.push({ from: index, to, type: start.type, block: read, confidence: 1 });
    index = to - 1;
  }
  return matches;
}

/** The nodes of one block, read front to back. */
class Slice {
  private at = 0;
  constructor(
    private readonly nodes: readonly ImportedNode[],
    readonly runStyles: WeakMap<SerializedNode, string>,
  ) {}

  peek(): ImportedNode | undefined {
    return this.nodes[this.at];
  }

  /** How many of the nodes the block's reader took. */
  get taken(): number {
    return this.at;
  }

  take(): ImportedNode | undefined {
    return this.nodes[this.at++];
  }

  /** The text of the next line when it is in the style; a numbered title's number ("2. ") left off. */
  line(style: string, prefix?: RegExp | string): SerializedNode[] | undefined {
    if (this.peek()?.style !== style) return undefined;
    return withoutPrefix(childrenOf(this.take()!.node), prefix);
  }

  /** Paragraphs, lists and tables up to the block's next line of its own. */
  rich(): SerializedNode[] | undefined {
    const taken: SerializedNode[] = [];
    while (this.peek() && !LINE_STYLES.has(this.peek()!.style ?? '')) taken.push(this.take()!.node);
    return taken.length ? taken : undefined;
  }

  /** The caption of the next field label, when the next line is one. */
  label(): string | undefined {
    const next = this.peek();
    return next?.style === S.FieldLabel ? textOf(next.node).trim() : undefined;
  }
}

/** Inline nodes without a text prefix ("2. ", "Källa: "), which the layout wrote before the field's text. */
function withoutPrefix(nodes: SerializedNode[], prefix: RegExp | string | undefined): SerializedNode[] {
  const [first, ...rest] = nodes;
  if (!prefix || first?.type !== 'text') return nodes;
  const value = String(first.text);
  const stripped = typeof prefix === 'string' ? (value.startsWith(prefix) ? value.slice(prefix.length) : value) : value.replace(prefix, '');
  return stripped ? [{ ...first, text: stripped }, ...rest] : rest;
}

const captionPrefix = (type: 'goal' | 'definition', field: string) => `${BLOCK_SPECS[type].find((spec) => spec.name === field)?.caption ?? ''}: `;

type Fill = Record<string, FieldFill | undefined>;

/** Captioned fields in any order, as their labels name them; items fields read by `item`. */
function labelledFields(type: TopLevelBlockType, slice: Slice, fill: Fill, item: (slice: Slice) => SerializedNode | undefined): void {
  for (let caption = slice.label(); caption !== undefined; caption = slice.label()) {
    const spec = BLOCK_SPECS[type].find((candidate) => candidate.caption?.toLocaleLowerCase('sv') === caption.toLocaleLowerCase('sv'));
    if (!spec) return;
    slice.take();
    fill[spec.name] = spec.content === 'items' ? items(slice, item) : slice.rich();
  }
}

function items(slice: Slice, item: (slice: Slice) => SerializedNode | undefined): SerializedNode[] {
  const read: SerializedNode[] = [];
  for (let next = item(slice); next; next = item(slice)) read.push(next);
  return read;
}

const filled = (fill: Fill): Partial<Record<string, FieldFill>> => Object.fromEntries(Object.entries(fill).filter(([, value]) => value !== undefined)) as Partial<Record<string, FieldFill>>;

const step = (slice: Slice) => {
  const title = slice.line(S.StepTitle, NUMBER_PREFIX);
  return title && block('method-step', filled({ title, guidance: slice.rich() }));
};

const stage = (slice: Slice) => {
  const name = slice.line(S.StepTitle, NUMBER_PREFIX);
  return name && block('stage', filled({ name, description: slice.rich() }));
};

const goal = (slice: Slice) => {
  const text = slice.line(S.StepTitle, NUMBER_PREFIX);
  if (!text) return undefined;
  const fill: Fill = { goal: text };
  for (const field of ['indicator', 'target'] as const) {
    const prefix = captionPrefix('goal', field);
    if (slice.peek()?.style === S.GoalDetail && textOf(slice.peek()!.node).startsWith(prefix)) fill[field] = slice.line(S.GoalDetail, prefix);
  }
  return block('goal', filled(fill));
};

/** A role's opening: one sentence whose first words are the role's name (its own character style), or a title and a lead-in. */
function roleOpening(slice: Slice): Fill {
  const sentence = slice.line(S.RoleLead);
  if (!sentence) return { role: slice.line(S.BlockTitle), lead: slice.line(S.Lead) };
  const split = sentence.findIndex((node) => slice.runStyles.get(node) !== S.RoleName);
  const role = split === -1 ? sentence : sentence.slice(0, split);
  const lead = split === -1 ? [] : withoutPrefix(sentence.slice(split), /^\s+/);
  return { role, lead };
}

/** A table's rows after its header row. */
const bodyRows = (table: SerializedNode | undefined) => childrenOf(table ?? { type: '', version: 1 }).slice(1);

const OWN_READERS: { [T in TopLevelBlockType]: (slice: Slice) => SerializedNode } = {
  principle: (slice) => block('principle', filled({ title: slice.line(S.BlockTitle, NUMBER_PREFIX), explanation: slice.rich() })),
  role: (slice) => block('role', filled({ ...roleOpening(slice), responsibilities: slice.rich() })),
  'method-guide': (slice) => {
    const fill: Fill = { name: slice.line(S.BlockTitle) };
    labelledFields('method-guide', slice, fill, step);
    return block('method-guide', filled(fill));
  },
  goals: (slice) => block('goals', filled({ title: slice.line(S.BlockTitle), goals: items(slice, goal) })),
  definition: (slice) => block('definition', filled({ term: slice.line(S.BlockTitle), definition: slice.rich(), source: slice.line(S.Source, captionPrefix('definition', 'source')) })),
  comparison: (slice) => {
    const title = slice.line(S.BlockTitle);
    const table = slice.peek()?.node.type === 'table' ? [slice.take()!.node] : undefined;
    return block('comparison', filled({ title, table }));
  },
  'annual-cycle': (slice) => {
    const title = slice.line(S.BlockTitle);
    const table = slice.peek()?.node.type === 'table' ? slice.take()!.node : undefined;
    const months = bodyRows(table).map((row) => {
      const [month, activities] = childrenOf(row);
      const monthLine = childrenOf(month ?? row).find((child) => child.type === 'paragraph');
      const written = childrenOf(activities ?? { type: '', version: 1 }).filter((child) => textOf(child).trim() !== '' || child.type !== 'paragraph');
      return block('cycle-month', filled({ month: monthLine ? childrenOf(monthLine) : undefined, activities: written.length ? written : undefined }));
    });
    return block('annual-cycle', filled({ title, months: months.length ? months : undefined }));
  },
  'staged-model': (slice) => block('staged-model', filled({ title: slice.line(S.BlockTitle), stages: items(slice, stage) })),
  callout: (slice) => {
    const box = slice.peek()?.node.type === 'table' ? slice.take()!.node : undefined;
    const cell = childrenOf(childrenOf(box ?? { type: '', version: 1 })[0] ?? { type: '', version: 1 })[0];
    const [label, ...body] = childrenOf(cell ?? { type: '', version: 1 });
    const captions = TOP_LEVEL_DECLARATIONS.callout.variants;
    const variant = variantsOf('callout').find((name) => captions[name as keyof typeof captions].caption === textOf(label ?? { type: '', version: 1 }).trim());
    const content = variant ? body : [label, ...body].filter((node): node is SerializedNode => node !== undefined);
    return block('callout', filled({ body: content.length ? content : undefined }), variant);
  },
};
