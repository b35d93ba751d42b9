import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { $getRoot, $isParagraphNode, type ParagraphNode } from 'lexical';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { bindEditorToYjs, type BoundEditor } from '../../../../renderer/src/editor/collab/yjs-content';
import type { HandbokDocument } from '../../../../shared/model/document';
import { startSharedLibraryServer, type SharedLibraryServer } from '../../../../electron/server/shared-library-server';
import type { SerializedContent } from '../../../../shared/model/content';

/*
 * A real shared-library server on 127.0.0.1 in a temporary data folder, and clients that connect to it as
 * the app does: a Hocuspocus provider and a Lexical editor (headless here) bound to the provider's Yjs document.
 */

export const temporaryFolder = () => mkdtempSync(join(tmpdir(), 'handbok-delat-'));

export interface RunningServer extends SharedLibraryServer {
  folder: string;
  logs: string[];
  url: string;
}

export async function startServer(folder = temporaryFolder(), port = 0): Promise<RunningServer> {
  const logs: string[] = [];
  const server = await startSharedLibraryServer({
    folder,
    host: '127.0.0.1',
    port,
    log: (line) => logs.push(line),
    now: () => new Date(),
    storeAfterMs: 30,
    checkEveryMs: 50,
  });
  return Object.assign(server, { folder, logs, url: `http://127.0.0.1:${server.port}` });
}

/** Waits until `condition` holds, checking every 20 ms, or fails with `what` after 10 s. */
export async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  bound: BoundEditor;
  /** Set when the server refused the token, with its reason. */
  refused: string | null;
  /** Drops the connection (as a lost network does) and makes it again. */
  offline(): void;
  online(): Promise<void>;
  close(): void;
}

/** Connects to one document with a token; resolves once synced, or once refused. */
export async function connect(server: { port: number }, documentId: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const bound = bindEditorToYjs(doc);
  const websocketProvider = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${server.port}`, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 200 });
  const client: Client = {
    doc,
    bound,
    refused: null,
    provider: new HocuspocusProvider({
      websocketProvider,
      name: documentId,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        client.refused = reason;
      },
    }),
    offline: () => websocketProvider.disconnect(),
    online: async () => {
      await websocketProvider.connect();
    },
    close() {
      client.provider.destroy();
      websocketProvider.destroy();
      bound.destroy();
    },
  };
  client.provider.attach();
  await until(`${documentId} synced or refused`, () => client.provider.isSynced || client.refused !== null);
  return client;
}

/** Waits until the server has every change this client made. */
export const allSent = (client: Client) => until('changes acknowledged', () => client.provider.unsyncedChanges === 0 && client.provider.isSynced);

export async function contentOf(client: Client): Promise<SerializedContent> {
  await client.bound.settled();
  return client.bound.editor.getEditorState().toJSON() as unknown as SerializedContent;
}

const $paragraphs = () => $getRoot().getChildren().filter($isParagraphNode);

/** The text of every top-level paragraph, in order: what a reader sees of them, without the formatting. */
export async function textsOf(client: Client): Promise<string[]> {
  await client.bound.settled();
  return client.bound.editor.getEditorState().read(() => $paragraphs().map((node) => node.getTextContent()));
}

/** Makes a change in the client's editor, as typing would, and waits until Lexical has committed it. */
export async function edit(client: Client, change: () => void): Promise<void> {
  await client.bound.settled();
  client.bound.editor.update(change, { discrete: true });
}

/** The n-th top-level paragraph (headings and blocks not counted), where text is typed. */
export function $paragraphAt(index: number): ParagraphNode {
  const node = $paragraphs()[index];
  if (!node) throw new Error(`no paragraph ${index}`);
  return node;
}

export async function getJson(server: RunningServer, path: string, token?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

/** Sends JSON to the server as the app does, with its token. */
export async function postJson(server: RunningServer, path: string, body: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
  return { status: response.status, body: await response.json() };
}

/** Puts a local document into the shared library as "Dela" does: sent to the server, which writes it once. */
export async function share(server: RunningServer, document: HandbokDocument, token: string): Promise<void> {
  const { status, body } = await postJson(server, '/api/documents', JSON.stringify(document), token);
  if (status !== 201) throw new Error(`share refused: ${status} ${JSON.stringify(body)}`);
}
