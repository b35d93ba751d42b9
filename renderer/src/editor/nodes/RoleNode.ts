import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A role and its responsibilities: who (Chefer), the lead-in, and what they are responsible for. */
export class RoleNode extends StructuredBlockNode {
  static override getType(): string {
    return 'role';
  }

  static override clone(node: RoleNode): RoleNode {
    return new RoleNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): RoleNode {
    return new RoleNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'role' as const;
  }
}

export function $isRoleNode(node: LexicalNode | null | undefined): node is RoleNode {
  return node instanceof RoleNode;
}
