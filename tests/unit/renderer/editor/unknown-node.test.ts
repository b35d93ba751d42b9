import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { unwrapUnknownNodes, wrapUnknownNodes } from '../../../../shared/model/unknown-nodes';
import { EDITOR_NODES, KNOWN_NODE_TYPES } from '../../../../renderer/src/editor/nodes';

describe('the editor with content it does not know', () => {
  it('loads it, keeps editing possible, and stores every unknown node unchanged', () => {
    const future: SerializedNode = { type: 'goal-list', version: 3, children: [], goals: [{ title: 'Nöjdare invånare' }] };
    const inline: SerializedNode = { type: 'footnote-ref', version: 1, note: 'SOU 2009:32' };
    const stored = content(heading(1, 'Principer'), future as never, paragraph('Se källan', inline as never, '.'));

    const editor = createHeadlessEditor({
      namespace: 'test',
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(wrapUnknownNodes(stored, KNOWN_NODE_TYPES))));
    const saved = unwrapUnknownNodes(editor.getEditorState().toJSON() as unknown as SerializedContent);
    expect(saved).toEqual(stored);
  });

  it('knows its own node types', () => {
    for (const type of ['root', 'paragraph', 'text', 'heading', 'quote', 'list', 'listitem', 'link', 'principle', 'block-field']) {
      expect(KNOWN_NODE_TYPES.has(type), type).toBe(true);
    }
    expect(KNOWN_NODE_TYPES.has('goal-list')).toBe(false);
  });
});
