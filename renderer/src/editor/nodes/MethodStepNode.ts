import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** One step of a method guide: a title and guidance. Steps number themselves. */
export class MethodStepNode extends StructuredBlockNode {
  static override getType(): string {
    return 'method-step';
  }

  static override clone(node: MethodStepNode): MethodStepNode {
    return new MethodStepNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): MethodStepNode {
    return new MethodStepNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'method-step' as const;
  }
}

export function $isMethodStepNode(node: LexicalNode | null | undefined): node is MethodStepNode {
  return node instanceof MethodStepNode;
}
