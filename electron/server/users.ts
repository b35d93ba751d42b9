import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { roleSchema, type Role } from '@shared/collab/shared-document';
import { writeAtomically } from '../node/atomic-write';

/*
 * Who may use the shared library: a file of users in the data folder, each with a role for the whole
 * library and, where set, another role for single documents. A user signs in with a token that is shown
 * once, when it is issued; the file keeps only its SHA-256 hash, so a copy of the file signs no one in.
 * Tokens are 32 random bytes: a hash without salt is enough for a secret that no one can guess.
 *
 * The municipality's identity provider (OIDC) would come in beside this: the server's authentication
 * hook would accept a signed ID token, and the roles would come from its groups instead of this file.
 */

export const USERS_FILE = 'anvandare.json';

const userSchema = z.object({
  name: z.string().min(1),
  role: roleSchema,
  /** Roles for single documents, by document id; they replace the library role for that document. */
  documents: z.record(z.string(), roleSchema).default({}),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  /** Set when the token was revoked; the user stays in the file so the logs keep a name. */
  revokedAt: z.string().nullable().default(null),
});
export type User = z.infer<typeof userSchema>;

const usersFileSchema = z.object({ format: z.literal('handbok-users'), users: z.array(userSchema) });

/** A problem with the users file or a command on it, in words for the person running the server. */
export class UsersError extends Error {}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The users in the data folder; none when there is no file yet. A file that is not ours is refused, never overwritten. */
export async function readUsers(folder: string): Promise<User[]> {
  const path = join(folder, USERS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsersError(`${path} är inte en användarfil från Handbok (den är inte JSON)`);
  }
  const parsed = usersFileSchema.safeParse(raw);
  if (!parsed.success) throw new UsersError(`${path} är inte en användarfil som Handbok kan läsa (${parsed.error.issues[0]?.path.join('.') || 'filen'} stämmer inte)`);
  return parsed.data.users;
}

async function writeUsers(folder: string, users: readonly User[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeAtomically(join(folder, USERS_FILE), `${JSON.stringify({ format: 'handbok-users', users }, null, 2)}\n`);
}

/** Changes to the file, one at a time: each reads what the one before it wrote. */
let changing: Promise<unknown> = Promise.resolve();
function change<T>(work: () => Promise<T>): Promise<T> {
  const next = changing.catch(() => undefined).then(work);
  changing = next;
  return next;
}

const activeUser = (users: readonly User[], name: string) => users.find((user) => user.name === name && user.revokedAt === null);

/** Adds a user and returns the token, the only time it is ever shown. A name in use by an active user is refused. */
export const addUser = (folder: string, name: string, role: Role, now: Date): Promise<string> => change(async () => {
  const users = await readUsers(folder);
  if (activeUser(users, name)) throw new UsersError(`det finns redan en användare som heter ”${name}”; dra in den först om den ska få en ny nyckel`);
  const token = randomBytes(32).toString('base64url');
  await writeUsers(folder, [...users, { name, role, documents: {}, tokenHash: hashOf(token), createdAt: now.toISOString(), revokedAt: null }]);
  return token;
});

/** Revokes a user's token: every later connection with it is refused. */
export const revokeUser = (folder: string, name: string, now: Date): Promise<void> => change(async () => {
  const users = await readUsers(folder);
  if (!activeUser(users, name)) throw new UsersError(`det finns ingen aktiv användare som heter ”${name}”`);
  await writeUsers(
    folder,
    users.map((user) => (user.name === name && user.revokedAt === null ? { ...user, revokedAt: now.toISOString() } : user)),
  );
});

/** Gives a user a role for one document, or (role null) takes it away so that the library role applies again. */
export const setDocumentRole = (folder: string, name: string, documentId: string, role: Role | null): Promise<void> => change(async () => {
  const users = await readUsers(folder);
  if (!activeUser(users, name)) throw new UsersError(`det finns ingen aktiv användare som heter ”${name}”`);
  await writeUsers(
    folder,
    users.map((user) => {
      if (user.name !== name || user.revokedAt !== null) return user;
      const { [documentId]: _previous, ...others } = user.documents;
      return { ...user, documents: role ? { ...others, [documentId]: role } : others };
    }),
  );
});

/** The active user a token belongs to, or null. Compared in constant time, so the answer's timing tells nothing. */
export function userOfToken(users: readonly User[], token: string): User | null {
  if (!token) return null;
  const hash = Buffer.from(hashOf(token), 'hex');
  return users.find((user) => user.revokedAt === null && timingSafeEqual(Buffer.from(user.tokenHash, 'hex'), hash)) ?? null;
}

/** What a user may do in one document: the document's own role where one is set, else the library role. */
export const roleIn = (user: User, documentId: string): Role => user.documents[documentId] ?? user.role;
