import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSharedDocument, fetchSharedLibrary, shareDocument } from '../../../../renderer/src/storage/shared-library';
import { documentFromSeed } from '../../../../shared/model/document';
import { sampleLibrary } from '../../../../resources/samples/sample-library';

/*
 * The app's side of a shared library against servers that answer badly: each answer becomes one of the
 * problems the interface words, never an exception or a document that skipped the gate.
 */

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers every request with this status and body. */
async function answering(status: number, body: string): Promise<{ address: string; token: string }> {
  server = createServer((_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 'nyckel' };
}

const handbook = documentFromSeed(sampleLibrary[0]!, '2026-12-07T10:00:00.000Z', () => 'dok');

describe('the shared library client', () => {
  it('says a page that is not a Handbok server is unreachable, and a wrong list likewise', async () => {
    expect(await fetchSharedLibrary(await answering(200, '<html>inloggning</html>'))).toEqual({ ok: false, problem: 'unreachable' });
    server!.close();
    expect(await fetchSharedLibrary(await answering(200, '{"documents": [{"id": 1}]}'))).toEqual({ ok: false, problem: 'unreachable' });
  });

  it('tells a refused token, a reader and a taken id apart', async () => {
    expect(await fetchSharedLibrary(await answering(401, '{}'))).toEqual({ ok: false, problem: 'refused' });
    server!.close();
    expect(await shareDocument(await answering(403, '{}'), handbook)).toEqual({ ok: false, problem: 'reader' });
    server!.close();
    expect(await shareDocument(await answering(409, '{}'), handbook)).toEqual({ ok: false, problem: 'exists' });
  });

  it('refuses a shared document that does not pass the gate, rather than keeping it', async () => {
    const broken = JSON.stringify({ ...handbook, kind: 'roman', content: { root: 'ingen' } });
    expect(await fetchSharedDocument(await answering(200, broken), handbook.id)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('says so when nothing answers, or the address is not one to use', async () => {
    const { address } = await answering(200, '{}');
    server!.close();
    server = null;
    expect(await fetchSharedLibrary({ address, token: 'nyckel' })).toEqual({ ok: false, problem: 'unreachable' });
    expect(await fetchSharedLibrary({ address: 'ftp://handbok.sjovik.se', token: 'nyckel' })).toEqual({ ok: false, problem: 'bad-address' });
  });
});
