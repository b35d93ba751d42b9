import { BLOCK_SPECS, isBlockType, isItemBlockType, type BlockFieldSpec, type BlockType } from '@shared/model/blocks';
import {
  $getEditor,
  $parseSerializedNode,
  $setDirectionFromDOM,
  ElementNode,
  getRegisteredNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { blockSettingAttributes, blockSettingsOf, HTML_MARK } from '../html-marks';

/**
 * What every structured block shares: its children are exactly the fields of its spec, in order
 * (StructuredBlocksPlugin repairs them when an edit breaks that), and it renders as a <section>.
 * Each block type is a subclass made from its declaration (block-node-classes.ts).
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

  /**
   * Copied out, a block is a <section> (an item a <div>) naming its type, holding its fields (see
   * BlockFieldNode); Word and browsers show the fields' text, another Handbok editor the block.
   */
  override exportDOM(): DOMExportOutput {
    const type = this.getBlockType();
    const element = document.createElement(isItemBlockType(type) ? 'div' : 'section');
    element.setAttribute(HTML_MARK.block, type);
    const direction = this.getDirection();
    if (direction) element.dir = direction;
    for (const [name, value] of blockSettingAttributes(this.exportJSON() as unknown as Record<string, unknown>)) element.setAttribute(name, value);
    return { element };
  }

  /**
   * Lexical calls an importDOM once per function, not once per class: every block class inherits this
   * one, so it runs for whichever registered first, and converts elements of every block type.
   */
  static override importDOM(): DOMConversionMap | null {
    const match = (element: HTMLElement) => (element.hasAttribute(HTML_MARK.block) ? { conversion: $convertBlockElement, priority: 4 as const } : null);
    return { section: match, div: match };
  }
}

/**
 * The block an element names, made by its registered class from JSON as a stored block is, so that
 * each block type (and its settings) is read by the one importJSON it has. The fields follow as the
 * element's children; StructuredBlocksPlugin adds any that a paste left out.
 */
function $convertBlockElement(element: HTMLElement): DOMConversionOutput {
  const type = element.getAttribute(HTML_MARK.block) ?? '';
  if (!isBlockType(type) || !getRegisteredNode($getEditor(), type)) return { node: null };
  const node = $parseSerializedNode({ ...blockSettingsOf(element), type, version: 1, children: [], direction: null, format: '', indent: 0 });
  return { node: $isStructuredBlockNode(node) ? $setDirectionFromDOM(node, element) : null };
}

export function $isStructuredBlockNode(node: LexicalNode | null | undefined): node is StructuredBlockNode {
  return node instanceof StructuredBlockNode;
}
