import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SharedDocumentEntry } from '@shared/collab/shared-document';
import { roleIn, userOfToken, type User } from './users';
import type { LibraryDatabase } from './library-database';

/*
 * The server's few HTTP routes beside the sync socket:
 * - GET /health: for the reverse proxy and the service manager; says nothing about the documents' content.
 * - GET /api/library: the documents the signed-in user may read, for the app's list of the shared library.
 * - GET /api/documents/ID: one document as Handbok JSON, to keep a local copy or export it.
 * The app sends its token as `Authorization: Bearer …`; the answers allow any origin, since they are
 * given only for a token and never for a cookie.
 */

export interface ApiContext {
  database: LibraryDatabase;
  users(): Promise<User[]>;
  /** How many documents are open and how many connections there are, for /health. */
  load(): { openDocuments: number; connections: number };
}

const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
};

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, HEADERS);
  response.end(JSON.stringify(body));
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
  if (request.method !== 'GET') return false;
  if (url.pathname === '/health') {
    answer(response, 200, { status: 'ok', documents: context.database.documents().length, ...context.load() });
    return true;
  }
  if (!url.pathname.startsWith('/api/')) return false;
  const user = userOfToken(await context.users(), bearerToken(request));
  if (!user) {
    answer(response, 401, { error: 'Nyckeln saknas, är fel eller har dragits in.' });
    return true;
  }
  if (url.pathname === '/api/library') {
    const documents: SharedDocumentEntry[] = context.database
      .documents()
      .filter((document) => document.deletedAt === null)
      .map(({ id, title, kind, status, updatedAt }) => ({ id, title, kind, status, updatedAt, role: roleIn(user, id) }));
    answer(response, 200, { documents });
    return true;
  }
  const id = /^\/api\/documents\/([\w-]{1,100})$/.exec(url.pathname)?.[1];
  if (id) {
    const document = context.database.document(id);
    if (document) answer(response, 200, document);
    else answer(response, 404, { error: 'Dokumentet finns inte i det delade biblioteket.' });
    return true;
  }
  answer(response, 404, { error: 'Okänd adress.' });
  return true;
}
