import type { SerializedElementNode, LexicalNode, NodeKey } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A principle: a short title and its explanation. Consecutive principles number themselves. */
export class PrincipleNode extends StructuredBlockNode {
  static override getType(): string {
    return 'principle';
  }

  static override clone(node: PrincipleNode): PrincipleNode {
    return new PrincipleNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): PrincipleNode {
    return new PrincipleNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'principle' as const;
  }
}

export function $isPrincipleNode(node: LexicalNode | null | undefined): node is PrincipleNode {
  return node instanceof PrincipleNode;
}
