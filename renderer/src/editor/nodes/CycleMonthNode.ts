import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** One month of an annual cycle and its activities. */
export class CycleMonthNode extends StructuredBlockNode {
  static override getType(): string {
    return 'cycle-month';
  }

  static override clone(node: CycleMonthNode): CycleMonthNode {
    return new CycleMonthNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): CycleMonthNode {
    return new CycleMonthNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'cycle-month' as const;
  }
}

export function $isCycleMonthNode(node: LexicalNode | null | undefined): node is CycleMonthNode {
  return node instanceof CycleMonthNode;
}
