import { isSafeExternalUrl } from '@shared/url';
import type { SerializedLexicalNode } from 'lexical';
import { flattenTooDeep, type TreeAccess } from './depth';

/**
 * Lexical's own clipboard format (`application/x-lexical-editor`), as it arrives: JSON that Handbok
 * writes when a writer copies, but that any web page can also write. It keeps block types, so a block
 * copied from one document into another stays a block; it is read here as input like any other:
 * - text runs and blocks lose their CSS (`style`, `textStyle`): the editor applies it and the exporters
 *   do not, so `display:none` or white on white would hide from the reviewer text that is then printed;
 * - a link that may not be opened (credentials, `javascript:`, `file:`) becomes its text;
 * - a node type the editor does not know makes the payload unusable (the paste then takes the
 *   HTML or plain text that came with it), as does anything that is not Lexical's shape.
 */
export const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

export interface ClipboardNode extends SerializedLexicalNode {
  children?: ClipboardNode[];
  style?: string;
  textStyle?: string;
  url?: string;
}

const LINK_TYPES = new Set(['link', 'autolink']);

export const CLIPBOARD_TREE: TreeAccess<ClipboardNode> = {
  children: (node) => (Array.isArray(node.children) ? node.children : null),
  isInline: (node) => LINK_TYPES.has(node.type),
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The nodes of a Lexical clipboard payload, cleaned as described above, or null when the payload is
 * not one this editor can take (another editor's namespace, an unknown node type, not JSON).
 */
export function readLexicalClipboard(data: string, options: { namespace: string; knownTypes: ReadonlySet<string> }): ClipboardNode[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(payload) || payload.namespace !== options.namespace || !Array.isArray(payload.nodes)) return null;
  const top: ClipboardNode[] = [];
  // Each entry: a list of nodes still to clean, and the list their cleaned versions go into. Without
  // recursion: the payload may nest thousands of levels deep.
  const work: { pending: unknown[]; into: ClipboardNode[] }[] = [{ pending: [...payload.nodes].reverse(), into: top }];
  while (work.length) {
    const { pending, into } = work.pop()!;
    while (pending.length) {
      const node = pending.pop();
      if (!isObject(node) || typeof node.type !== 'string' || !options.knownTypes.has(node.type)) return null;
      if ('children' in node && !Array.isArray(node.children)) return null;
      const children = node.children as unknown[] | undefined;
      if (LINK_TYPES.has(node.type) && !(typeof node.url === 'string' && isSafeExternalUrl(node.url))) {
        // An unsafe link gives way to its text, in its place.
        for (let index = (children ?? []).length - 1; index >= 0; index -= 1) pending.push(children![index]);
        continue;
      }
      const clean = { ...node } as unknown as ClipboardNode;
      if ('style' in clean) clean.style = '';
      if ('textStyle' in clean) clean.textStyle = '';
      into.push(clean);
      if (children) {
        clean.children = [];
        // The rest of this list waits until the children are done (the stack keeps the order).
        work.push({ pending, into });
        work.push({ pending: [...children].reverse(), into: clean.children });
        break;
      }
    }
  }
  return top;
}

/** Leaves that belong in a line of text; images and page breaks deeper than the bound do not follow. */
const LINE_LEAVES = new Set(['text', 'linebreak', 'tab']);

/** A paragraph holding a line's runs, in the serialized shape Lexical reads; null for a line without any. */
function serializedParagraph(leaves: ClipboardNode[]): ClipboardNode | null {
  const children = leaves.filter((leaf) => LINE_LEAVES.has(leaf.type));
  if (!children.length) return null;
  return { type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' } as ClipboardNode;
}

/** The payload's nodes, none reaching deeper than `maxDepth` (see flattenTooDeep). */
export function boundClipboardDepth(nodes: ClipboardNode[], maxDepth: number): ClipboardNode[] {
  return flattenTooDeep(nodes, maxDepth, CLIPBOARD_TREE, serializedParagraph);
}
