import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { BLOCK_NODE_CLASSES } from './blocks';
import { BlockFieldNode } from './nodes/BlockFieldNode';
import { ChapterNode } from './nodes/ChapterNode';
import { FootnoteNode } from './nodes/FootnoteNode';
import { ImageNode } from './nodes/ImageNode';
import { PageBreakNode } from './nodes/PageBreakNode';
import { ReferenceNode } from './nodes/ReferenceNode';
import { UnknownNode } from './nodes/UnknownNode';

/** Every node type the editor registers, besides Lexical's own. */
export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  BlockFieldNode,
  ...Object.values(BLOCK_NODE_CLASSES),
  ReferenceNode,
  ImageNode,
  FootnoteNode,
  PageBreakNode,
  UnknownNode,
  ChapterNode,
];

/** Lexical registers these itself in every editor. */
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'];

/** Node types the editor can load; anything else is carried by an UnknownNode. */
export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set([...CORE_TYPES, ...EDITOR_NODES.map((node) => node.getType())]);

/**
 * The nodes of a small rich-text field (a memo part): paragraphs, lists, links, sub-headings and
 * footnotes, and the placeholder that carries a node this Handbok does not know. Nothing else is
 * registered, so a paste can only bring what such a field holds (a table pasted from Word arrives as
 * its text).
 */
export const FIELD_NODES: Klass<LexicalNode>[] = [HeadingNode, ListNode, ListItemNode, LinkNode, FootnoteNode, UnknownNode];

export const FIELD_NODE_TYPES: ReadonlySet<string> = new Set([...CORE_TYPES, ...FIELD_NODES.map((node) => node.getType())]);
