import { resolve } from 'node:path';
import { ROLES, type Role } from '@shared/collab/shared-document';
import { backUpLibrary } from '../server/library-backups';
import { openLibraryDatabase } from '../server/library-database';
import { startSharedLibraryServer } from '../server/shared-library-server';
import { addUser, readUsers, revokeUser, setDocumentRole, UsersError } from '../server/users';
import { CliError, EXIT, options, UsageError } from './command-line';

/*
 * `handbok serve`: the shared library's server and the commands that look after it (users, backups).
 * It runs in the foreground until it is stopped (Ctrl-C, or SIGTERM from the service manager), and stores
 * every open document before it exits.
 */

/** What `serve` needs of the terminal; the command line's io has it all. */
export interface ServeIo {
  out(line: string): void;
  err(line: string): void;
  now(): Date;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  untilStopped(): Promise<void>;
}

export const DEFAULT_PORT = 8470;
const ROLE_WORDS: Record<Role, string> = { reader: 'läsare', editor: 'redaktör', administrator: 'administratör' };

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

function roleOf(value: string | undefined): Role {
  if (value === undefined) throw new UsageError(`--role saknas (${ROLES.join(', ')})`);
  if (!isRole(value)) throw new UsageError(`okänd roll ”${value}”; välj ${ROLES.join(', ')}`);
  return value;
}

function dataFolder(value: string | undefined): string {
  if (!value) throw new UsageError('--data MAPP saknas: mappen där det delade biblioteket sparas');
  return resolve(value);
}

/** A users-file problem becomes a message for the person at the terminal; the file stays as it was. */
async function onUsers<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsersError) throw new CliError(error.message);
    throw error;
  }
}

async function users(io: ServeIo, args: string[]): Promise<number> {
  const { values, positionals } = options(args, { data: { type: 'string' }, role: { type: 'string' }, document: { type: 'string' } });
  const [action, name] = positionals;
  const folder = dataFolder(values.data);
  if (action === 'list') {
    for (const user of await onUsers(() => readUsers(folder))) {
      const documents = Object.entries(user.documents).map(([id, role]) => `${id}: ${ROLE_WORDS[role]}`);
      const state = user.revokedAt ? `indragen ${user.revokedAt.slice(0, 10)}` : ROLE_WORDS[user.role];
      io.out([user.name, state, ...documents].join('\t'));
    }
    return EXIT.ok;
  }
  if (!name) throw new UsageError('ange användarens namn');
  if (action === 'add') {
    const token = await onUsers(() => addUser(folder, name, roleOf(values.role), io.now()));
    io.out(`${name} lades till som ${ROLE_WORDS[roleOf(values.role)]}. Nyckeln visas bara nu; ge den till ${name} och spara den inte någon annanstans:`);
    io.out(token);
    return EXIT.ok;
  }
  if (action === 'revoke') {
    await onUsers(() => revokeUser(folder, name, io.now()));
    io.out(`${name}s nyckel är indragen; öppna anslutningar stängs inom en minut.`);
    return EXIT.ok;
  }
  if (action === 'role') {
    if (!values.document) throw new UsageError('--document ID saknas');
    const role = values.role === 'library' ? null : roleOf(values.role);
    await onUsers(() => setDocumentRole(folder, name, values.document!, role));
    io.out(role ? `${name} är ${ROLE_WORDS[role]} i dokumentet ${values.document}.` : `${name} har bibliotekets roll i dokumentet ${values.document} igen.`);
    return EXIT.ok;
  }
  throw new UsageError(`okänd åtgärd ”${action ?? ''}” för users; välj add, revoke, role eller list`);
}

async function backup(io: ServeIo, args: string[]): Promise<number> {
  const { values } = options(args, { data: { type: 'string' } });
  const folder = dataFolder(values.data);
  const database = await openLibraryDatabase(folder);
  try {
    const written = await backUpLibrary(folder, database, io.now());
    io.out(`Säkerhetskopia skriven: ${written.id} (${written.documentCount} dokument)`);
  } finally {
    database.close();
  }
  return EXIT.ok;
}

async function run(io: ServeIo, args: string[]): Promise<number> {
  const { values } = options(args, { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
  const folder = dataFolder(values.data);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port} är inget portnummer`);
  const server = await startSharedLibraryServer({
    folder,
    host: values.host ?? '127.0.0.1',
    port,
    log: (line) => io.out(`${io.now().toISOString()} ${line}`),
    now: io.now,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`porten ${port} används redan; välj en annan med --port`);
    if (error instanceof UsersError) throw new CliError(error.message);
    throw error;
  });
  await io.untilStopped();
  await server.stop();
  return EXIT.ok;
}

/** `handbok serve …` */
export async function serve(io: ServeIo, args: string[]): Promise<number> {
  const [first, ...rest] = args;
  if (first === 'users') return users(io, rest);
  if (first === 'backup') return backup(io, rest);
  return run(io, args);
}
