import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENT_ID, type SharedDocumentEntry } from '@shared/collab/shared-document';
import { ARCHIVE_MAX_BYTES, ARCHIVE_MAX_SIZE_TEXT } from '@shared/archive/archive-file';
import { normalizeDocument } from '@shared/model/normalize-document';
import type { HandbokDocument } from '@shared/model/document';
import { roleIn, userOfToken, type User } from './users';
import type { LibraryDatabase } from './library-database';

/*
 * The server's few HTTP routes beside the sync socket:
 * - GET /health: for the reverse proxy and the service manager; says nothing about the documents' content.
 * - GET /api/library: the documents the signed-in user may read, for the app's list of the shared library.
 * - GET /api/documents/ID: one document as Handbok JSON, to keep a local copy or export it.
 * - POST /api/documents: a local document put into the shared library (an editor or administrator only);
 *   the server writes it into a new Yjs document once, so that no two clients ever seed the same one.
 * The app sends its token as `Authorization: Bearer …`; the answers allow any origin, since they are
 * given only for a token and never for a cookie.
 */

export interface ApiContext {
  database: LibraryDatabase;
  /** Puts a document that passed the gate into the library; 'exists' when one with its id is already there. */
  createDocument(document: HandbokDocument): Promise<'created' | 'exists'>;
  users(): Promise<User[]>;
  /** How many documents are open and how many connections there are, for /health. */
  load(): { openDocuments: number; connections: number };
}

const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, HEADERS);
  response.end(JSON.stringify(body));
}

/** The request's body as text, or null when it is larger than an archive may be (it is not read further). */
async function bodyOf(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > ARCHIVE_MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A document sent to be shared: through the same gate as every document Handbok reads. */
async function createFrom(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
  const text = await bodyOf(request);
  if (text === null) return answer(response, 413, { error: `Dokumentet är större än ${ARCHIVE_MAX_SIZE_TEXT}.` });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return answer(response, 400, { error: 'Det som skickades är inte ett dokument (inte JSON).' });
  }
  const document = normalizeDocument(raw);
  if (!document.ok) return answer(response, 400, { error: 'Dokumentet går inte att läsa.', problems: document.problems });
  if (!DOCUMENT_ID.test(document.value.id)) return answer(response, 400, { error: 'Dokumentets id går inte att använda i ett delat bibliotek.' });
  const result = await context.createDocument(document.value);
  if (result === 'exists') return answer(response, 409, { error: 'Det delade biblioteket har redan ett dokument med samma id.' });
  answer(response, 201, { id: document.value.id });
}

const bearerToken = (request: IncomingMessage) => /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';

/** Answers a request if it is one of the routes; returns false to leave it to the server's default. */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://server');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, HEADERS);
    response.end();
    return true;
  }
  if (request.method !== 'GET' && request.method !== 'POST') return false;
  if (request.method === 'GET' && url.pathname === '/health') {
    answer(response, 200, { status: 'ok', documents: context.database.count(), ...context.load() });
    return true;
  }
  if (!url.pathname.startsWith('/api/')) return false;
  const user = userOfToken(await context.users(), bearerToken(request));
  if (!user) {
    answer(response, 401, { error: 'Nyckeln saknas, är fel eller har dragits in.' });
    return true;
  }
  if (request.method === 'POST') {
    if (url.pathname !== '/api/documents') return answer(response, 404, { error: 'Okänd adress.' }), true;
    if (user.role === 'reader') return answer(response, 403, { error: 'En läsare kan inte lägga till dokument.' }), true;
    await createFrom(request, response, context);
    return true;
  }
  if (url.pathname === '/api/library') {
    const documents: SharedDocumentEntry[] = context.database
      .headers()
      .filter((document) => document.deletedAt === null)
      .map(({ id, title, kind, status, updatedAt }) => ({ id, title, kind, status, updatedAt, role: roleIn(user, id) }));
    answer(response, 200, { documents });
    return true;
  }
  const id = /^\/api\/documents\/(.+)$/.exec(url.pathname)?.[1];
  if (id && DOCUMENT_ID.test(id)) {
    const document = context.database.document(id);
    if (document) answer(response, 200, document);
    else answer(response, 404, { error: 'Dokumentet finns inte i det delade biblioteket.' });
    return true;
  }
  answer(response, 404, { error: 'Okänd adress.' });
  return true;
}
