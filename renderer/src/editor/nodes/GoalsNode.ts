import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A list of goals, each with an optional indicator and target value. */
export class GoalsNode extends StructuredBlockNode {
  static override getType(): string {
    return 'goals';
  }

  static override clone(node: GoalsNode): GoalsNode {
    return new GoalsNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): GoalsNode {
    return new GoalsNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'goals' as const;
  }
}

export function $isGoalsNode(node: LexicalNode | null | undefined): node is GoalsNode {
  return node instanceof GoalsNode;
}
