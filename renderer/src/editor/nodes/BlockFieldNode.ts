import { BLOCK_FIELD_TYPE } from '@shared/model/blocks';

/** The stored form, declared with its zod schema in shared/model/blocks.ts. */
type SerializedBlockFieldNode = SerializedElementNode & { field: string; multiline: boolean };
import {
  $setDirectionFromDOM,
  ElementNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { fieldSpecOf, HTML_MARK } from '../html-marks';

/**
 * One field of a structured block (a principle's title, a definition's source). A one-line field holds
 * text like a paragraph; a multi-line field is a shadow root holding paragraphs and lists, so that
 * Enter, lists and deletion work inside it without leaking out of the block.
 */
export class BlockFieldNode extends ElementNode {
  __field: string;
  __multiline: boolean;

  static override getType(): string {
    return BLOCK_FIELD_TYPE;
  }

  static override clone(node: BlockFieldNode): BlockFieldNode {
    return new BlockFieldNode(node.__field, node.__multiline, node.__key);
  }

  static override importJSON(serialized: SerializedBlockFieldNode): BlockFieldNode {
    return new BlockFieldNode(serialized.field, serialized.multiline === true).updateFromJSON(serialized);
  }

  constructor(field = '', multiline = false, key?: NodeKey) {
    super(key);
    this.__field = field;
    this.__multiline = multiline;
  }

  override exportJSON(): SerializedBlockFieldNode {
    return { ...super.exportJSON(), field: this.__field, multiline: this.__multiline };
  }

  getField(): string {
    return this.getLatest().__field;
  }

  isMultiline(): boolean {
    return this.getLatest().__multiline;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = `doc-field doc-field--${this.__field}`;
    return element;
  }

  override updateDOM(previous: BlockFieldNode): boolean {
    return previous.__field !== this.__field || previous.__multiline !== this.__multiline;
  }

  override isShadowRoot(): boolean {
    return this.__multiline;
  }

  /** Backspace at the start of a field never merges it into the field or block before it. */
  override collapseAtStart(_selection: RangeSelection): boolean {
    return true;
  }

  override canIndent(): false {
    return false;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  /** Copied out, a field is a <div> naming it, inside its block's element (see StructuredBlockNode). */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.setAttribute(HTML_MARK.field, this.getField());
    const direction = this.getDirection();
    if (direction) element.dir = direction;
    return { element };
  }

  static override importDOM(): DOMConversionMap | null {
    return { div: (element) => (element.hasAttribute(HTML_MARK.field) ? { conversion: $convertFieldElement, priority: 4 } : null) };
  }
}

/**
 * Whether a field holds one line or blocks is read from its block's spec, not from the HTML: a paste
 * cannot make a title hold paragraphs.
 */
function $convertFieldElement(element: HTMLElement): DOMConversionOutput {
  const spec = fieldSpecOf(element);
  return { node: spec ? $setDirectionFromDOM(new BlockFieldNode(spec.name, spec.multiline), element) : null };
}

export function $createBlockFieldNode(field: string, multiline: boolean): BlockFieldNode {
  return new BlockFieldNode(field, multiline);
}

export function $isBlockFieldNode(node: LexicalNode | null | undefined): node is BlockFieldNode {
  return node instanceof BlockFieldNode;
}
