import { z } from 'zod';
import { bulletList, type SerializedElement, type SerializedNode } from './content';
import { childrenOf, hasText } from './tree';

/**
 * Structured blocks: the recurring parts of a quality handbook (domain.md) as typed content. A block is
 * an element node whose children are exactly its fields, in a fixed order; each field is a
 * `block-field` element. What a field holds is declared here:
 * - `line`: one line of text (a title, a term);
 * - `rich`: paragraphs and lists;
 * - `items`: repeated item blocks of one type (the steps of a method guide, the goals of a goal list);
 * - `table`: one table (the contrasts of a comparison).
 * The editor, the exporters and the quality checks all read this one declaration.
 */
export const BLOCK_FIELD_TYPE = 'block-field';

export type FieldContent = 'line' | 'rich' | 'items' | 'table';

export interface BlockFieldSpec<Name extends string = string> {
  name: Name;
  content: FieldContent;
  /** Every field but a one-line one holds element nodes (and is a shadow root in the editor). */
  multiline: boolean;
  /** A required field left empty is reported by the quality panel. */
  required: boolean;
  /** For an `items` field: the block type of its items. */
  item?: ItemBlockType;
  /**
   * For an `items` field: whether its items carry numbers (1. 2. 3.) in the exports. (The editor draws
   * each item type's numbers in its own design, in CSS: app/styles.css.)
   */
  numbered?: boolean;
  /** For an `items` field: a new block starts with one item per month, its first line the month's name. */
  itemPerMonth?: boolean;
  /**
   * The caption printed above a filled field ("Syfte"), or before a one-line field's text ("Källa: "),
   * in the exports (always Swedish) and shown by the Swedish editor; none for a field that needs none.
   */
  caption?: string;
}

interface FieldOptions {
  required?: boolean;
  caption?: string;
}

/** A field's spec; its options stay in its type, so that the locales know which fields have a caption. */
const field = <N extends string, O extends FieldOptions & { numbered?: boolean; itemPerMonth?: boolean }>(name: N, content: FieldContent, options: O, item?: ItemBlockType): BlockFieldSpec<N> & O =>
  ({ name, content, multiline: content !== 'line', required: options.required ?? true, ...(item ? { item } : {}), ...options }) as BlockFieldSpec<N> & O;

const line = <N extends string, O extends FieldOptions = FieldOptions>(name: N, options: O = {} as O): BlockFieldSpec<N> & O => field(name, 'line', options);
const rich = <N extends string, O extends FieldOptions = FieldOptions>(name: N, options: O = {} as O): BlockFieldSpec<N> & O => field(name, 'rich', options);
const items = <N extends string, O extends { numbered: boolean; caption?: string; itemPerMonth?: boolean }>(name: N, item: ItemBlockType, options: O): BlockFieldSpec<N> & O => field(name, 'items', options, item);
const table = <N extends string>(name: N): BlockFieldSpec<N> => ({ name, content: 'table', multiline: true, required: true });

/**
 * How a block's example is written: the synthetic handbook fills it with seeded prose of realistic
 * length, the render parity test with text it can find again in every export.
 */
export interface ExampleText {
  /** A sentence of about this many words, ending with a full stop. */
  sentence(words: number): string;
  /** Sentences making up about this many words. */
  prose(words: number): string;
  /** One word. */
  word(): string;
  /** A whole number from 0 to 100. */
  percent(): number;
}

/**
 * What fills a field of an example: text (a line, or one paragraph of a rich field), nodes (several
 * paragraphs, a list), the fillings of its items, or the rows of its table (the first row its header).
 */
export type FieldFill = string | SerializedNode[] | BlockFill[] | string[][];
export type BlockFill = { [field: string]: FieldFill };

/**
 * A block type, declared once. Everything else is derived from this: the stored JSON's schema, the
 * editor's node class and its empty block, the insert menu, the quality checks, the synthetic handbook,
 * the every-block test and the render parity test. What a block looks like in the exports is its
 * layout entry (shared/render/layout/blocks.ts); its names in the interface are in the two locales.
 */
