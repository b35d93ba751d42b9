import type { PdfFile } from './raw/file';
import { isName, PdfDict, PdfRef, type PdfValue } from './raw/objects';

/** A structure element as the checker sees it: its standard role, its page, its element kids. */
export interface StructureElement {
  dict: PdfDict;
  /** The indirect object it is, unless it stands inline in its parent. */
  ref: PdfRef | undefined;
  /** The role after the role map, e.g. "H1", "LI". */
  role: string;
  /** The page (from 1) its content starts on, where that can be told. */
  page: number | undefined;
  kids: StructureElement[];
  parent: StructureElement | undefined;
}

const MAX_ELEMENTS = 2_000_000;

/**
 * The structure tree of a tagged PDF, read without recursion (deep trees from other writers must
 * not overflow the stack). Each element's page is its own /Pg, else its first kid's.
 */
export function readStructure(file: PdfFile): StructureElement[] {
  const root = file.dict(file.catalog.get('StructTreeRoot'));
  if (!root) return [];
  const roleMap = file.dict(root.get('RoleMap'));
  const pageNumbers = new Map(file.pages().map(({ ref }, index) => [ref.num, index + 1]));
  const pageOf = (value: PdfValue | undefined) => (value instanceof PdfRef ? pageNumbers.get(value.num) : undefined);
  const roleOf = (dict: PdfDict) => {
    const type = dict.get('S');
    let name = isName(type) ? type.name : '';
    // Role maps may chain; a cycle ends after a few steps.
    for (let step = 0; step < 8; step += 1) {
      const mapped = roleMap?.get(name);
      if (!isName(mapped)) break;
      name = mapped.name;
    }
    return name;
  };

  const all: StructureElement[] = [];
  const seen = new Set<number>();
  const top: StructureElement[] = [];
  const queue: { value: PdfValue; parent: StructureElement | undefined }[] = file.array(root.get('K')).map((value) => ({ value, parent: undefined }));
  // Depth first, in document order: a stack holding kids in reverse.
  queue.reverse();
  while (queue.length && all.length < MAX_ELEMENTS) {
    const { value, parent } = queue.pop()!;
    if (value instanceof PdfRef) {
      if (seen.has(value.num)) continue;
      seen.add(value.num);
    }
    // Content (an MCID, a marked-content or object reference) gives its page to the elements above it that have none yet.
    const content = typeof value === 'number' ? new PdfDict() : file.dict(value);
    if (!content) continue;
    if (typeof value === 'number' || isName(content.get('Type'), 'MCR') || isName(content.get('Type'), 'OBJR')) {
      let page = pageOf(content.get('Pg'));
      for (let up = parent; up && page === undefined; up = up.parent) page = pageOf(up.dict.get('Pg'));
      for (let up = parent; up && up.page === undefined; up = up.parent) up.page = page;
      continue;
    }
    const dict = content;
    if (!dict.has('S')) continue;
    const element: StructureElement = { dict, ref: value instanceof PdfRef ? value : undefined, role: roleOf(dict), page: pageOf(dict.get('Pg')), kids: [], parent };
    all.push(element);
    if (parent) parent.kids.push(element);
    else top.push(element);
    if (element.page !== undefined) for (let up = parent; up && up.page === undefined; up = up.parent) up.page = element.page;
    const kids = file.array(dict.get('K'));
    for (let index = kids.length - 1; index >= 0; index -= 1) queue.push({ value: kids[index]!, parent: element });
  }
  return all;
}
