import { PAGE_BREAK_TYPE, type SerializedPageBreak } from '@shared/model/rich-nodes';
import { DecoratorNode, type DOMConversionMap, type DOMExportOutput, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_MARK } from '../html-marks';

/** A manual page break: the exports start a new page here; on screen it is a labelled rule. */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static override getType(): string {
    return PAGE_BREAK_TYPE;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(serialized: SerializedPageBreak): PageBreakNode {
    // updateFromJSON takes the node state (the block id of shared/model/block-ids.ts).
    return new PageBreakNode().updateFromJSON(serialized);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override exportJSON(): SerializedPageBreak {
    return { ...super.exportJSON(), type: PAGE_BREAK_TYPE, version: 1 };
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

  /** Copied out, a page break is a rule that asks for a new page, which Word and printing browsers honour. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('hr');
    element.setAttribute(HTML_MARK.pageBreak, '');
    element.style.setProperty('break-after', 'page');
    element.style.setProperty('page-break-after', 'always');
    return { element };
  }

  /** Only Handbok's own rule: a rule from a web page is a line, not a new page. */
  static override importDOM(): DOMConversionMap | null {
    return { hr: (element) => (element.hasAttribute(HTML_MARK.pageBreak) ? { conversion: () => ({ node: $createPageBreakNode() }), priority: 4 } : null) };
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