export interface BlockDeclaration {
  fields: readonly BlockFieldSpec[];
  /** Consecutive blocks of this type count 1, 2, 3 … (principles); anything between starts again. */
  numbering?: 'consecutive';
  /**
   * Variants of a block (a callout is a note or important), stored in its `variant` field, each with the
   * caption the exports print and the words that find it in the slash menu (Swedish and English).
   */
  variants?: Readonly<Record<string, { caption: string; keywords: readonly string[] }>>;
  /**
   * Set apart from the text around it (a callout): framed and shaded in the exports, in the colours of
   * its variant, and a note to a screen reader.
   */
  setApart?: boolean;
  /** The words that find the block in the slash menu, Swedish and English (a block with variants: per variant). */
  keywords?: readonly string[];
  /** A typical filling, for the synthetic handbook and the tests that go through every block type. */
  example?: (text: ExampleText) => BlockFill;
}

const MONTHS = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];

/**
 * Blocks that only live inside another block's `items` field; their examples are written by the
 * block that holds them. A field is required when the item means nothing without it; a month of a new
 * annual cycle may have no activities (all twelve are created).
 */
export const ITEM_DECLARATIONS = {
  'method-step': { fields: [line('title'), rich('guidance', { required: false })] },
  goal: { fields: [line('goal'), line('indicator', { required: false, caption: 'Indikator' }), line('target', { required: false, caption: 'Målvärde' })] },
  'cycle-month': { fields: [line('month'), rich('activities', { required: false })] },
  stage: { fields: [line('name'), rich('description')] },
} as const satisfies Record<ItemBlockType, BlockDeclaration>;
/** Named here rather than read from ITEM_DECLARATIONS, whose field specs name item types themselves. */
export type ItemBlockType = 'method-step' | 'goal' | 'cycle-month' | 'stage';

/**
 * Blocks a writer inserts into the document. Required is what the block means nothing without (a
 * principle is its title and what it means in practice, a method guide its name, purpose and steps); the
 * rest is optional: the editor does not ask for it, the quality checks do not report it and the exports
 * leave it out, caption and all.
 */
