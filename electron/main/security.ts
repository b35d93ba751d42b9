import { app, session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/url';

/*
 * The Electron security baseline of architecture.md. Imported first by index.ts, so that it is in
 * force before any window or web contents exists.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'handbok';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * "scheme://host[:port]" of a URL. Not `URL.origin`: Node gives "null" as the origin of any scheme it
 * does not know, such as app:, which would make every app:// URL look alike. Lower-cased because
 * Node keeps the case of such hosts while Chromium, which treats app: as standard, does not.
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`.toLowerCase();
}

/** The origins whose pages may call the app's API: the app itself, and Vite's dev server in development. */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env, packaged = app.isPackaged): string[] {
  const devServer = env.ELECTRON_RENDERER_URL;
  if (!devServer || packaged) return [APP_ORIGIN];
  try {
    return [APP_ORIGIN, originOf(new URL(devServer))];
  } catch {
    return [APP_ORIGIN];
  }
}

/** True when the URL belongs to one of the trusted origins; parsed with `new URL`, never by prefix. */
export function isAppUrl(value: string, origins: readonly string[] = trustedOrigins()): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return origins.includes(originOf(url));
}

export { isSafeExternalUrl };

/** Hands a link to the system browser or mail program, and only when its scheme is safe. */
export function openExternally(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Every web contents: no new windows, no navigation away from the app, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The permissions Handbok uses: persistent storage, so that Chromium never clears the library
 * (IndexedDB) under disk pressure, and notifications, for the reminder that documents are due for
 * review (renderer/src/review). Only the app's own pages get them; every other permission (camera,
 * microphone, location …) is refused to every page.
 */
const PERMISSIONS_OF_THE_APP = new Set<string>(['persistent-storage', 'notifications']);

/** Whether a page at `url` (a URL or an origin) is granted `permission`. */
export function isPermissionGranted(permission: string, url: string): boolean {
  return PERMISSIONS_OF_THE_APP.has(permission) && isAppUrl(url);
}

export function handlePermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
void app.whenReady().then(handlePermissions);
