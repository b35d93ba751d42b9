import { BLOCK_SPECS, isItemBlockType, type BlockFieldSpec, type BlockType } from '@shared/model/blocks';
import { ElementNode, type LexicalNode, type RangeSelection } from 'lexical';

/**
 * What every structured block shares: its children are exactly the fields of its spec, in order
 * (StructuredBlocksPlugin repairs them when an edit breaks that), and it renders as a <section>.
 * Each block type is its own subclass, in its own file.
 */
export abstract class StructuredBlockNode extends ElementNode {
  abstract getBlockType(): BlockType;

  getFieldSpecs(): readonly BlockFieldSpec[] {
    return BLOCK_SPECS[this.getBlockType()];
  }

  isItem(): boolean {
    return isItemBlockType(this.getBlockType());
  }

  /** A block is a <section>; an item (a step, a goal) a <div> inside its block. */
  override createDOM(): HTMLElement {
    const type = this.getBlockType();
    const element = document.createElement(isItemBlockType(type) ? 'div' : 'section');
    element.className = isItemBlockType(type) ? `doc-item doc-item--${type}` : `doc-block doc-block--${type}`;
    return element;
  }

  override updateDOM(_previous: StructuredBlockNode): boolean {
    return false;
  }

  override canIndent(): false {
    return false;
  }

  /** Backspace at the start of a block leaves it whole; deleting a block is a selection of it. */
  override collapseAtStart(_selection: RangeSelection): boolean {
    return true;
  }

  override isShadowRoot(): boolean {
    return false;
  }
}

export function $isStructuredBlockNode(node: LexicalNode | null | undefined): node is StructuredBlockNode {
  return node instanceof StructuredBlockNode;
}
