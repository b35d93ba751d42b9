import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { SerializedNode } from '../../model/content';
import { isSafeExternalUrl } from '../../url';
import { childrenOf } from '../content-tree';
import type { DocxContext } from './context';

/** Lexical's text format bits. */
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

function textRun(node: SerializedNode, extra: { style?: string } = {}): TextRun {
  const format = typeof node.format === 'number' ? node.format : 0;
  return new TextRun({
    text: typeof node.text === 'string' ? node.text : '',
    bold: (format & BOLD) !== 0 || undefined,
    italics: (format & ITALIC) !== 0 || undefined,
    strike: (format & STRIKETHROUGH) !== 0 || undefined,
    underline: (format & UNDERLINE) !== 0 ? {} : undefined,
    subScript: (format & SUBSCRIPT) !== 0 || undefined,
    superScript: (format & SUPERSCRIPT) !== 0 || undefined,
    ...extra,
  });
}

/**
 * The runs of a line of text: text, line breaks, links and footnote marks. `runStyle` sets a character
 * style on its text (a role's name at the start of its lead-in).
 */
export function inlineRuns(nodes: readonly SerializedNode[], context: DocxContext, runStyle?: string): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [textRun(node, runStyle ? { style: runStyle } : {})];
      case 'linebreak':
        return [new TextRun({ break: 1 })];
      case 'tab':
        return [new TextRun({ text: '\t' })];
      case 'link':
      case 'autolink': {
        const url = typeof node.url === 'string' ? node.url : '';
        const runs = childrenOf(node).map((child) => textRun(child, { style: 'Hyperlink' }));
        return isSafeExternalUrl(url) ? [new ExternalHyperlink({ link: url, children: runs })] : inlineRuns(childrenOf(node), context);
      }
      case 'footnote': {
        const id = context.addFootnote([new Paragraph({ children: [new TextRun(typeof node.text === 'string' ? node.text : '')] })]);
        return [new FootnoteReferenceRun(id)];
      }
      default:
        if (Array.isArray(node.children)) return inlineRuns(childrenOf(node), context, runStyle);
        context.warn('unknown-node', node.type);
        return [];
    }
  });
}

