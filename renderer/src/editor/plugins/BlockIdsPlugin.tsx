import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLOCK_ID_STATE_KEY, isIdentifiedPlace } from '@shared/model/block-ids';
import { $getNodeByKey, $getState, $isElementNode, $setState, COLLABORATION_TAG, createState, HISTORY_MERGE_TAG, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { $isTopLevelBlock, $topLevelBlocks } from '../chapters';

/** The block id of shared/model/block-ids.ts, as Lexical node state: kept through undo, moves, copy and JSON. */
const blockIdState = createState(BLOCK_ID_STATE_KEY, { parse: (value) => (typeof value === 'string' ? value : '') });

const isIdentified = (node: LexicalNode): boolean => isIdentifiedPlace(node.getType(), $isTopLevelBlock(node));

/** Every node that carries an id, in document order: the top-level blocks, and the items inside them. */
function $identifiedNodes(): LexicalNode[] {
  const found: LexicalNode[] = [];
  const visit = (node: LexicalNode, top: boolean) => {
    if (isIdentifiedPlace(node.getType(), top)) found.push(node);
    // Items live only inside structured blocks; paragraphs, lists and tables hold none.
    if ($isElementNode(node) && (top ? node.getType() !== 'paragraph' : true)) for (const child of node.getChildren()) visit(child, false);
  };
  for (const child of $topLevelBlocks()) visit(child, true);
  return found;
}

/**
 * Gives every block and item made in an update its id: a new block (Enter, the slash menu) has none,
 * and a copy (paste, a split that copies its node) has the id of its original, which keeps it. The
 * change is merged into the update that made the block, so one undo takes back both.
 */
function $assignIds(created: ReadonlySet<NodeKey>): void {
  const used = new Set<string>();
  const needing: LexicalNode[] = [];
  const nodes = $identifiedNodes();
  for (const node of nodes) if (!created.has(node.getKey()) && $getState(node, blockIdState)) used.add($getState(node, blockIdState));
  for (const node of nodes) {
    if (!created.has(node.getKey())) continue;
    const id = $getState(node, blockIdState);
    if (id && !used.has(id)) used.add(id);
    else needing.push(node);
  }
  for (const node of needing) $setState(node, blockIdState, crypto.randomUUID());
}

export function registerBlockIds(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }) => {
    // A block someone else made in a shared document gets its id from their editor: two editors that both
    // gave it one would write two ids into the shared document.
    if (tags.has(BLOCK_IDS_TAG) || tags.has(COLLABORATION_TAG)) return;
    const candidates = [...dirtyElements.keys(), ...dirtyLeaves].filter((key) => key !== 'root');
    const created = new Set(prevEditorState.read(() => candidates.filter((key) => $getNodeByKey(key) === null)));
    if (created.size === 0) return;
    const needed = editorState.read(() =>
      [...created].some((key) => {
        const node = $getNodeByKey(key);
        return node !== null && node.isAttached() && isIdentified(node);
      }),
    );
    if (needed) editor.update(() => $assignIds(created), { tag: [HISTORY_MERGE_TAG, BLOCK_IDS_TAG] });
  });
}

const BLOCK_IDS_TAG = 'handbok-block-ids';

/** Keeps the ids of shared/model/block-ids.ts on every block and item while the user edits. */
export function BlockIdsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor), [editor]);
  return null;
}
