import { isSafeExternalUrl } from '../url';
import { HEADING_TAGS, MAX_CONTENT_DEPTH, MAX_CONTENT_SIZE_PX, MAX_INDENT, MAX_LIST_NUMBER, MAX_TABLE_COLUMNS } from './content-limits';
import { headingLevelOfTag } from './headings';

/**
 * The bounds of the content gate (normalize-content.ts): content within content-limits.ts. What
 * cannot be repaired without losing text is refused; what can, is repaired and reported, so the user
 * is told what changed.
 */

/**
 * Content the gate refuses: nodes nested deeper than any real document (`too-deep`), a node's other
 * values nested past MAX_NESTING (`too-nested`), or a table row wider than Word's (`too-wide`).
 */
export interface BoundProblem {
  path: string;
  code: 'too-deep' | 'too-nested' | 'too-wide';
}

/**
 * What the gate changed: a number outside its bounds (a span, an indent, a list number, a width or
 * height) set to the nearest allowed value; a heading of a level Handbok does not write given the
 * level the exports print it at; CSS on text that the editor would show and no export prints (hidden
 * or invisible text) removed; a link to an unsafe address (credentials, javascript:, file:) made plain
 * text; a value a node of Handbok's own cannot be without (an image's caption, a footnote's text) left
 * out and filled in empty (normalize-content.ts).
 */
export interface ContentRepair {
  path: string;
  code: 'number-bounded' | 'heading-level' | 'style-removed' | 'unsafe-link-removed' | 'value-filled';
}

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
export const childrenOf = (node: Node): unknown[] => (Array.isArray(node.children) ? node.children : []);
const LINK_TYPES = new Set(['link', 'autolink']);

/** Where a node is, as `content.root.children.3.children.0`; beyond four levels the rest is left out (…). */
function pathOf(steps: readonly number[]): string {
  const parts = ['content.root', ...steps.slice(0, 4).map((index) => `children.${index}`)];
  return steps.length > 4 ? `${parts.join('.')}…` : parts.join('.');
}

/** The first place where content nests deeper than the bound, found without recursion. */
export function tooDeep(root: Node): BoundProblem | null {
  const stack: { node: Node; steps: number[] }[] = [{ node: root, steps: [] }];
  while (stack.length) {
    const { node, steps } = stack.pop()!;
    if (steps.length > MAX_CONTENT_DEPTH) return { path: pathOf(steps), code: 'too-deep' };
    childrenOf(node).forEach((child, index) => {
      if (isNode(child)) stack.push({ node: child, steps: [...steps, index] });
    });
  }
  return null;
}

/** A number kept within [min, max]; true when it had to change. Non-numbers are the schema's business. */
function bound(node: Node, key: string, min: number, max: number): boolean {
  const value = node[key];
  if (typeof value !== 'number' || (value >= min && value <= max)) return false;
  node[key] = Number.isNaN(value) ? min : Math.min(max, Math.max(min, Math.trunc(value)));
  return true;
}

/** Repairs one node in place (it is the gate's own copy); reports what changed. */
export function repairNode(node: Node, path: string, repairs: ContentRepair[]): BoundProblem | null {
  const bounded = (key: string, min: number, max: number) => {
    if (bound(node, key, min, max)) repairs.push({ path: `${path}.${key}`, code: 'number-bounded' });
  };
  // Handbok sets no CSS on text: any there came from elsewhere, and could hide text the export prints.
  if (typeof node.style === 'string' && node.style.trim() !== '') {
    node.style = '';
    repairs.push({ path: `${path}.style`, code: 'style-removed' });
  }
  if (typeof node.textStyle === 'string' && node.textStyle.trim() !== '') {
    node.textStyle = '';
    repairs.push({ path: `${path}.textStyle`, code: 'style-removed' });
  }
  bounded('indent', 0, MAX_INDENT);
  switch (node.type) {
    case 'heading':
      // Lexical makes an element of whatever tag it is given; the exports print levels 1–3.
      if (!(HEADING_TAGS as readonly unknown[]).includes(node.tag)) {
        node.tag = HEADING_TAGS[headingLevelOfTag(node.tag) - 1];
        repairs.push({ path: `${path}.tag`, code: 'heading-level' });
      }
      break;
    case 'list':
      bounded('start', 0, MAX_LIST_NUMBER);
      break;
    case 'listitem':
      bounded('value', 0, MAX_LIST_NUMBER);
      break;
    case 'tablerow':
      bounded('height', 0, MAX_CONTENT_SIZE_PX);
      break;
    case 'tablecell':
      bounded('width', 0, MAX_CONTENT_SIZE_PX);
      // A coloured cell can hide its text on screen (black on black) while the exports print it plainly.
      if (node.backgroundColor !== undefined && node.backgroundColor !== null) {
        node.backgroundColor = null;
        repairs.push({ path: `${path}.backgroundColor`, code: 'style-removed' });
      }
      break;
    case 'table':
      return repairTable(node, path, repairs);
  }
  return null;
}

