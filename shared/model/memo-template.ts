import { z } from 'zod';

/**
 * The organisation's template for its tjänsteskrivelse: which parts stand below the title and in what
 * order, which of them must be filled in, the word at the top ("TJÄNSTESKRIVELSE", Stockholm's
 * "TJÄNSTEUTLÅTANDE"), the facts of the header with their labels, and how the proposal is set. An
 * organisation stored before templates has none, and its memos keep the layout of that time
 * (DEFAULT_MEMO_TEMPLATE). Nothing here may import ./memo, which imports this module.
 */

/**
 * The parts Handbok knows, each drawn in its own way: the remiss a remissvar answers, the text parts,
 * the assessments (as one block, in the order of the settings), the proposal, who gets the decision,
 * the signatures and the attachments.
 */
export const MEMO_BUILTIN_PARTS = ['remiss', 'summary', 'description', 'opinion', 'assessments', 'proposal', 'sendTo', 'signatures', 'attachments'] as const;
export type MemoBuiltinPart = (typeof MEMO_BUILTIN_PARTS)[number];

/** A part of the organisation's own ("Omedelbar justering"): a heading and a text, stored in the memo under its id. */
export const ownPartSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().default(''),
});
export type OwnPart = z.infer<typeof ownPartSchema>;

/** A place in the template's order: a built-in part, or an own part as `own:<id>`. */
export type MemoPartKey = MemoBuiltinPart | `own:${string}`;
export const ownPartKey = (id: string): MemoPartKey => `own:${id}`;
export const ownPartId = (key: MemoPartKey): string | null => (key.startsWith('own:') ? key.slice(4) : null);

/** The facts of the memo's header. */
export const MEMO_HEADER_FACTS = ['date', 'registryNumber', 'officer', 'recipient'] as const;
export type MemoHeaderFact = (typeof MEMO_HEADER_FACTS)[number];
export const headerFactSchema = z.looseObject({
  fact: z.enum(MEMO_HEADER_FACTS),
  /** The label in front of the fact; empty: the usual one. */
  label: z.string().default(''),
});
export type HeaderFact = z.infer<typeof headerFactSchema>;

/** The proposal's sub-heading per body ("Förslag till beslut i kommunfullmäktige"): always, or only when there are several bodies. */
export const PROPOSAL_HEADINGS = ['always', 'several'] as const;

/** Each known key once, in the order given; an unknown one (a typo, a newer Handbok) is dropped, not fatal. */
const partKeysSchema = z
  .array(z.string())
  .transform((keys) => [...new Set(keys)].filter((key): key is MemoPartKey => (MEMO_BUILTIN_PARTS as readonly string[]).includes(key) || /^own:.+/.test(key)));

export const DEFAULT_PART_ORDER: readonly MemoPartKey[] = MEMO_BUILTIN_PARTS;
/** What a memo of the time before templates could not go to decision without. */
export const DEFAULT_REQUIRED_PARTS: readonly MemoPartKey[] = ['remiss', 'description', 'opinion', 'assessments', 'proposal', 'signatures'];
export const DEFAULT_HEADER_FACTS: readonly HeaderFact[] = MEMO_HEADER_FACTS.map((fact) => ({ fact, label: '' }));

export const memoTemplateSchema = z.looseObject({
  /** The word at the top, as written in running text ("Tjänsteutlåtande"); the header prints it in capitals. */
  kindWord: z.string().catch('Tjänsteskrivelse').default('Tjänsteskrivelse'),
  order: partKeysSchema.catch([...DEFAULT_PART_ORDER]).default([...DEFAULT_PART_ORDER]),
  ownParts: z.array(ownPartSchema).catch([]).default([]),
  required: partKeysSchema.catch([...DEFAULT_REQUIRED_PARTS]).default([...DEFAULT_REQUIRED_PARTS]),
  header: z
    .array(headerFactSchema)
    // Each fact once: the first of a repeated one stands.
    .transform((facts) => facts.filter((each, index) => facts.findIndex((other) => other.fact === each.fact) === index))
    .catch([...DEFAULT_HEADER_FACTS])
    .default([...DEFAULT_HEADER_FACTS]),
  /** The handläggare's title, phone and e-mail each on a line of its own, not after the name. */
  officerOnLines: z.boolean().catch(false).default(false),
  proposalHeadings: z.enum(PROPOSAL_HEADINGS).catch('several').default('several'),
  /** A proposal of one point numbered "1." or not. */
  numberSinglePoint: z.boolean().catch(true).default(true),
});
export type MemoTemplate = z.infer<typeof memoTemplateSchema>;

export const DEFAULT_MEMO_TEMPLATE: MemoTemplate = memoTemplateSchema.parse({});

/**
 * The parts in print order: the template's, each once, an own part only while the template still
 * has it. A part the template leaves out but that the memo has text in is kept at the end, so that
 * nothing written disappears from the export because the template changed.
 */
export function templateOrder(template: MemoTemplate, hasText: (key: MemoPartKey) => boolean = () => false): MemoPartKey[] {
  const ownIds = new Set(template.ownParts.map((part) => part.id));
  const order = template.order.filter((key) => {
    const own = ownPartId(key);
    return own === null || ownIds.has(own);
  });
  const left: MemoPartKey[] = [...MEMO_BUILTIN_PARTS, ...template.ownParts.map((part) => ownPartKey(part.id))].filter((key) => !order.includes(key) && hasText(key));
  return [...order, ...left];
}
