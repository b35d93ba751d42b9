import { z } from 'zod';
import { sharedLibrarySchema, type SharedDocumentEntry } from '@shared/collab/shared-document';
import type { HandbokDocument } from '@shared/model/document';
import { normalizeDocument } from '@shared/model/normalize-document';
import { serverOrigin } from '@shared/url';

/*
 * The app's side of a shared library (`handbok serve`): where the server is, the token to sign in with, and
 * the server's HTTP routes (the list of documents, a document as JSON, sharing a local document). Every
 * answer passes a schema or the document gate before the app uses it; every failure is one of a few
 * problems that the interface says in the user's words.
 */

export const sharedLibraryConnectionSchema = z.object({ address: z.string().min(1), token: z.string().min(1) });
export type SharedLibraryConnection = z.infer<typeof sharedLibraryConnectionSchema>;

export type SharedLibraryProblem =
  /** Not an address Handbok can use (a scheme other than http or https, a path, credentials in it). */
  | 'bad-address'
  /** Nothing answered, or something that is not a Handbok server. */
  | 'unreachable'
  /** The token is wrong or has been revoked. */
  | 'refused'
  /** The user may read but not add documents. */
  | 'reader'
  /** The library already has a document with this id. */
  | 'exists'
  /** What came back does not pass the gate. */
  | 'unreadable';

export type SharedLibraryResult<T> = { ok: true; value: T } | { ok: false; problem: SharedLibraryProblem };

async function request(connection: SharedLibraryConnection, path: string, init: RequestInit = {}): Promise<SharedLibraryResult<unknown>> {
  const origin = serverOrigin(connection.address);
  if (!origin) return { ok: false, problem: 'bad-address' };
  let response: Response;
  try {
    response = await fetch(`${origin}${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${connection.token}` } });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (response.status === 401) return { ok: false, problem: 'refused' };
  if (response.status === 403) return { ok: false, problem: 'reader' };
  if (response.status === 409) return { ok: false, problem: 'exists' };
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || body === undefined) return { ok: false, problem: response.ok ? 'unreachable' : 'unreadable' };
  return { ok: true, value: body };
}

/** The documents of the shared library that the signed-in user may read, with the user's role in each. */
export async function fetchSharedLibrary(connection: SharedLibraryConnection): Promise<SharedLibraryResult<SharedDocumentEntry[]>> {
  const answer = await request(connection, '/api/library');
  if (!answer.ok) return answer;
  const parsed = sharedLibrarySchema.safeParse(answer.value);
  return parsed.success ? { ok: true, value: parsed.data.documents } : { ok: false, problem: 'unreachable' };
}

/** One shared document as it is stored on the server, through the gate. */
export async function fetchSharedDocument(connection: SharedLibraryConnection, id: string): Promise<SharedLibraryResult<HandbokDocument>> {
  const answer = await request(connection, `/api/documents/${encodeURIComponent(id)}`);
  if (!answer.ok) return answer;
  const document = normalizeDocument(answer.value);
  return document.ok ? { ok: true, value: document.value } : { ok: false, problem: 'unreadable' };
}

/** Puts a local document into the shared library; the server writes it there once. */
export async function shareDocument(connection: SharedLibraryConnection, document: HandbokDocument): Promise<SharedLibraryResult<null>> {
  const answer = await request(connection, '/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(document),
  });
  return answer.ok ? { ok: true, value: null } : answer;
}
