import { MEMO_BUILTIN_PARTS, ownPartKey, type HeaderFact, type MemoHeaderFact, type MemoPartKey, type MemoTemplate } from '../model/memo-template';

/*
 * The edits of the template in the settings, and of the signatories' order in the memo form. Each
 * returns a new value and leaves the one it was given alone.
 */

/** The item moved one place up (-1) or down (+1); at an end, or absent, the list as it was. */
export function moveItem<T>(items: readonly T[], item: T, by: -1 | 1, same: (a: T, b: T) => boolean = Object.is): T[] {
  const list = [...items];
  const from = list.findIndex((each) => same(each, item));
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

export const movePart = (template: MemoTemplate, key: MemoPartKey, by: -1 | 1): MemoTemplate => ({ ...template, order: moveItem(template.order, key, by) });

/** A built-in part taken into the memo (at the end) or left out of it; its place in "required" stays for when it returns. */
export function includePart(template: MemoTemplate, key: MemoPartKey, included: boolean): MemoTemplate {
  const order = template.order.filter((each) => each !== key);
  return { ...template, order: included ? [...order, key] : order };
}

export function setRequired(template: MemoTemplate, key: MemoPartKey, required: boolean): MemoTemplate {
  const others = template.required.filter((each) => each !== key);
  return { ...template, required: required ? [...others, key] : others };
}

/** A part of the organisation's own, added at the end of the order; the arrows move it where it belongs. */
export const addOwnPart = (template: MemoTemplate, id: string, name: string): MemoTemplate => ({
  ...template,
  ownParts: [...template.ownParts, { id, name: name.trim() }],
  order: [...template.order, ownPartKey(id)],
});

export const renameOwnPart = (template: MemoTemplate, id: string, name: string): MemoTemplate => ({
  ...template,
  ownParts: template.ownParts.map((part) => (part.id === id ? { ...part, name } : part)),
});

/** The own part goes from the template; memos that have text in it keep the text (and print it at the end). */
export function removeOwnPart(template: MemoTemplate, id: string): MemoTemplate {
  const key = ownPartKey(id);
  return {
    ...template,
    ownParts: template.ownParts.filter((part) => part.id !== id),
    order: template.order.filter((each) => each !== key),
    required: template.required.filter((each) => each !== key),
  };
}

/** The built-in parts the template does not use, to take back in. */
export const unusedParts = (template: MemoTemplate): MemoPartKey[] => MEMO_BUILTIN_PARTS.filter((key) => !template.order.includes(key));

const sameFact = (a: HeaderFact, b: HeaderFact) => a.fact === b.fact;

export function moveFact(template: MemoTemplate, fact: MemoHeaderFact, by: -1 | 1): MemoTemplate {
  return { ...template, header: moveItem(template.header, { fact, label: '' }, by, sameFact) };
}

export function showFact(template: MemoTemplate, fact: MemoHeaderFact, shown: boolean): MemoTemplate {
  const others = template.header.filter((each) => each.fact !== fact);
  return { ...template, header: shown ? [...others, { fact, label: '' }] : others };
}

export const labelFact = (template: MemoTemplate, fact: MemoHeaderFact, label: string): MemoTemplate => ({
  ...template,
  header: template.header.map((each) => (each.fact === fact ? { ...each, label } : each)),
});
