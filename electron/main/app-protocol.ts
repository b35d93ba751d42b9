import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './security';
import { allowedSharedLibraryOrigin, withSharedLibraryOrigin } from './shared-library-access';

/**
 * The renderer is served from app://handbok/ rather than file://, so that the page has a real origin
 * of its own (IndexedDB, CSP and navigation checks then work as on the web) and can read nothing but
 * the built renderer folder.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * A standard, secure origin that may fetch its own files; `codeCache` keeps V8's compiled code of
 * the app's scripts between starts (off by default for custom schemes), so the app starts faster.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/**
 * The file that an app:// URL names inside `rendererDir`, or null for anything that is not a plain
 * path inside it: another host, encoded separators, traversal, NUL bytes.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password) return null;
  if (/%2f|%5c|%00/i.test(url.pathname)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname}`);
  return file.startsWith(root + sep) ? file : null;
}

export function registerAppProtocol(rendererDir: string): void {
  const page = resolve(rendererDir, 'index.html');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (file !== page || !response.ok) return response;
    // The page's policy, with the shared library server it may reach (shared-library-access.ts).
    const html = withSharedLibraryOrigin(await response.text(), await allowedSharedLibraryOrigin());
    return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  });
}
