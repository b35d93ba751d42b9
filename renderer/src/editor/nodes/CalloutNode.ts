import type { CalloutVariant } from '@shared/model/blocks';
import type { LexicalNode, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

type SerializedCalloutNode = SerializedElementNode & { variant: CalloutVariant };

/** A callout: a note, or something important, set apart from the text around it. */
export class CalloutNode extends StructuredBlockNode {
  __variant: CalloutVariant;

  static override getType(): string {
    return 'callout';
  }

  static override clone(node: CalloutNode): CalloutNode {
    return new CalloutNode(node.__variant, node.__key);
  }

  static override importJSON(serialized: SerializedCalloutNode): CalloutNode {
    return new CalloutNode(serialized.variant === 'important' ? 'important' : 'note').updateFromJSON(serialized);
  }

  constructor(variant: CalloutVariant = 'note', key?: NodeKey) {
    super(key);
    this.__variant = variant;
  }

  override exportJSON(): SerializedCalloutNode {
    return { ...super.exportJSON(), variant: this.__variant };
  }

  getBlockType() {
    return 'callout' as const;
  }

  getVariant(): CalloutVariant {
    return this.getLatest().__variant;
  }

  override createDOM(): HTMLElement {
    const element = super.createDOM();
    element.classList.add(`doc-block--callout-${this.__variant}`);
    return element;
  }

  override updateDOM(previous: StructuredBlockNode): boolean {
    return previous instanceof CalloutNode && previous.__variant !== this.__variant;
  }
}

export function $isCalloutNode(node: LexicalNode | null | undefined): node is CalloutNode {
  return node instanceof CalloutNode;
}
