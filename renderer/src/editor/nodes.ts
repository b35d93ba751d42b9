import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { BlockFieldNode } from './nodes/BlockFieldNode';
import { CalloutNode } from './nodes/CalloutNode';
import { DefinitionNode } from './nodes/DefinitionNode';
import { PrincipleNode } from './nodes/PrincipleNode';
import { RoleNode } from './nodes/RoleNode';
import { UnknownNode } from './nodes/UnknownNode';

/** Every node type the editor registers, besides Lexical's own. */
export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  BlockFieldNode,
  PrincipleNode,
  DefinitionNode,
  CalloutNode,
  RoleNode,
  UnknownNode,
];

/** Lexical registers these itself in every editor. */
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'];

/** Node types the editor can load; anything else is carried by an UnknownNode. */
export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set([...CORE_TYPES, ...EDITOR_NODES.map((node) => node.getType())]);
