import { unwrapUnknownNodes } from '@shared/model/unknown-nodes';
import { $topLevelBlocks } from './chapters';
import { isWholeNewState } from './tree';
import type { SerializedContent, SerializedNode } from '@shared/model/content';
import { $getRoot, $isElementNode, HISTORIC_TAG, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';

function $exportNode(node: LexicalNode): SerializedNode {
  const json = node.exportJSON() as SerializedNode;
  if ($isElementNode(node)) json.children = node.getChildren().map($exportNode);
  return json;
}

/**
 * Serialises the editor's content for storage, in time proportional to what changed. Saving a
 * 300-page handbook whole (toJSON, then JSON.stringify) takes tens of milliseconds on the main thread,
 * long enough to delay the keystrokes typed meanwhile; so the JSON text of each top-level node is kept
 * and made again only when something inside it changed. Lexical marks every ancestor of a changed node
 * dirty, the top-level one included, so the dirty keys of each update say exactly what to make again;
 * an update that replaces the whole state (undo, redo, a new state) starts afresh.
 *
 * Placeholders of unknown nodes are unwrapped and chapters left out, so the text is what `contentOf`
 * would give.
 */
export class ContentSerializer {
  private readonly texts = new Map<NodeKey, string>();

  constructor(private readonly editor: LexicalEditor) {}

  /** Keeps the cache honest; returns the function that stops listening. */
  register(): () => void {
    return this.editor.registerUpdateListener((update) => {
      const { dirtyElements, dirtyLeaves, tags } = update;
      if (tags.has(HISTORIC_TAG) || isWholeNewState(update)) {
        this.texts.clear();
        return;
      }
      for (const key of dirtyElements.keys()) this.texts.delete(key);
      for (const key of dirtyLeaves) this.texts.delete(key);
    });
  }

  /** The editor's current content (or the given state's) as stored JSON text. */
  serialize(state: EditorState = this.editor.getEditorState()): string {
    return state.read(() => {
      const root = $getRoot();
      const children = $topLevelBlocks().map((block) => this.$textOf(block));
      // The root's own fields, then its children last: '{"root":{…,"children":[]}}' with the array filled in.
      const { children: _children, ...fields } = root.exportJSON();
      const head = JSON.stringify({ root: { ...fields, children: [] } });
      return `${head.slice(0, -'[]}}'.length)}[${children.join(',')}]}}`;
    });
  }

  /**
   * Makes the text of every block while the page has nothing else to do, so that the first save after
   * a long document opens does not make all of it between two keystrokes. Returns the function that stops.
   */
  warmUp(): () => void {
    if (typeof requestIdleCallback !== 'function') return () => undefined;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const done = this.editor.getEditorState().read(() => $topLevelBlocks().every((block) => deadline.timeRemaining() > 2 && this.$textOf(block) !== ''));
      if (!done) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }

  private $textOf(block: LexicalNode): string {
    const key = block.getKey();
    let text = this.texts.get(key);
    if (text === undefined) {
      text = JSON.stringify(this.unwrap($exportNode(block)));
      this.texts.set(key, text);
    }
    return text;
  }

  private unwrap(node: SerializedNode): SerializedNode {
    const wrapped: SerializedContent = { root: { type: 'root', version: 1, children: [node], direction: null, format: '', indent: 0 } };
    return unwrapUnknownNodes(wrapped).root.children[0]!;
  }
}
