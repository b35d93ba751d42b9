import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

/** A method guide (PDCA, PUFF …): its name, purpose, when to use it, its steps and its tools. */
export class MethodGuideNode extends StructuredBlockNode {
  static override getType(): string {
    return 'method-guide';
  }

  static override clone(node: MethodGuideNode): MethodGuideNode {
    return new MethodGuideNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): MethodGuideNode {
    return new MethodGuideNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  getBlockType() {
    return 'method-guide' as const;
  }
}

export function $isMethodGuideNode(node: LexicalNode | null | undefined): node is MethodGuideNode {
  return node instanceof MethodGuideNode;
}
