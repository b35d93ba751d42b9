import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** An annual cycle (årshjul): what happens in each month of the year. */
export class AnnualCycleNode extends StructuredBlockNode {
  static override getType(): string {
    return 'annual-cycle';
  }

  static override clone(node: AnnualCycleNode): AnnualCycleNode {
    return new AnnualCycleNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): AnnualCycleNode {
    return new AnnualCycleNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'annual-cycle' as const;
  }
}

export function $isAnnualCycleNode(node: LexicalNode | null | undefined): node is AnnualCycleNode {
  return node instanceof AnnualCycleNode;
}
