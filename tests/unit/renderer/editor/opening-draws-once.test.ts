// @vitest-environment happy-dom
import { ParagraphNode, TextNode, type LexicalNode } from 'lexical';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { block, table } from '../../../../shared/model/block-content';
import { content, element, paragraph, text, type SerializedContent } from '../../../../shared/model/content';
import { ContentEditor, EditingSurface } from '../../../../renderer/src/editor';
import { BlockFieldNode } from '../../../../renderer/src/editor/nodes/BlockFieldNode';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A document of many paragraphs, principles and a table, with one run that carries CSS, which the editor must show plain. */
function storedDocument(): SerializedContent {
  const styled = { ...text('dold text'), style: 'display:none' };
  return content(
    ...Array.from({ length: 60 }, (_, i) => paragraph(`Stycke ${i} om kvalitetsarbetet.`)),
    ...['Öppenhet', 'Delaktighet'].map((title) => block('principle', { title, explanation: `${title} i praktiken.` })),
    table([
      ['Roll', 'Ansvar'],
      ['Rektor', 'Leder arbetet'],
    ]),
    element('paragraph', [text('Synlig och '), styled]),
  );
}

/** Opens `stored` in the document's editor and returns the runs, paragraphs and fields Lexical drew a second time. */
async function openAndRecordRedrawn(stored: SerializedContent): Promise<{ redrawn: string[]; page: HTMLElement }> {
  const redrawn: string[] = [];
  for (const klass of [TextNode, ParagraphNode, BlockFieldNode]) {
    const updateDOM = klass.prototype.updateDOM;
    vi.spyOn(klass.prototype, 'updateDOM').mockImplementation(function (this: LexicalNode, ...args: unknown[]) {
      redrawn.push(`${this.getType()}: ${this.getTextContent()}`);
      return (updateDOM as (...args: unknown[]) => boolean).apply(this, args);
    });
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    const page = createElement(EditingSurface, { readOnly: true });
    root.render(createElement(ContentEditor, { initialContent: stored, readOnly: false, onChange: () => undefined, children: page }));
  });
  await act(async () => {
    await new Promise((settled) => setTimeout(settled, 50));
  });
  return { redrawn, page: container.querySelector<HTMLElement>('.editor__content')! };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('Opening a document', () => {
  it('draws each run, paragraph and field once, except what the editor repaired', async () => {
    const { redrawn, page } = await openAndRecordRedrawn(storedDocument());
    expect(page.textContent).toContain('Stycke 59 om kvalitetsarbetet.');
    // The repair (a stored style removed) reached the page, and tables have their scrolling wrapper,
    expect(page.querySelector('[style*="display"]')).toBeNull();
    expect(page.textContent).toContain('dold text');
    expect(page.querySelector('.doc-table-scroll table')).not.toBeNull();
    // without Lexical drawing anything else again (it drew every run twice more, for the plugins' first
    // pass and for the tables' wrapper, and every principle's explanation field once more). The repaired
    // run, its style gone, joined the run before it.
    expect(redrawn.sort()).toEqual(['paragraph: Synlig och dold text', 'text: Synlig och dold text']);
  });
});
