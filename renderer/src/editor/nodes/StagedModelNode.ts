import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A staged model: ordered levels, each with a description (a dialogue ladder, a maturity model). */
export class StagedModelNode extends StructuredBlockNode {
  static override getType(): string {
    return 'staged-model';
  }

  static override clone(node: StagedModelNode): StagedModelNode {
    return new StagedModelNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): StagedModelNode {
    return new StagedModelNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'staged-model' as const;
  }
}

export function $isStagedModelNode(node: LexicalNode | null | undefined): node is StagedModelNode {
  return node instanceof StagedModelNode;
}
