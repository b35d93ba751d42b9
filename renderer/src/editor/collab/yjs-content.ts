import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import type { SerializedContent } from '@shared/model/content';
import { CONTENT_ROOT, HEADER_MAP } from '@shared/collab/shared-document';
import { EDITOR_NODES } from '../nodes';

/*
 * A document's content in a shared library is Lexical's collaboration layout in a Yjs document
 * (@lexical/yjs). Outside a live editor, for the server's copy of each document as JSON and to put a local
 * document into a shared library, the same layout is read and written by a DOM-less Lexical editor with
 * the app's own nodes, bound the way the collaboration plugin binds the live one; so what it reads is what
 * a client's editor shows, and what it writes a client's editor opens.
 */

/** No cursors here: a headless editor has no one to show them to. */
const NO_AWARENESS = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on() {},
    off() {},
    setLocalState() {},
    setLocalStateField() {},
  },
  connect() {},
  disconnect() {},
  on() {},
  off() {},
} satisfies Provider;

const BINDING_ID = 'handbok';

function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'handbok-shared',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

function bind(editor: LexicalEditor, doc: Y.Doc): Binding {
  return createYjsBinding({ editor, id: BINDING_ID, doc, docMap: new Map([[BINDING_ID, doc]]), rootName: CONTENT_ROOT });
}

/** A change read from the Yjs document is applied to the editor; the editor's own update commits on the next task. */
function followYjs(binding: Binding): () => void {
  const root = binding.root.getSharedType();
  const follow = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, NO_AWARENESS, events, false, () => {});
  };
  root.observeDeep(follow as never);
  return () => root.unobserveDeep(follow as never);
}

/** Lexical commits an update from Yjs on the next microtask; this waits until it has. */
const committed = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A headless editor bound both ways to a Yjs document, as the collaboration plugin binds a live one. */
export interface BoundEditor {
  editor: LexicalEditor;
  /** Resolves once the changes received so far are in the editor's state. */
  settled(): Promise<void>;
  destroy(): void;
}

/**
 * Binds a headless editor to a Yjs document: the editor's updates are written to the document, and the
 * document's changes from elsewhere are applied to the editor. Content the document holds before the
 * binding is not read (use mirrorContent for that); this is for a document that starts empty and is
 * filled by its provider, or is to be filled by the editor.
 */
export function bindEditorToYjs(doc: Y.Doc): BoundEditor {
  const editor = headlessEditor();
  const binding = bind(editor, doc);
  const unfollow = followYjs(binding);
  const stopWriting = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    // syncLexicalUpdateToYjs itself tells the changes that came from Yjs from the editor's own.
    if (tags.has(SKIP_COLLAB_TAG)) return;
    syncLexicalUpdateToYjs(binding, NO_AWARENESS, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  return {
    editor,
    settled: committed,
    destroy() {
      stopWriting();
      unfollow();
    },
  };
}

/** Whether a Yjs document holds nothing yet: no header and no content. */
export function isBlankSharedDocument(doc: Y.Doc): boolean {
  return doc.getMap(HEADER_MAP).size === 0 && doc.get(CONTENT_ROOT, Y.XmlText).length === 0;
}

/**
 * Writes content into an empty Yjs document (the content of a document put into a shared library).
 * The content must have passed normalizeContent; a document that already has content is refused, since
 * writing it a second time would double it when the two merge.
 */
export function writeContentToYjs(doc: Y.Doc, content: SerializedContent): void {
  if (doc.get(CONTENT_ROOT, Y.XmlText).length > 0) throw new Error('writeContentToYjs: the shared document already has content');
  const bound = bindEditorToYjs(doc);
  try {
    bound.editor.setEditorState(bound.editor.parseEditorState(JSON.stringify(content)));
  } finally {
    bound.destroy();
  }
}

/** A live copy of a shared document's content as Lexical JSON, kept up to date as the Yjs document changes. */
export interface ContentMirror {
  /** The content as it stands after every change received so far. */
  content(): Promise<SerializedContent>;
  destroy(): void;
}

/**
 * Follows a Yjs document with a headless editor: each change is applied as it comes, so reading the JSON
 * costs a serialisation, not a rebuild of the whole document. The mirror only reads; it never writes to
 * the Yjs document.
 */
export function mirrorContent(doc: Y.Doc): ContentMirror {
  const editor = headlessEditor();
  // Bound to an empty copy first, then given the document's state, so that everything it holds arrives as
  // changes; afterwards it follows the document itself through its updates.
  const copy = new Y.Doc();
  const binding = bind(editor, copy);
  const unfollow = followYjs(binding);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const forward = (update: Uint8Array) => Y.applyUpdate(copy, update);
  doc.on('update', forward);
  return {
    async content() {
      await committed();
      return editor.getEditorState().toJSON() as unknown as SerializedContent;
    },
    destroy() {
      doc.off('update', forward);
      unfollow();
      copy.destroy();
    },
  };
}

/** The content of a Yjs document, read once. */
export async function readContentFromYjs(doc: Y.Doc): Promise<SerializedContent> {
  const mirror = mirrorContent(doc);
  try {
    return await mirror.content();
  } finally {
    mirror.destroy();
  }
}
