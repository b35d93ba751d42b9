import { $applyNodeReplacement, ElementNode, type DOMConversionMap, type LexicalNode, type NodeKey, type SerializedElementNode } from 'lexical';

export const CHAPTER_TYPE = 'handbok-chapter';

/**
 * A run of top-level blocks of a long document (a chapter, see ../chapters.ts), held together only in
 * the editor: it is never stored, exported or copied. Grouping the blocks keeps each keystroke as cheap
 * in a 300-page handbook as in a short one, because the browser then lays out, observes and hit-tests a
 * few dozen chapters beside the one being edited instead of thousands of blocks, and Lexical reconciles
 * a chapter's children instead of the whole document's.
 *
 * It is a shadow root, so that what Lexical does "at the top level" (markdown shortcuts, lists,
 * inserted blocks) happens inside it as it would in the root.
 */
export class ChapterNode extends ElementNode {
  static override getType(): string {
    return CHAPTER_TYPE;
  }

  static override clone(node: ChapterNode): ChapterNode {
    return new ChapterNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): ChapterNode {
    return $createChapterNode().updateFromJSON(serialized);
  }

  static override importDOM(): DOMConversionMap | null {
    return null;
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'editor__chapter';
    this.sizeDOM(element);
    return element;
  }

  override updateDOM(_previous: this, element: HTMLElement): false {
    this.sizeDOM(element);
    return false;
  }

  /** How tall CSS guesses the chapter to be before it has been laid out once (see styles.css). */
  private sizeDOM(element: HTMLElement) {
    element.style.setProperty('--chapter-blocks', String(this.getChildrenSize()));
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canIndent(): false {
    return false;
  }

  /** A copy holds the blocks, never the grouping. */
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createChapterNode(): ChapterNode {
  return $applyNodeReplacement(new ChapterNode());
}

export function $isChapterNode(node: LexicalNode | null | undefined): node is ChapterNode {
  return node instanceof ChapterNode;
}
