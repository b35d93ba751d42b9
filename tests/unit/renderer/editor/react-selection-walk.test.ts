// @vitest-environment happy-dom
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { spareReactTheSelectionWalk } from '../../../../renderer/src/editor/react-selection-walk';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PARAGRAPHS = 2_000;

/** An editable document of PARAGRAPHS paragraphs, focused, with the caret at the end of its text. */
function longDocumentWithCaretAtEnd(): HTMLElement {
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  for (let i = 0; i < PARAGRAPHS; i += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Stycke ${i} om kvalitetsarbetet.`;
    editable.append(paragraph);
  }
  document.body.append(editable);
  editable.focus();
  const last = editable.lastChild!.firstChild!;
  document.getSelection()!.collapse(last, last.textContent!.length);
  return editable;
}

/** How many times the nodes of `within` are asked for their first child while `run` runs. */
function firstChildReadsWithin(within: HTMLElement, run: () => void): number {
  const property = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')!;
  let reads = 0;
  Object.defineProperty(Node.prototype, 'firstChild', {
    configurable: true,
    get(this: Node) {
      if (within.contains(this)) reads += 1;
      return property.get!.call(this);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(Node.prototype, 'firstChild', property);
  }
  return reads;
}

/** A React render elsewhere on the page (a save indicator going from "Sparat" to "Sparar…"), as the user types. */
async function renderElsewhere(): Promise<() => void> {
  const container = document.createElement('div');
  document.body.append(container);
  let setLabel = (_label: string) => undefined as void;
  function Indicator() {
    const [label, set] = useState('Sparat');
    setLabel = set;
    return createElement('span', null, label);
  }
  const root = createRoot(container);
  await act(async () => root.render(createElement(Indicator)));
  let n = 0;
  return () => act(() => setLabel(`Sparar… ${(n += 1)}`));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('React commits while the caret is in a long document', () => {
  it('walk the document to the caret when nothing spares them (the cost this module removes)', async () => {
    const editable = longDocumentWithCaretAtEnd();
    const render = await renderElsewhere();
    expect(document.activeElement).toBe(editable);
    expect(firstChildReadsWithin(editable, render)).toBeGreaterThanOrEqual(PARAGRAPHS);
  });

  it('leave the document alone once the editor root is spared, which stays editable with the caret where it was', async () => {
    const editable = longDocumentWithCaretAtEnd();
    spareReactTheSelectionWalk(editable);
    const render = await renderElsewhere();
    expect(firstChildReadsWithin(editable, render)).toBe(0);
    // The browser edits by the attribute. (happy-dom derives isContentEditable from the property, which a
    // browser does not: the end-to-end tests type into the spared root in Chromium.)
    expect(editable.getAttribute('contenteditable')).toBe('true');
    expect(document.getSelection()!.anchorNode).toBe(editable.lastChild!.firstChild);
  });

  it('still report and set a read-only root, and give the ordinary property back', () => {
    const editable = longDocumentWithCaretAtEnd();
    const restore = spareReactTheSelectionWalk(editable);
    expect(editable.contentEditable).toBe('inherit');
    editable.contentEditable = 'false';
    expect(editable.contentEditable).toBe('false');
    expect(editable.getAttribute('contenteditable')).toBe('false');
    editable.contentEditable = 'true';
    expect(editable.getAttribute('contenteditable')).toBe('true');
    restore();
    expect(editable.contentEditable).toBe('true');
  });
});
