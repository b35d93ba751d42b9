// @vitest-environment happy-dom
import { TextNode } from 'lexical';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { table } from '../../../../shared/model/block-content';
import { content, element, paragraph, text, type SerializedContent } from '../../../../shared/model/content';
import { ContentEditor, EditingSurface } from '../../../../renderer/src/editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A document of many paragraphs and a table, with one run that carries CSS, which the editor must show plain. */
function storedDocument(): SerializedContent {
  const styled = { ...text('dold text'), style: 'display:none' };
  return content(
    ...Array.from({ length: 60 }, (_, i) => paragraph(`Stycke ${i} om kvalitetsarbetet.`)),
    table([
      ['Roll', 'Ansvar'],
      ['Rektor', 'Leder arbetet'],
    ]),
    element('paragraph', [text('Synlig och '), styled]),
  );
}

/** Opens `stored` in the document's editor and returns the texts of the runs Lexical drew a second time. */
async function openAndRecordRedrawnRuns(stored: SerializedContent): Promise<{ redrawn: string[]; page: HTMLElement }> {
  const redrawn: string[] = [];
  const updateDOM = TextNode.prototype.updateDOM;
  vi.spyOn(TextNode.prototype, 'updateDOM').mockImplementation(function (this: TextNode, ...args) {
    redrawn.push(this.getTextContent());
    return updateDOM.apply(this, args);
  });
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
  it('draws each text run once, except the one the editor repaired', async () => {
    const { redrawn, page } = await openAndRecordRedrawnRuns(storedDocument());
    expect(page.textContent).toContain('Stycke 59 om kvalitetsarbetet.');
    // The repair (a stored style removed) reached the page, and tables have their scrolling wrapper,
    expect(page.querySelector('[style*="display"]')).toBeNull();
    expect(page.textContent).toContain('dold text');
    expect(page.querySelector('.doc-table-scroll table')).not.toBeNull();
    // without Lexical drawing any other run again (it drew every run twice more: for the plugins'
    // first pass, and for the tables' wrapper). The repaired run, its style gone, joined the run before it.
    expect(redrawn).toEqual(['Synlig och dold text']);
  });
});
