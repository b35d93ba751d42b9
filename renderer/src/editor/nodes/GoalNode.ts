import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** One goal of a goal list, with how it is measured (indicator) and what counts as reached (target). */
export class GoalNode extends StructuredBlockNode {
  static override getType(): string {
    return 'goal';
  }

  static override clone(node: GoalNode): GoalNode {
    return new GoalNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): GoalNode {
    return new GoalNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'goal' as const;
  }
}

export function $isGoalNode(node: LexicalNode | null | undefined): node is GoalNode {
  return node instanceof GoalNode;
}