export const TOP_LEVEL_DECLARATIONS = {
  principle: {
    fields: [line('title'), rich('explanation')],
    numbering: 'consecutive',
    keywords: ['princip', 'principle', 'förhållningssätt'],
    example: (text) => ({ title: text.sentence(4), explanation: text.prose(40) }),
  },
  /**
   * A role, the lead-in ("ansvarar för att … genom att") and the list of responsibilities. Many roles
   * need no lead-in; one written in lower case continues the role's name (see `leadContinuesRole`).
   */
  role: {
    fields: [line('role'), line('lead', { required: false }), rich('responsibilities')],
    keywords: ['roll', 'ansvar', 'role', 'responsibility'],
    example: (text) => ({
      role: 'Chefer',
      lead: 'ansvarar för att arbetet följs upp genom att',
      responsibilities: [bulletList(text.sentence(10), text.sentence(10), text.sentence(10))],
    }),
  },
  'method-guide': {
    fields: [
      line('name'),
      rich('purpose', { caption: 'Syfte' }),
      rich('when', { required: false, caption: 'När metoden används' }),
      items('steps', 'method-step', { numbered: true, caption: 'Steg' }),
      rich('tools', { required: false, caption: 'Verktyg och mallar' }),
    ],
    keywords: ['metod', 'metodstöd', 'method', 'pdca', 'puff'],
    example: (text) => ({
      name: 'PDCA',
      purpose: text.prose(20),
      when: text.prose(15),
      steps: ['Planera', 'Genomföra', 'Följa upp', 'Agera'].map((title) => ({ title, guidance: text.prose(12) })),
      tools: text.sentence(8),
    }),
  },
  goals: {
    fields: [line('title', { required: false }), items('goals', 'goal', { numbered: true })],
    keywords: ['mål', 'goal', 'goals', 'indikator'],
    example: (text) => ({
      title: text.sentence(3),
      goals: [1, 2, 3].map(() => ({ goal: text.sentence(8), indicator: text.sentence(4), target: `${text.percent()} %` })),
    }),
  },
  definition: {
    fields: [line('term'), rich('definition'), line('source', { required: false, caption: 'Källa' })],
    keywords: ['definition', 'begrepp', 'term'],
    example: (text) => ({ term: text.word(), definition: text.prose(30), source: 'SOU 2009:32' }),
  },
  comparison: {
    fields: [line('title', { required: false }), table('table')],
    keywords: ['jämförelse', 'jämför', 'mindre', 'mer', 'kontrast', 'comparison', 'compare', 'contrast'],
    example: (text) => ({ title: text.sentence(3), table: [['Från', 'Till'], ...[1, 2, 3].map(() => [text.sentence(5), text.sentence(5)])] }),
  },
  'annual-cycle': {
    fields: [line('title', { required: false }), items('months', 'cycle-month', { numbered: false, itemPerMonth: true })],
    keywords: ['årshjul', 'år', 'annual', 'cycle'],
    example: (text) => ({ title: text.sentence(3), months: MONTHS.map((month) => ({ month, activities: text.sentence(9) })) }),
  },
  'staged-model': {
    fields: [line('title', { required: false }), items('stages', 'stage', { numbered: true })],
    keywords: ['stegmodell', 'trappa', 'nivåer', 'staged', 'ladder', 'levels'],
    example: (text) => ({
      title: text.sentence(3),
      stages: ['Information', 'Konsultation', 'Dialog', 'Inflytande'].map((name) => ({ name, description: text.prose(14) })),
    }),
  },
  callout: {
    fields: [rich('body')],
    setApart: true,
    variants: {
      note: { caption: 'Notera', keywords: ['notera', 'notis', 'obs', 'note', 'callout'] },
      important: { caption: 'Viktigt', keywords: ['viktigt', 'important', 'varning'] },
    },
    example: (text) => ({ body: text.prose(30) }),
  },
} as const satisfies Record<string, BlockDeclaration & Required<Pick<BlockDeclaration, 'example'>>>;
export type TopLevelBlockType = keyof typeof TOP_LEVEL_DECLARATIONS;

export type BlockType = TopLevelBlockType | ItemBlockType;
const DECLARED = { ...TOP_LEVEL_DECLARATIONS, ...ITEM_DECLARATIONS };
export const BLOCK_DECLARATIONS: Record<BlockType, BlockDeclaration> = DECLARED;
/** The names of a block type's fields, for what is keyed by them (the locales' field texts). */
export type BlockFieldName<T extends BlockType> = (typeof DECLARED)[T]['fields'][number]['name'];
/** The names of the fields of a block type that have a caption. */
export type CaptionedFieldName<T extends BlockType> = Extract<(typeof DECLARED)[T]['fields'][number], { caption: string }>['name'];

/** The names of a block type's variants (a callout's `note` and `important`); none for most. */
export type BlockVariantName<T extends BlockType> = (typeof DECLARED)[T] extends { variants: infer V } ? keyof V & string : never;

/**
 * The words the interface needs for every block type, so that a locale missing a block type, a field,
 * a caption or a variant does not compile: the block's name, each field's placeholder, each captioned
 * field's caption, each variant's name.
 */
export type BlockWords = {
  [T in BlockType]: { name: string; fields: Record<BlockFieldName<T>, string> } & ([CaptionedFieldName<T>] extends [never]
    ? unknown
    : { labels: Record<CaptionedFieldName<T>, string> }) &
    ([BlockVariantName<T>] extends [never] ? unknown : { variants: Record<BlockVariantName<T>, string> });
};

