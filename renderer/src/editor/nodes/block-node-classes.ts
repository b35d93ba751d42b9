import { BLOCK_TYPES, variantsOf, type BlockType } from '@shared/model/blocks';
import type { Klass, NodeKey, SerializedElementNode } from 'lexical';
import { StructuredBlockNode } from './StructuredBlockNode';

type SerializedBlockNode = SerializedElementNode & { variant?: string };

/**
 * The node class of a block type, made from its declaration in shared/model/blocks.ts: a new block
 * type needs no class of its own. A block with variants (a callout: note or important) keeps its
 * variant, stores it in `variant` and shows it as a class, `doc-block--callout-important`.
 */
function blockNodeClass(type: BlockType): Klass<StructuredBlockNode> {
  const variants = variantsOf(type);
  class BlockNode extends StructuredBlockNode {
    __variant: string;

    static override getType(): string {
      return type;
    }

    static override clone(node: BlockNode): BlockNode {
      return new BlockNode(node.__variant, node.__key);
    }

    static override importJSON(serialized: SerializedBlockNode): BlockNode {
      // A variant this version does not declare opens as the first; the gate has already named it.
      const variant = variants.includes(serialized.variant ?? '') ? serialized.variant! : variants[0];
      return new BlockNode(variant).updateFromJSON(serialized);
    }

    constructor(variant = variants[0] ?? '', key?: NodeKey) {
      super(key);
      this.__variant = variant;
    }

    override exportJSON(): SerializedBlockNode {
      return variants.length ? { ...super.exportJSON(), variant: this.__variant } : super.exportJSON();
    }

    getBlockType(): BlockType {
      return type;
    }

    /** The block's variant, or '' for a type without variants. */
    getVariant(): string {
      return this.getLatest().__variant;
    }

    override createDOM(): HTMLElement {
      const element = super.createDOM();
      if (variants.length) element.classList.add(`doc-block--${type}-${this.__variant}`);
      return element;
    }

    override updateDOM(previous: StructuredBlockNode): boolean {
      return (previous as { __variant?: string }).__variant !== this.__variant;
    }
  }
  return BlockNode;
}

/** The node class of each block type, in the order of the declarations. */
export const BLOCK_NODE_CLASSES = Object.fromEntries(BLOCK_TYPES.map((type) => [type, blockNodeClass(type)])) as Record<BlockType, Klass<StructuredBlockNode>>;

/** A new node of the block type, in the given variant (or its type's first). */
export function $createBlockNode(type: BlockType, variant?: string): StructuredBlockNode {
  const Node = BLOCK_NODE_CLASSES[type] as unknown as new (variant?: string) => StructuredBlockNode;
  return new Node(variant);
}
