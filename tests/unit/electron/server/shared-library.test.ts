import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArchiveFile } from '../../../../shared/archive/archive-file';
import { HEADER_MAP, sharedLibrarySchema } from '../../../../shared/collab/shared-document';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import type { SerializedContent } from '../../../../shared/model/content';
import { EDITOR_NODES } from '../../../../renderer/src/editor/nodes';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { addUser, readUsers, revokeUser, setDocumentRole, USERS_FILE, UsersError } from '../../../../electron/server/users';
import { DATABASE_FILE } from '../../../../electron/server/library-database';
import { $paragraphAt, allSent, connect, contentOf, edit, getJson, postJson, share, startServer, temporaryFolder, textsOf, until, type Client, type RunningServer } from './shared-library-support';

const NOW = new Date('2026-12-07T10:00:00.000Z');
const handbook = documentFromSeed(sampleLibrary[0]!, NOW.toISOString(), () => 'kvalitetshandbok');

/** What a document's content becomes in any Lexical editor: the form the server's JSON is compared with. */
function throughLexical(content: SerializedContent): unknown {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  return editor.getEditorState().toJSON();
}

const stored = async (server: RunningServer, id: string, token: string) => {
  const { status, body } = await getJson(server, `/api/documents/${id}`, token);
  return status === 200 ? (body as HandbokDocument) : null;
};

let running: { servers: RunningServer[]; clients: Client[] } = { servers: [], clients: [] };
afterEach(async () => {
  for (const client of running.clients) client.close();
  for (const server of running.servers) await server.stop().catch(() => undefined);
  running = { servers: [], clients: [] };
});

async function library(folder = temporaryFolder()) {
  const tokens = {
    editor: await addUser(folder, 'Anna Redaktör', 'editor', NOW),
    other: await addUser(folder, 'Bo Redaktör', 'editor', NOW),
    reader: await addUser(folder, 'Cecilia Läsare', 'reader', NOW),
  };
  const server = await startServer(folder);
  running.servers.push(server);
  return { server, tokens, folder };
}

async function open(server: { port: number }, id: string, token: string): Promise<Client> {
  const client = await connect(server, id, token);
  running.clients.push(client);
  return client;
}