/** The declared captions of a block type's fields: the Swedish interface shows the words the exports print. */
export function captionsOf<T extends BlockType>(type: T): Record<CaptionedFieldName<T>, string> {
  return Object.fromEntries(BLOCK_SPECS[type].flatMap((spec) => (spec.caption ? [[spec.name, spec.caption]] : []))) as Record<CaptionedFieldName<T>, string>;
}

/** The declared captions of a block type's variants ("Notera", "Viktigt"). */
export function variantCaptionsOf<T extends BlockType>(type: T): Record<BlockVariantName<T>, string> {
  return Object.fromEntries(Object.entries(BLOCK_DECLARATIONS[type].variants ?? {}).map(([name, variant]) => [name, variant.caption])) as Record<BlockVariantName<T>, string>;
}

/** The fields of each block type, in stored order. */
export const BLOCK_SPECS = Object.fromEntries(
  Object.entries(BLOCK_DECLARATIONS).map(([type, declaration]) => [type, declaration.fields]),
) as Record<BlockType, readonly BlockFieldSpec[]>;
export const TOP_LEVEL_BLOCK_TYPES = Object.keys(TOP_LEVEL_DECLARATIONS) as TopLevelBlockType[];
export const ITEM_BLOCK_TYPES = Object.keys(ITEM_DECLARATIONS) as ItemBlockType[];
export const BLOCK_TYPES: BlockType[] = [...TOP_LEVEL_BLOCK_TYPES, ...ITEM_BLOCK_TYPES];

/** The variants of a block type, or none; the first is a new block's. */
export function variantsOf(type: BlockType): string[] {
  return Object.keys(BLOCK_DECLARATIONS[type].variants ?? {});
}

/**
 * The variant a block of the type is in, given what was stored or asked for: that one when the type
 * declares it, else the type's first; '' for a type without variants.
 */
export function variantOf(type: BlockType, wanted: unknown): string {
  const variants = variantsOf(type);
  return typeof wanted === 'string' && variants.includes(wanted) ? wanted : (variants[0] ?? '');
}

export function isBlockType(type: string): type is BlockType {
  return Object.hasOwn(BLOCK_SPECS, type);
}

export function isItemBlockType(type: string): type is ItemBlockType {
  return Object.hasOwn(ITEM_DECLARATIONS, type);
}

export function isTopLevelBlockType(type: string): type is TopLevelBlockType {
  return Object.hasOwn(TOP_LEVEL_DECLARATIONS, type);
}

/** The field spec of the `items` field that holds items of this type, and the block it belongs to. */
export function itemHome(item: ItemBlockType): { block: TopLevelBlockType; field: BlockFieldSpec } {
  for (const block of TOP_LEVEL_BLOCK_TYPES) {
    const field = BLOCK_SPECS[block].find((spec: BlockFieldSpec) => spec.item === item);
    if (field) return { block, field };
  }
  throw new Error(`No block holds items of type ${item}`);
}

const childNode: z.ZodType<SerializedNode> = z.looseObject({ type: z.string(), version: z.number() });

export const blockFieldSchema = z.looseObject({
  type: z.literal(BLOCK_FIELD_TYPE),
  version: z.literal(1),
  field: z.string().min(1),
  /** Repeats the spec so that a field can be read without its block (the editor imports it alone). */
  multiline: z.boolean().optional(),
  children: z.array(childNode),
});
export type SerializedBlockField = z.infer<typeof blockFieldSchema> & SerializedElement;

/**
 * A block's children are checked by their envelope only: each is judged by its own schema when the
 * gate reaches it, so that a field of a newer version is carried as unknown rather than refusing its block.
 */
const blockSchema = <T extends BlockType>(type: T) => z.looseObject({ type: z.literal(type), version: z.literal(1), children: z.array(childNode) });

/**
 * The JSON of each block type, as stored. A block with variants stores which one it is; one without is
 * given its type's first, and one this Handbok does not declare (a newer Handbok's) is kept as it is
 * and shown as the first (`variantOf`), so that saving it again loses nothing.
 */
