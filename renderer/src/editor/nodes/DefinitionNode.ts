import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A definition: a term, what it means, and where the definition comes from. */
export class DefinitionNode extends StructuredBlockNode {
  static override getType(): string {
    return 'definition';
  }

  static override clone(node: DefinitionNode): DefinitionNode {
    return new DefinitionNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): DefinitionNode {
    return new DefinitionNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'definition' as const;
  }
}

export function $isDefinitionNode(node: LexicalNode | null | undefined): node is DefinitionNode {
  return node instanceof DefinitionNode;
}