describe('the shared library server', () => {
  it('stores a shared document as its Yjs state and as Handbok JSON that reads as the original, and lists it', async () => {
    const { server, tokens, folder } = await library();
    await share(server, handbook, tokens.editor);
    await until('stored', async () => (await stored(server, handbook.id, tokens.reader)) !== null);

    const document = (await stored(server, handbook.id, tokens.reader))!;
    expect(document.title).toBe(handbook.title);
    expect(document.metadata).toEqual(handbook.metadata);
    expect(document.content).toEqual(throughLexical(handbook.content));

    const list = sharedLibrarySchema.parse((await getJson(server, '/api/library', tokens.reader)).body);
    expect(list.documents).toEqual([expect.objectContaining({ id: handbook.id, title: handbook.title, kind: handbook.kind, role: 'reader' })]);

    // Health answers without a token and without a word of content; the logs name users, never text.
    const health = await getJson(server, '/health');
    expect(health).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', documents: 1 }) });
    await open(server, handbook.id, tokens.editor);
    const firstSentence = JSON.stringify(handbook.content).match(/"text":"([^"]{20,})"/)![1]!;
    expect(server.logs.join('\n')).toContain('ansluten: Anna Redaktör (editor) till kvalitetshandbok');
    expect(server.logs.join('\n')).not.toContain(firstSentence);
    expect(readFileSync(join(folder, DATABASE_FILE)).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('takes a document sent to be shared once, from an editor, through the gate; says why it refuses anything else', async () => {
    const { server, tokens } = await library();
    const sent = (body: string, token = tokens.editor) => postJson(server, '/api/documents', body, token);

    expect(await sent(JSON.stringify(handbook), tokens.reader)).toEqual({ status: 403, body: { error: 'En läsare kan inte lägga till dokument.' } });
    expect((await sent('{"title": ')).status).toBe(400);
    expect(await sent(JSON.stringify({ ...handbook, kind: 'roman' }))).toMatchObject({ status: 400, body: { problems: [{ path: 'kind' }] } });
    expect(await sent(JSON.stringify({ ...handbook, id: '../andra' }))).toMatchObject({ status: 400 });
    expect((await getJson(server, '/api/library', tokens.editor)).body).toEqual({ documents: [] });

    expect(await sent(JSON.stringify(handbook))).toEqual({ status: 201, body: { id: handbook.id } });
    expect(await sent(JSON.stringify({ ...handbook, title: 'En annan' }), tokens.other)).toMatchObject({ status: 409 });
    const anna = await open(server, handbook.id, tokens.editor);
    expect(await contentOf(anna)).toEqual(throughLexical(handbook.content));
    expect(anna.doc.getMap(HEADER_MAP).get('title')).toBe(handbook.title);
  });

  it('merges two editors typing in different paragraphs and in the same paragraph: both clients and the stored JSON agree', async () => {
    const { server, tokens } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    const bo = await open(server, handbook.id, tokens.other);
    expect(await contentOf(bo)).toEqual(await contentOf(anna));

    // Both type at once: in different paragraphs, and at the end of the same one.
    await edit(anna, () => $paragraphAt(1).clear().append($createTextNode('Annas stycke.')));
    await edit(bo, () => $paragraphAt(3).append($createTextNode(' Bos tillägg.')));
    await edit(anna, () => $paragraphAt(5).append($createTextNode(' [A]')));
    await edit(bo, () => $paragraphAt(5).append($createTextNode(' [B]')));
    await allSent(anna);
    await allSent(bo);
    await until('converged', async () => JSON.stringify(await contentOf(anna)) === JSON.stringify(await contentOf(bo)));

    const texts = await textsOf(anna);
    expect(texts[1]).toBe('Annas stycke.');
    expect(texts[3]).toMatch(/ Bos tillägg\.$/);
    expect(texts[5]).toContain(' [A]');
    expect(texts[5]).toContain(' [B]');
    await until('stored JSON has both', async () => JSON.stringify((await stored(server, handbook.id, tokens.reader))?.content) === JSON.stringify(await contentOf(anna)));
  });

  it('keeps edits made offline and merges them when the connection returns', async () => {
    const { server, tokens } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    const bo = await open(server, handbook.id, tokens.other);

    bo.offline();
    await edit(bo, () => $getRoot().append($createParagraphNode().append($createTextNode('Skrivet på tåget.'))));
    await edit(anna, () => $paragraphAt(1).append($createTextNode(' Skrivet på kontoret.')));
    await allSent(anna);
    expect((await textsOf(anna)).at(-1)).not.toBe('Skrivet på tåget.');

    await bo.online();
    await allSent(bo);
    await until('converged', async () => JSON.stringify(await contentOf(anna)) === JSON.stringify(await contentOf(bo)));
    expect((await textsOf(anna)).at(-1)).toBe('Skrivet på tåget.');
    expect((await textsOf(bo))[1]).toMatch(/ Skrivet på kontoret\.$/);
  });

  it("refuses a reader's changes in the server, even a hand-made Yjs update", async () => {
    const { server, tokens } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    const before = await stored(server, handbook.id, tokens.editor);
    const cecilia = await open(server, handbook.id, tokens.reader);
    expect(cecilia.refused).toBeNull();

    // Not through an editor: straight into the Yjs document, as a modified client could.
    cecilia.doc.getMap(HEADER_MAP).set('title', 'Ändrad av en läsare');
    cecilia.doc.get('root', Y.XmlText).insert(0, 'Intrång');
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(anna.doc.getMap(HEADER_MAP).get('title')).toBe(handbook.title);
    expect(await contentOf(anna)).toEqual(await contentOf(await open(server, handbook.id, tokens.other)));
    expect(JSON.stringify(await contentOf(anna))).not.toContain('Intrång');
    expect(await stored(server, handbook.id, tokens.editor)).toEqual(before);
  });

  it('refuses a revoked token, and closes the connections its user had open', async () => {
    const { server, tokens, folder } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    const bo = await open(server, handbook.id, tokens.other);

    await revokeUser(folder, 'Bo Redaktör', NOW);
    await until('connection closed', () => !bo.provider.isSynced || bo.refused !== null);
    await edit(bo, () => $paragraphAt(1).append($createTextNode(' efter indragningen')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(await contentOf(anna))).not.toContain('efter indragningen');

    const again = await open(server, handbook.id, tokens.other);
    expect(again.refused).toBeTruthy();
    expect((await getJson(server, '/api/library', tokens.other)).status).toBe(401);
    expect(server.logs.join('\n')).toContain('nekad: okänd eller indragen nyckel');
  });

  it('gives a user the role set for one document instead of the library role', async () => {
    const { server, tokens, folder } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    await setDocumentRole(folder, 'Bo Redaktör', handbook.id, 'reader');

    const bo = await open(server, handbook.id, tokens.other);
    await edit(bo, () => $paragraphAt(1).append($createTextNode(' av Bo')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(await contentOf(anna))).not.toContain(' av Bo');
    const list = sharedLibrarySchema.parse((await getJson(server, '/api/library', tokens.other)).body);
    expect(list.documents[0]?.role).toBe('reader');
  });

  it('loses nothing it acknowledged when it is restarted in the middle of a session', async () => {
    const { server, tokens, folder } = await library();
    await share(server, handbook, tokens.editor);
    const anna = await open(server, handbook.id, tokens.editor);
    await edit(anna, () => $paragraphAt(1).append($createTextNode(' före omstarten')));
    await allSent(anna);

    await server.stop();
    const restarted = await startServer(folder, server.port);
    running.servers.push(restarted);
    const document = await stored(restarted, handbook.id, tokens.reader);
    expect(JSON.stringify(document?.content)).toContain(' före omstarten');

    // The client connects again by itself, and goes on where it was.
    await until('reconnected', () => anna.provider.isSynced && restarted.logs.some((line) => line.startsWith('ansluten: Anna')));
    await edit(anna, () => $paragraphAt(1).append($createTextNode(' efter omstarten')));
    await allSent(anna);
    const bo = await open(restarted, handbook.id, tokens.other);
    expect((await textsOf(bo))[1]).toMatch(/ före omstarten efter omstarten$/);
  });

  it('writes a backup of the whole library that Handbok reads as an archive', async () => {
    const { server, tokens } = await library();
    await share(server, handbook, tokens.editor);
    await until('stored', async () => (await stored(server, handbook.id, tokens.reader)) !== null);

    const backup = await server.backUpNow();
    const read = readArchiveFile(readFileSync(join(server.folder, 'sakerhetskopior', backup.id)));
    expect(read.ok && read.archive.documents.map((document) => document.title)).toEqual([handbook.title]);
  });
});

describe('the users file', () => {
  it('keeps only a hash of each token, refuses a second active user of the same name, and marks a revoked one', async () => {
    const folder = temporaryFolder();
    const token = await addUser(folder, 'Anna', 'administrator', NOW);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(readFileSync(join(folder, USERS_FILE), 'utf8')).not.toContain(token);
    await expect(addUser(folder, 'Anna', 'reader', NOW)).rejects.toThrow(UsersError);
    await revokeUser(folder, 'Anna', NOW);
    expect((await readUsers(folder))[0]).toMatchObject({ name: 'Anna', revokedAt: NOW.toISOString() });
    await expect(addUser(folder, 'Anna', 'reader', NOW)).resolves.toBeTruthy();
  });

  it('keeps every user added at once: each change reads what the one before it wrote', async () => {
    const folder = temporaryFolder();
    const tokens = await Promise.all(['Anna', 'Bo', 'Cecilia', 'David'].map((name) => addUser(folder, name, 'editor', NOW)));
    expect((await readUsers(folder)).map((user) => user.name)).toEqual(['Anna', 'Bo', 'Cecilia', 'David']);
    expect(new Set(tokens).size).toBe(4);
  });

  it('refuses a users file that is not one of ours, and leaves it as it was', async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, USERS_FILE), '{"users": "alla"}');
    await expect(addUser(folder, 'Anna', 'editor', NOW)).rejects.toThrow(/inte en användarfil som Handbok kan läsa/);
    expect(readFileSync(join(folder, USERS_FILE), 'utf8')).toBe('{"users": "alla"}');
  });
});
