import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** One level of a staged model. Levels number themselves. */
export class StageNode extends StructuredBlockNode {
  static override getType(): string {
    return 'stage';
  }

  static override clone(node: StageNode): StageNode {
    return new StageNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): StageNode {
    return new StageNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'stage' as const;
  }
}

export function $isStageNode(node: LexicalNode | null | undefined): node is StageNode {
  return node instanceof StageNode;
}
