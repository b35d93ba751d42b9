import { content, type SerializedNode } from '@shared/model/content';
import { contentPlainText } from '@shared/model/tree';
import { tooDeeplyNested } from '@shared/model/nesting';
import { UNKNOWN_NODE_TYPE, type SerializedUnknownNode } from '@shared/model/unknown-nodes';
import { $getEditor, DecoratorNode, getRegisteredNode, type DOMConversionMap, type DOMConversionOutput, type DOMExportOutput, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_MARK } from '../html-marks';

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

  /**
   * Copied out, the node this one carries travels whole, as JSON in an attribute, so that a paste into
   * another Handbok keeps it as stored; Word and browsers show the text it holds, if any.
   */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement(this.__inline ? 'span' : 'div');
    element.setAttribute(HTML_MARK.unknown, JSON.stringify(this.__original));
    element.textContent = contentPlainText(content(this.__original));
    return { element };
  }

  static override importDOM(): DOMConversionMap | null {
    const match = (element: HTMLElement) => (element.hasAttribute(HTML_MARK.unknown) ? { conversion: $convertUnknown, priority: 4 as const } : null);
    return { div: match, span: match };
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

/**
 * Only a node that this editor does not know is carried again. Anything else in the attribute (a link
 * or a paragraph, written by hand) would be stored as it stands and, when the document is next opened,
 * loaded as that node, past everything that cleans a paste.
 */
function $convertUnknown(element: HTMLElement): DOMConversionOutput {
  let original: unknown;
  try {
    original = JSON.parse(element.getAttribute(HTML_MARK.unknown) ?? '');
  } catch {
    return { node: null };
  }
  if (typeof original !== 'object' || original === null || Array.isArray(original) || tooDeeplyNested(original) !== null) return { node: null };
  const { type, version } = original as Partial<SerializedNode>;
  if (typeof type !== 'string' || !type || getRegisteredNode($getEditor(), type) || !Number.isInteger(version) || (version as number) < 0) return { node: null };
  return { node: $createUnknownNode(original as SerializedNode, element.tagName === 'SPAN') };
}

export function $createUnknownNode(original: SerializedNode, inline: boolean): UnknownNode {
  return new UnknownNode(original, inline);
}

export function $isUnknownNode(node: LexicalNode | null | undefined): node is UnknownNode {
  return node instanceof UnknownNode;
}
