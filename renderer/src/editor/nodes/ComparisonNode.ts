import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A comparison: a table whose header row names what is compared and whose rows are the contrasts. */
export class ComparisonNode extends StructuredBlockNode {
  static override getType(): string {
    return 'comparison';
  }

  static override clone(node: ComparisonNode): ComparisonNode {
    return new ComparisonNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): ComparisonNode {
    return new ComparisonNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'comparison' as const;
  }
}

export function $isComparisonNode(node: LexicalNode | null | undefined): node is ComparisonNode {
  return node instanceof ComparisonNode;
}