/**
 * A table's spans and widths: the editor builds a grid cell by cell, so a span of a billion froze
 * the window. A row's column spans together are kept within Word's columns, a row span within the rows
 * that follow.
 */
function repairTable(table: Node, path: string, repairs: ContentRepair[]): BoundProblem | null {
  const rows = childrenOf(table).filter(isNode);
  for (const [rowIndex, row] of rows.entries()) {
    const cells = childrenOf(row).filter(isNode);
    if (cells.length > MAX_TABLE_COLUMNS) return { path: `${path}.children.${rowIndex}`, code: 'too-wide' };
    let columnsUsed = 0;
    cells.forEach((cell, cellIndex) => {
      const cellPath = `${path}.children.${rowIndex}.children.${cellIndex}`;
      // The row as a whole must fit Word's grid: each cell after this one needs a column of its own.
      const columnsLeft = MAX_TABLE_COLUMNS - columnsUsed - (cells.length - cellIndex - 1);
      if (bound(cell, 'colSpan', 1, columnsLeft)) repairs.push({ path: `${cellPath}.colSpan`, code: 'number-bounded' });
      columnsUsed += typeof cell.colSpan === 'number' ? cell.colSpan : 1;
      if (bound(cell, 'rowSpan', 1, rows.length - rowIndex)) repairs.push({ path: `${cellPath}.rowSpan`, code: 'number-bounded' });
    });
  }
  const widths = table.colWidths;
  if (Array.isArray(widths)) {
    const valid = widths.length <= MAX_TABLE_COLUMNS && widths.every((width) => typeof width === 'number' && width > 0 && width <= MAX_CONTENT_SIZE_PX);
    if (!valid) {
      // Without widths the editor and the exports share the page width evenly: nothing is lost.
      delete table.colWidths;
      repairs.push({ path: `${path}.colWidths`, code: 'number-bounded' });
    }
  }
  return null;
}

/** A link whose address may not leave the app is replaced by its text, in its parent's children. */
export function unwrapUnsafeLinks(parent: Node, path: string, repairs: ContentRepair[]): void {
  const children = childrenOf(parent);
  if (!children.some((child) => isNode(child) && LINK_TYPES.has(String(child.type)) && !isSafeExternalUrl(String(child.url ?? '')))) return;
  parent.children = children.flatMap((child, index) => {
    if (!isNode(child) || !LINK_TYPES.has(String(child.type)) || isSafeExternalUrl(String(child.url ?? ''))) return [child];
    repairs.push({ path: `${path}.children.${index}`, code: 'unsafe-link-removed' });
    return childrenOf(child);
  });
}

/** Repairs counted by kind, each with the first place it happened: what a message to the user names. */
export function repairSummary(repairs: readonly ContentRepair[]): { code: ContentRepair['code']; count: number; path: string }[] {
  const byCode = new Map<ContentRepair['code'], { code: ContentRepair['code']; count: number; path: string }>();
  for (const repair of repairs) {
    const entry = byCode.get(repair.code);
    if (entry) entry.count += 1;
    else byCode.set(repair.code, { code: repair.code, count: 1, path: repair.path });
  }
  return [...byCode.values()];
}
