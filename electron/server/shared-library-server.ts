import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Server, type Document } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import type * as Y from 'yjs';
import { DOCUMENT_ID, readHeader, writeHeader } from '@shared/collab/shared-document';
import { normalizeDocument } from '@shared/model/normalize-document';
import type { HandbokDocument } from '@shared/model/document';
import { isBlankSharedDocument, mirrorContent, writeContentToYjs, type ContentMirror } from '../../renderer/src/editor/collab/yjs-content';
import { handleApiRequest } from './http-api';
import { backupIsDue, backUpLibrary } from './library-backups';
import { openLibraryDatabase } from './library-database';
import { readUsers, roleIn, userOfToken, USERS_FILE, type User } from './users';

/*
 * `handbok serve`: the shared library's server. Hocuspocus syncs each document's Yjs state between the
 * editors; this module decides who may connect (the users file), keeps each open document's content as
 * Handbok JSON beside its Yjs state (a headless editor follows every change), stores both in the library
 * database, answers the HTTP routes of http-api.ts, and takes the daily backup.
 *
 * Logs name users and document ids, never content.
 */

export interface SharedLibraryOptions {
  /** The data folder: the database, the users file and the backups. */
  folder: string;
  host: string;
  /** 0 picks a free port (the tests do). */
  port: number;
  log(line: string): void;
  now(): Date;
  /** How long after a change the document is stored; a change is stored at the latest after five times as long. */
  storeAfterMs?: number;
  /** How often to look whether a backup is due and whether the users file changed. */
  checkEveryMs?: number;
}

export interface SharedLibraryServer {
  /** The port it listens on (the one chosen, when 0 was asked for). */
  readonly port: number;
  backUpNow(): ReturnType<typeof backUpLibrary>;
  /** Stores every open document, closes every connection and the database. */
  stop(): Promise<void>;
}

/** The context a connection carries from authentication on. */
interface ConnectionUser {
  name: string;
  role: User['role'];
}


class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function startSharedLibraryServer(options: SharedLibraryOptions): Promise<SharedLibraryServer> {
  const { folder, log, now } = options;
  const database = await openLibraryDatabase(folder);
  const mirrors = new Map<string, ContentMirror>();
  const lastStored = new Map<string, Buffer>();

  // The users file is read again when it changes, so `handbok serve users revoke` takes effect at once.
  let users: { read: User[]; modified: number } = { read: await readUsers(folder), modified: -1 };
  const currentUsers = async (): Promise<User[]> => {
    const modified = await stat(join(folder, USERS_FILE)).then((info) => info.mtimeMs, () => 0);
    if (modified !== users.modified) users = { read: await readUsers(folder), modified };
    return users.read;
  };

  const documentOf = async (id: string, doc: Y.Doc): Promise<HandbokDocument | null> => {
    const before = database.header(id);
    const time = now().toISOString();
    const header = readHeader(doc, { id, createdAt: before?.createdAt ?? time, updatedAt: time, revision: (before?.revision ?? 0) + 1 });
    const mirror = mirrors.get(id);
    if (!header.ok || !mirror) return null;
    const whole = normalizeDocument({ ...header.value, content: await mirror.content() });
    return whole.ok ? whole.value : null;
  };

