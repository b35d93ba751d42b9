import { BLOCK_TYPES, variantOf, variantsOf, type BlockType } from '@shared/model/blocks';
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
      return new BlockNode(serialized.variant).updateFromJSON(serialized);
    }

    /**
     * The variant as stored or asked for; one the type does not declare (a newer Handbok's) is kept,
     * so that saving loses nothing, and shown as the type's first.
     */
    constructor(variant?: string, key?: NodeKey) {
      super(key);
      this.__variant = variant ?? variantOf(type, undefined);
    }

    override exportJSON(): SerializedBlockNode {
      return variants.length ? { ...super.exportJSON(), variant: this.__variant } : super.exportJSON();
    }

    getBlockType(): BlockType {
      return type;
    }

    override createDOM(): HTMLElement {
      const element = super.createDOM();
      if (variants.length) element.classList.add(`doc-block--${type}-${variantOf(type, this.__variant)}`);
      return element;
    }

    override updateDOM(previous: StructuredBlockNode): boolean {
      return (previous as { __variant?: string }).__variant !== this.__variant;
    }
  }
  // Named after its type, so that Lexical's messages and the developer tools tell the classes apart.
  Object.defineProperty(BlockNode, 'name', { value: `BlockNode(${type})` });
  return BlockNode;
}

/** The node class of each block type, in the order of the declarations. */
export const BLOCK_NODE_CLASSES = Object.fromEntries(BLOCK_TYPES.map((type) => [type, blockNodeClass(type)])) as Record<BlockType, Klass<StructuredBlockNode>>;

/** A new node of the block type, in the given variant (or its type's first). */
export function $createBlockNode(type: BlockType, variant?: string): StructuredBlockNode {
  const Node = BLOCK_NODE_CLASSES[type] as unknown as new (variant?: string) => StructuredBlockNode;
  return new Node(variant);
}
