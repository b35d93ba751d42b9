import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../../../renderer/src/editor/nodes';

/** A DOM-less editor with every node of Handbok, whose errors fail the test. */
export function createTestEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}
