import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_DEPTH } from '../../../../shared/model/content-limits';
import { KNOWN_NODE_TYPES } from '../../../../renderer/src/editor/nodes';
import { boundClipboardDepth, CLIPBOARD_TREE, readLexicalClipboard, type ClipboardNode } from '../../../../renderer/src/editor/paste/lexical-clipboard';
import { depthOf } from '../../../../renderer/src/editor/paste/depth';
import { $boundPastedDepth, $nodesFromLexicalClipboard } from '../../../../renderer/src/editor/paste/pasted-nodes';
import { $nodesFromPlainText } from '../../../../renderer/src/editor/paste/plain-text';
import { createTestEditor } from './test-editor';

const options = { namespace: 'handbok', knownTypes: KNOWN_NODE_TYPES };
const text = (value: string, style = '') => ({ type: 'text', version: 1, text: value, format: 0, style, mode: 'normal', detail: 0 });
const paragraph = (children: unknown[], textStyle = '') => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle, children });
const link = (url: string, children: unknown[]) => ({ type: 'link', version: 1, url, rel: null, target: null, title: null, direction: null, format: '', indent: 0, children });
const payload = (nodes: unknown[], namespace = 'handbok') => JSON.stringify({ namespace, nodes });

/** Every text of serialized nodes, in reading order. */
function textsOf(nodes: ClipboardNode[]): string[] {
  const texts: string[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') texts.push((node as ClipboardNode & { text: string }).text);
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return texts;
}

describe('readLexicalClipboard', () => {
  it('takes the CSS off text runs and blocks', () => {
    const nodes = readLexicalClipboard(payload([paragraph([text('Synlig'), text('Dold', 'display:none')], 'color:white')]), options)!;
    expect(nodes[0]!.textStyle).toBe('');
    expect(nodes[0]!.children!.map((child) => child.style)).toEqual(['', '']);
    expect(textsOf(nodes)).toEqual(['Synlig', 'Dold']);
  });

  it('makes a link that may not be opened into its text, in its place', () => {
    const nodes = readLexicalClipboard(
      payload([paragraph([text('a '), link('https://user:pass@sjovik.se/', [text('b'), link('javascript:alert(1)', [text('c')])]), text(' d'), link('https://www.sjovik.se/', [text('e')])])]),
      options,
    )!;
    expect(textsOf(nodes)).toEqual(['a ', 'b', 'c', ' d', 'e']);
    expect(nodes[0]!.children!.filter((child) => child.type === 'link').map((child) => child.url)).toEqual(['https://www.sjovik.se/']);
  });

  it('refuses another editor’s payload, an unknown node type and what is not Lexical’s shape', () => {
    expect(readLexicalClipboard(payload([paragraph([text('x')])], 'other'), options)).toBeNull();
    expect(readLexicalClipboard(payload([{ type: 'script', version: 1 }]), options)).toBeNull();
    expect(readLexicalClipboard(payload([{ ...paragraph([]), children: 'x' }]), options)).toBeNull();
    expect(readLexicalClipboard('{"namespace":"handbok"', options)).toBeNull();
  });

  it('reads and bounds a payload nested 10,000 levels deep, keeping every line of its text', () => {
    const levels = 10_000;
    let json = '';
    for (let level = 0; level < levels; level += 1) json += `{"type":"list","version":1,"listType":"bullet","start":1,"tag":"ul","children":[{"type":"listitem","version":1,"value":1,"children":[${JSON.stringify(text(`Nivå ${level}`))},`;
    json += `${JSON.stringify(text('Botten'))}${']}]}'.repeat(levels)}`;
    const nodes = readLexicalClipboard(`{"namespace":"handbok","nodes":[${json},${JSON.stringify(paragraph([text('Efter')]))}]}`, options)!;
    const bounded = boundClipboardDepth(nodes, MAX_CONTENT_DEPTH);
    expect(Math.max(...bounded.map((node) => depthOf(node, CLIPBOARD_TREE)))).toBeLessThanOrEqual(MAX_CONTENT_DEPTH);
    expect(bounded.every((node) => node.type === 'paragraph')).toBe(true);
    expect(textsOf(bounded)).toEqual([...Array.from({ length: levels }, (_, level) => `Nivå ${level}`), 'Botten', 'Efter']);
  });

  it('leaves content within the bound as it is', () => {
    const nodes = readLexicalClipboard(payload([paragraph([text('Ett')]), paragraph([text('Två')])]), options)!;
    expect(boundClipboardDepth(nodes, MAX_CONTENT_DEPTH)).toEqual(nodes);
  });
});

/** How deep a Lexical node reaches, counting itself as 1. */
function lexicalDepth(node: LexicalNode): number {
  let deepest = 0;
  const stack: [LexicalNode, number][] = [[node, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if ($isElementNode(current)) for (const child of current.getChildren()) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('pasted nodes in the editor', () => {
  it('build a deep Lexical payload within the bound, and insert it', () => {
    const editor = createTestEditor();
    let json = '';
    for (let level = 0; level < 3_000; level += 1) json += `{"type":"quote","version":1,"children":[${JSON.stringify(text(`Citat ${level}`))},`;
    json += `${JSON.stringify(text('Botten'))}${']}'.repeat(3_000)}`;
    editor.update(
      () => {
        const pasted = $nodesFromLexicalClipboard(`{"namespace":"test","nodes":[${json}]}`, editor, MAX_CONTENT_DEPTH)!;
        expect(pasted.flattened).toBe(true);
        $getRoot().clear().append(...pasted.nodes);
        expect(Math.max(...$getRoot().getChildren().map(lexicalDepth))).toBeLessThanOrEqual(MAX_CONTENT_DEPTH);
        expect($getRoot().getTextContent()).toContain('Citat 2999');
        expect($getRoot().getTextContent()).toContain('Botten');
      },
      { discrete: true },
    );
  });

  it('keep plain text indented 3,000 levels deep within the bound, with every line', () => {
    const editor = createTestEditor();
    const lines = Array.from({ length: 3_000 }, (_, level) => `${' '.repeat(level)}- Punkt ${level}`).join('\n');
    editor.update(
      () => {
        const { nodes } = $boundPastedDepth($nodesFromPlainText(lines), MAX_CONTENT_DEPTH);
        $getRoot().clear().append(...nodes);
        expect(Math.max(...nodes.map(lexicalDepth))).toBeLessThanOrEqual(MAX_CONTENT_DEPTH);
        expect($getRoot().getAllTextNodes().map((node) => node.getTextContent())).toEqual(Array.from({ length: 3_000 }, (_, level) => `Punkt ${level}`));
      },
      { discrete: true },
    );
  });
});
