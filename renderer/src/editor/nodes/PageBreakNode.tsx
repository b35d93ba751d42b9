import { PAGE_BREAK_TYPE, type SerializedPageBreak } from '@shared/model/rich-nodes';
import { DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

/** A manual page break: the exports start a new page here; on screen it is a labelled rule. */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static override getType(): string {
    return PAGE_BREAK_TYPE;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(_serialized: SerializedPageBreak): PageBreakNode {
    return new PageBreakNode();
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override exportJSON(): SerializedPageBreak {
    return { type: PAGE_BREAK_TYPE, version: 1 };
  }

  override isInline(): false {
    return false;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'page-break';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): JSX.Element {
    return <PageBreakView />;
  }
}

function PageBreakView() {
  const { t } = useTranslation();
  return (
    <div className="page-break__rule" role="separator" aria-label={t('editor.pageBreak')} contentEditable={false}>
      <span>{t('editor.pageBreak')}</span>
    </div>
  );
}

export function $createPageBreakNode(): PageBreakNode {
  return new PageBreakNode();
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
