import { z } from 'zod';

/**
 * The content of a document is Lexical's serialized editor state. shared/ does not depend on Lexical,
 * so it declares the JSON it reads: every node has a `type` and a `version`, element nodes have
 * `children`. Unknown node types and fields pass through untouched, so content written by a newer
 * Handbok (or a node this version does not know) is never dropped.
 */
export interface SerializedNode {
  type: string;
  version: number;
  [field: string]: unknown;
}

export interface SerializedElement extends SerializedNode {
  children: SerializedNode[];
  direction: 'ltr' | 'rtl' | null;
  format: string;
  indent: number;
}

export interface SerializedContent {
  root: SerializedElement & { type: 'root' };
}

const nodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int().nonnegative(),
    children: z.array(nodeSchema).optional(),
  }),
);

export const contentSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(nodeSchema),
    direction: z.enum(['ltr', 'rtl']).nullable().catch(null),
    format: z.string().catch(''),
    indent: z.number().catch(0),
  }),
}) as unknown as z.ZodType<SerializedContent>;

export function element(type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedElement {
  return { type, version: 1, children, direction: children.length ? 'ltr' : null, format: '', indent: 0, ...extra };
}

/** A run of text; `format` is Lexical's bit field (1 bold, 2 italic, 8 underline). */
export function text(value: string, format = 0): SerializedNode {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export type Inline = string | SerializedNode;
export const inlines = (parts: Inline[]) => parts.map((part) => (typeof part === 'string' ? text(part) : part));

export const bold = (value: string) => text(value, 1);
export const italic = (value: string) => text(value, 2);

/** Lexical records on a paragraph the format of its first run, which new text typed there inherits. */
export function paragraph(...parts: Inline[]): SerializedElement {
  const children = inlines(parts);
  const first = children.find((child) => child.type === 'text');
  return element('paragraph', children, { textFormat: typeof first?.format === 'number' ? first.format : 0, textStyle: '' });
}

export function heading(level: 1 | 2 | 3, ...parts: Inline[]): SerializedElement {
  return element('heading', inlines(parts), { tag: `h${level}` });
}

export function quote(...parts: Inline[]): SerializedElement {
  return element('quote', inlines(parts));
}

function list(listType: 'bullet' | 'number', items: Inline[][]): SerializedElement {
  const children = items.map((parts, index) => element('listitem', inlines(parts), { value: index + 1 }));
  return element('list', children, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' });
}

export const bulletList = (...items: (Inline | Inline[])[]) =>
  list('bullet', items.map((item) => (Array.isArray(item) ? item : [item])));
export const numberedList = (...items: (Inline | Inline[])[]) =>
  list('number', items.map((item) => (Array.isArray(item) ? item : [item])));

/** A document body made of the given blocks; an empty body still holds one paragraph, as Lexical expects. */
export function content(...blocks: SerializedNode[]): SerializedContent {
  const children = blocks.length ? blocks : [paragraph()];
  return { root: { ...element('root', children), type: 'root' } };
}

export const emptyContent = (): SerializedContent => content();
