import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, type LexicalEditor } from 'lexical';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { writeHeader } from '@shared/collab/shared-document';
import { documentFromSeed } from '@shared/model/document';
import { normalizeDocument } from '@shared/model/normalize-document';
import { syntheticHandbook } from '@shared/model/synthetic-handbook';
import { bindEditorToYjs, writeContentToYjs } from '../../renderer/src/editor/collab/yjs-content';
import { EDITOR_NODES } from '../../renderer/src/editor/nodes';
import { startSharedLibraryServer } from '../../electron/server/shared-library-server';
import { addUser } from '../../electron/server/users';

/*
 * `npm run bench` (BENCH_ONLY=shared): the shared library's sync path, with a real server on 127.0.0.1 and
 * clients as the app will connect them (a Hocuspocus provider over WebSocket, a Lexical editor bound to its
 * Yjs document). The editors are headless here, so the figures are the sync and the editor's state, without
 * drawing; the app's rows (to the other person's screen, opening in the window) come with the app's part.
 */

interface Connected {
  editor: LexicalEditor;
  close(): void;
}

function connect(port: number, name: string, token: string, doc = new Y.Doc()): Promise<Connected & { synced: number }> {
  const bound = bindEditorToYjs(doc);
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  return new Promise((resolve, reject) => {
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onSynced: () =>
        resolve({
          editor: bound.editor,
          synced: performance.now(),
          close() {
            provider.destroy();
            socket.destroy();
            bound.destroy();
          },
        }),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
}

const topLevelCount = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildrenSize());

/** Resolves when the editor's state holds `count` top-level nodes. */
const holding = (editor: LexicalEditor, count: number) =>
  new Promise<void>((resolve) => {
    if (topLevelCount(editor) === count) return resolve();
    const stop = editor.registerUpdateListener(() => {
      if (topLevelCount(editor) !== count) return;
      stop();
      resolve();
    });
  });

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

export interface SharedLibraryFigures {
  keyP50: number;
  keyP95: number;
  /** Connecting to the server until the editor holds the whole document. */
  openShared: number;
  /** The same document's stored JSON read into an editor, as the local library opens it. */
  openLocal: number;
}

/** A server on 127.0.0.1 holding a shared synthetic handbook of `pages` pages, and an editor's token for it. */
export async function startSharedHandbook(pages: number) {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-bench-delat-'));
  const token = await addUser(folder, 'Bänk', 'editor', new Date());
  const server = await startSharedLibraryServer({ folder, host: '127.0.0.1', port: 0, log: () => {}, now: () => new Date() });
  const handbook = documentFromSeed(syntheticHandbook(pages), new Date().toISOString(), () => 'bank-handbok');
  const seeded = new Y.Doc();
  writeHeader(seeded, handbook);
  writeContentToYjs(seeded, handbook.content);
  // Connected until stopped: the server has the document from this client, as from the one who shared it.
  const sharer = await connect(server.port, handbook.id, token, seeded);
  return {
    port: server.port,
    token,
    handbook,
    blocks: handbook.content.root.children.length,
    async stop() {
      sharer.close();
      await server.stop();
    },
  };
}

export async function measureSharedLibrary(pages: number, keys: number, opens: number): Promise<SharedLibraryFigures> {
  const shared = await startSharedHandbook(pages);
  const { port, token, handbook, blocks } = shared;
  try {
    // Opening: from the server (connect, sync, the editor holding every block) and, as the reference, the
    // stored JSON text through the gate into an editor, as the local library opens a document.
    const stored = JSON.stringify(handbook);
    const openShared: number[] = [];
    const openLocal: number[] = [];
    for (let run = 0; run < opens; run += 1) {
      const started = performance.now();
      const reader = await connect(port, handbook.id, token);
      await holding(reader.editor, blocks);
      openShared.push(performance.now() - started);
      reader.close();

      const localStarted = performance.now();
      const document = normalizeDocument(JSON.parse(stored));
      if (!document.ok) throw new Error('the bench handbook does not pass the gate');
      const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (error) => { throw error; } });
      editor.setEditorState(editor.parseEditorState(JSON.stringify(document.value.content)));
      openLocal.push(performance.now() - localStarted);
    }

    // A keystroke typed by one person until it is in the other person's editor: through the server.
    const typist = await connect(port, handbook.id, token);
    const watcher = await connect(port, handbook.id, token);
    await holding(typist.editor, blocks);
    await holding(watcher.editor, blocks);
    // A paragraph in the middle of the document.
    const $typedParagraph = () => {
      const paragraphs = $getRoot().getChildren().filter($isParagraphNode);
      return paragraphs[Math.floor(paragraphs.length / 2)]!;
    };
    const paragraphText = (editor: LexicalEditor) => editor.getEditorState().read(() => $typedParagraph().getTextContent());
    const latencies: number[] = [];
    for (let key = 0; key < keys; key += 1) {
      const before = paragraphText(watcher.editor).length;
      const arrived = new Promise<number>((resolve) => {
        const stop = watcher.editor.registerUpdateListener(() => {
          if (paragraphText(watcher.editor).length === before) return;
          stop();
          resolve(performance.now());
        });
      });
      const started = performance.now();
      typist.editor.update(
        () => {
          $typedParagraph().selectEnd();
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText('x');
        },
        { discrete: true },
      );
      latencies.push((await arrived) - started);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    typist.close();
    watcher.close();
    const median = (values: number[]) => percentile(values, 50);
    return { keyP50: median(latencies), keyP95: percentile(latencies, 95), openShared: median(openShared), openLocal: median(openLocal) };
  } finally {
    await shared.stop();
  }
}
