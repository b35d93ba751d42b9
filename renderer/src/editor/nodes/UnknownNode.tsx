import type { SerializedNode } from '@shared/model/content';
import { UNKNOWN_NODE_TYPE, type SerializedUnknownNode } from '@shared/model/unknown-nodes';
import { DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Stands in for a stored node this editor does not know, keeping it exactly as it was (see
 * shared/model/unknown-nodes.ts). It cannot be edited, only moved or deleted with the text around it.
 */
export class UnknownNode extends DecoratorNode<JSX.Element> {
  __original: SerializedNode;
  __inline: boolean;

  static override getType(): string {
    return UNKNOWN_NODE_TYPE;
  }

  static override clone(node: UnknownNode): UnknownNode {
    return new UnknownNode(node.__original, node.__inline, node.__key);
  }

  static override importJSON(serialized: SerializedUnknownNode): UnknownNode {
    return $createUnknownNode(serialized.original, serialized.inline);
  }

  constructor(original: SerializedNode, inline: boolean, key?: NodeKey) {
    super(key);
    this.__original = original;
    this.__inline = inline;
  }

  override exportJSON(): SerializedUnknownNode {
    return { type: UNKNOWN_NODE_TYPE, version: 1, original: this.__original, inline: this.__inline };
  }

  override isInline(): boolean {
    return this.__inline;
  }

  override createDOM(): HTMLElement {
    return document.createElement(this.__inline ? 'span' : 'div');
  }

  override updateDOM(): false {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <UnknownContent type={this.__original.type} inline={this.__inline} />;
  }
}

function UnknownContent({ type, inline }: { type: string; inline: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={inline ? 'unknown-node unknown-node--inline' : 'unknown-node'} role="note" contentEditable={false}>
      {t('editor.unknownNode', { type })}
    </span>
  );
}

export function $createUnknownNode(original: SerializedNode, inline: boolean): UnknownNode {
  return new UnknownNode(original, inline);
}

export function $isUnknownNode(node: LexicalNode | null | undefined): node is UnknownNode {
  return node instanceof UnknownNode;
}