export const blockSchemas = Object.fromEntries(
  BLOCK_TYPES.map((type): [BlockType, z.ZodType] => {
    const variants = variantsOf(type);
    return [type, variants.length ? blockSchema(type).extend({ variant: z.string().default(variants[0]!) }) : blockSchema(type)];
  }),
) as Record<BlockType, z.ZodType>;

export type SerializedBlock = SerializedElement & { type: BlockType; children: SerializedBlockField[]; variant?: string };

/**
 * A reference to another document in the library. It stores only the target's id: the title, kind and
 * status it shows are read from the library each time, so they are never out of date.
 */
export const REFERENCE_TYPE = 'reference';
export const referenceSchema = z.looseObject({
  type: z.literal(REFERENCE_TYPE),
  version: z.literal(1),
  /** Empty until the writer has chosen a document. */
  documentId: z.string().default(''),
});
export type SerializedReference = z.infer<typeof referenceSchema>;

export interface EmptyRequiredField {
  block: BlockType;
  field: string;
  /** 1-based position of the block among blocks of its type (items: among the items of their field). */
  ordinal: number;
  /** For a field of an item: the block that holds the item. */
  parent?: { block: BlockType; ordinal: number };
}

/** Required fields left without text, block by block, in document order. */
export function emptyRequiredFields(children: readonly SerializedNode[]): EmptyRequiredField[] {
  const seen = new Map<BlockType, number>();
  const empty: EmptyRequiredField[] = [];
  const checkBlock = (node: SerializedNode & { type: BlockType }, ordinal: number, parent?: EmptyRequiredField['parent']) => {
    const fields = childrenOf(node);
    for (const spec of BLOCK_SPECS[node.type]) {
      const stored = fields.find((child) => child.field === spec.name);
      // An items field is filled when it has items; the items' own fields are checked one by one.
      const filled = stored && (spec.content === 'items' ? childrenOf(stored).some((child) => child.type === spec.item) : hasText(stored));
      if (spec.required && !filled) empty.push({ block: node.type, field: spec.name, ordinal, ...(parent ? { parent } : {}) });
      if (spec.content === 'items' && stored) {
        childrenOf(stored)
          .filter((child): child is SerializedNode & { type: BlockType } => child.type === spec.item)
          .forEach((item, index) => checkBlock(item, index + 1, { block: node.type, ordinal }));
      }
    }
  };
  const visit = (node: SerializedNode) => {
    if (isBlockType(node.type) && !isItemBlockType(node.type)) {
      const ordinal = (seen.get(node.type) ?? 0) + 1;
      seen.set(node.type, ordinal);
      checkBlock(node as SerializedNode & { type: BlockType }, ordinal);
      return;
    }
    childrenOf(node).forEach(visit);
  };
  children.forEach(visit);
  return empty;
}

/**
 * Whether a role's lead-in continues the role's name as one sentence: "ansvarar för att" after
 * "Medarbetare" reads "Medarbetare ansvarar för att". A lead-in that begins with a capital (or anything
 * but a letter) is a sentence of its own. The editor and the exporters decide by this one rule; the two
 * fields stay as they are stored.
 */
export function leadContinuesRole(role: string, lead: string): boolean {
  const first = lead.trim().charAt(0);
  return role.trim() !== '' && first !== '' && first !== first.toLocaleUpperCase('sv') && first === first.toLocaleLowerCase('sv');
}

/**
 * The numbers blocks of a consecutively numbered type carry (principles): consecutive blocks of the
 * type count 1, 2, 3 …; anything else between them starts the count again. One rule for the editor
 * and the exporters.
 */
export function blockNumbers(types: readonly string[]): (number | null)[] {
  let count = 0;
  let previous: string | null = null;
  return types.map((type) => {
    const numbered = isTopLevelBlockType(type) && BLOCK_DECLARATIONS[type].numbering === 'consecutive';
    count = numbered && type === previous ? count + 1 : numbered ? 1 : 0;
    previous = type;
    return numbered ? count : null;
  });
}
