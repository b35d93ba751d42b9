import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FOOTNOTE_TYPE, type SerializedFootnote } from '@shared/model/rich-nodes';
import { $getNodeByKey, DecoratorNode, type DOMConversionMap, type DOMExportOutput, type LexicalNode, type NodeKey } from 'lexical';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FootnoteDialog } from '../dialogs/FootnoteDialog';
import { HTML_MARK } from '../html-marks';

/**
 * A footnote: its number stands in the text, its text is kept on the node. The numbers follow document
 * order; FootnotesPlugin writes them on the elements (CSS counters do not cross the containment that
 * keeps long documents fast).
 */
export class FootnoteNode extends DecoratorNode<JSX.Element> {
  __text: string;

  static override getType(): string {
    return FOOTNOTE_TYPE;
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__text, node.__key);
  }

  static override importJSON(serialized: SerializedFootnote): FootnoteNode {
    return new FootnoteNode(serialized.text);
  }

  constructor(text = '', key?: NodeKey) {
    super(key);
    this.__text = text;
  }

  override exportJSON(): SerializedFootnote {
    return { type: FOOTNOTE_TYPE, version: 1, text: this.__text };
  }

  getText(): string {
    return this.getLatest().__text;
  }

  setText(text: string): this {
    const writable = this.getWritable();
    writable.__text = text;
    return writable;
  }

  override isInline(): true {
    return true;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('sup');
    element.className = 'footnote';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  /** The footnote's text is not part of the sentence it stands in (LIX, search, word counts). */
  override getTextContent(): string {
    return '';
  }

  /**
   * Copied out, a footnote is its text in brackets, raised where its number stands: the numbers are
   * counted over the whole document, which a copied piece is not, and outside Handbok the text would
   * otherwise be lost. The attribute keeps the text exactly, brackets aside.
   */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('sup');
    const text = this.getText();
    element.setAttribute(HTML_MARK.footnote, text);
    element.textContent = `[${text}]`;
    return { element };
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      sup: (element) =>
        element.hasAttribute(HTML_MARK.footnote)
          ? { conversion: (sup) => ({ node: $createFootnoteNode(sup.getAttribute(HTML_MARK.footnote) ?? '') }), priority: 4 }
          : null,
    };
  }

  override decorate(): JSX.Element {
    return <FootnoteMark nodeKey={this.__key} text={this.__text} />;
  }
}

function FootnoteMark({ nodeKey, text }: { nodeKey: NodeKey; text: string }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button
        type="button"
        className="footnote__mark"
        title={text}
        aria-label={t('editor.footnoteMark', { text })}
        disabled={!editor.isEditable()}
        onClick={() => setEditing(true)}
      />
      {editing && (
        <FootnoteDialog
          initialText={text}
          onClose={() => setEditing(false)}
          onSubmit={(next) => {
            setEditing(false);
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if ($isFootnoteNode(node)) node.setText(next);
            });
          }}
        />
      )}
    </>
  );
}

export function $createFootnoteNode(text: string): FootnoteNode {
  return new FootnoteNode(text);
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