  const server = new Server({
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeAfterMs ?? 1000,
    maxDebounce: (options.storeAfterMs ?? 1000) * 5,
    async onAuthenticate({ token, documentName, connectionConfig, request }) {
      if (!DOCUMENT_ID.test(documentName)) throw new Refusal('okänt dokument');
      const user = userOfToken(await currentUsers(), token);
      if (!user) {
        log(`nekad: okänd eller indragen nyckel (${request.socket.remoteAddress ?? 'okänd adress'})`);
        throw new Refusal('ogiltig nyckel');
      }
      const role = roleIn(user, documentName);
      // Enforced by the server: whatever a reader's client sends, no change of theirs is applied.
      connectionConfig.readOnly = role === 'reader';
      return { name: user.name, role } satisfies ConnectionUser;
    },
    async connected({ documentName, context }) {
      const user = context as ConnectionUser;
      log(`ansluten: ${user.name} (${user.role}) till ${documentName}`);
    },
    async onDisconnect({ documentName, context }) {
      const user = context as ConnectionUser | undefined;
      if (user?.name) log(`frånkopplad: ${user.name} från ${documentName}`);
    },
    async afterLoadDocument({ documentName, document }) {
      mirrors.set(documentName, mirrorContent(document));
    },
    async afterUnloadDocument({ documentName }) {
      mirrors.get(documentName)?.destroy();
      mirrors.delete(documentName);
      lastStored.delete(documentName);
    },
    async onRequest({ request, response }) {
      const handled = await handleApiRequest(request, response, {
        database,
        createDocument,
        users: currentUsers,
        load: () => ({ openDocuments: server.hocuspocus.getDocumentsCount(), connections: server.hocuspocus.getConnectionsCount() }),
      }).catch((error: unknown) => {
        log(`fel i en förfrågan: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500).end();
        return true;
      });
      // Hocuspocus leaves a request alone when the hook rejects without an error.
      if (handled) throw null;
    },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => database.state(documentName),
        store: async ({ documentName, document, state }) => {
          // Hocuspocus asks again for a document whose connections close, changed or not: the same state
          // is not derived and written twice.
          if (lastStored.get(documentName)?.equals(state)) return;
          const stored = await documentOf(documentName, document);
          if (!stored) log(`${documentName}: innehållet sparades, men inte som Handbok-JSON (uppgifterna saknas eller går inte att läsa)`);
          await database.put(documentName, state, stored, now());
          lastStored.set(documentName, state);
        },
      }),
    ],
  });

  // The one place a document's first content is written: once, here, never by two clients at once.
  const createDocument = async (document: HandbokDocument): Promise<'created' | 'exists'> => {
    if (database.state(document.id)) return 'exists';
    const connection = await server.hocuspocus.openDirectConnection(document.id, { name: 'server', role: 'administrator' });
    let result = 'exists' as 'created' | 'exists';
    try {
      await connection.transact((doc) => {
        if (!isBlankSharedDocument(doc)) return;
        writeHeader(doc, document);
        writeContentToYjs(doc, document.content);
        result = 'created';
      });
    } finally {
      await connection.disconnect();
    }
    if (result === 'created') log(`nytt dokument: ${document.id}`);
    return result;
  };

  // Revoked users and changed roles: their open connections are closed, and they connect again (or not)
  // under what the file now says.
  const closeOutdatedConnections = async () => {
    const read = await currentUsers();
    for (const [name, document] of server.hocuspocus.documents as Map<string, Document>) {
      for (const connection of document.getConnections()) {
        const user = connection.context as ConnectionUser;
        const current = read.find((candidate) => candidate.name === user.name && candidate.revokedAt === null);
        if (!current || roleIn(current, name) !== user.role) connection.close({ code: 4401, reason: 'roll ändrad eller nyckel indragen' });
      }
    }
  };

  let backingUp = false;
  const backUpIfDue = async () => {
    if (backingUp || database.count() === 0 || !(await backupIsDue(folder, now()))) return;
    backingUp = true;
    try {
      const backup = await backUpLibrary(folder, database, now());
      log(`säkerhetskopia: ${backup.id} (${backup.documentCount} dokument)`);
    } finally {
      backingUp = false;
    }
  };

  const checks = setInterval(() => {
    void closeOutdatedConnections().catch((error: unknown) => log(`kunde inte läsa användarfilen: ${error instanceof Error ? error.message : String(error)}`));
    void backUpIfDue().catch((error: unknown) => log(`säkerhetskopian misslyckades: ${error instanceof Error ? error.message : String(error)}`));
  }, options.checkEveryMs ?? 60_000);

  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    // Hocuspocus 3's own listen() does not pass the address on to Node: listen here, on the host asked for.
    server.httpServer.listen({ port: options.port, host: options.host }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (server.httpServer.address() as AddressInfo).port;
  log(`Handbok delat bibliotek: lyssnar på ${options.host}:${port}, data i ${folder}`);

  return {
    port,
    backUpNow: () => backUpLibrary(folder, database, now()),
    async stop() {
      clearInterval(checks);
      await server.destroy();
      // Hocuspocus closes each document's connection, but ws leaves the sockets open when its server closes:
      // end them, so the apps see the server gone and connect again when it is back.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      database.close();
      log('stoppad');
    },
  };
}
