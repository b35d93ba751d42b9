import { serverOrigin, socketOriginOf } from '../../shared/url';
import type { IpcHandler } from './ipc';
import { readMainSettings, writeMainSettings } from './main-settings';

/*
 * The page's Content-Security-Policy lets it connect to its own origin only. A shared library's server is
 * the one exception, and only the server the user connected to: its origin (and the same origin over
 * WebSocket) is added to `connect-src` as the app serves index.html. Main keeps the origin, so the policy
 * is in place before any script of the page runs, and a page can widen it only by asking main here, with
 * an address that parses to exactly one http(s) origin.
 */

let cached: string | null | undefined;

/** The origin the page may connect to besides its own, or null. */
export async function allowedSharedLibraryOrigin(): Promise<string | null> {
  cached ??= (await readMainSettings()).sharedLibraryOrigin ?? null;
  return cached;
}

/** index.html with the shared library's origin added to its policy's connect-src; unchanged without one. */
export function withSharedLibraryOrigin(html: string, origin: string | null): string {
  if (!origin) return html;
  return html.replace("connect-src 'self'", `connect-src 'self' ${origin} ${socketOriginOf(origin)}`);
}

/**
 * The page connects to this server from now on (null: to none). When that changes the policy, main keeps
 * it and loads the page again, and the result is true: the page's work goes on after the reload.
 */
export const allowSharedLibrary: IpcHandler<'allow-shared-library'> = async (address, event) => {
  const origin = address === null ? null : serverOrigin(address);
  if (address !== null && origin === null) throw new Error('allow-shared-library: not the address of a server');
  if ((await allowedSharedLibraryOrigin()) === origin) return false;
  const { sharedLibraryOrigin: _previous, ...others } = await readMainSettings();
  await writeMainSettings(origin ? { ...others, sharedLibraryOrigin: origin } : others);
  cached = origin;
  event.sender.reload();
  return true;
};
