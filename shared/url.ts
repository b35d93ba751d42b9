/** Schemes that may leave the app: web pages and e-mail. Everything else (file:, javascript:, custom
 * protocol handlers that launch programs) is refused. */
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * True when a link may be handed to the system browser or mail program. Parsed with `new URL`, never
 * by string matching, and refused when it carries credentials (`http://intranet@evil.example`).
 */
export function isSafeExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.has(url.protocol)) return false;
  if (url.username || url.password) return false;
  if (url.protocol !== 'mailto:' && !url.hostname) return false;
  return true;
}

/**
 * What a writer typed as a link, made into a full address: "www.sjovik.se" becomes
 * "https://www.sjovik.se", "namn@sjovik.se" becomes "mailto:namn@sjovik.se". Null when the result is
 * still not a safe external link.
 */
export function normalizeLinkInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : // A dot in the domain after its first character; the domain's first dot is found without backtracking.
      /^[^\s@/]+@[^\s@/][^\s@/.]*\.[^\s@/]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`;
  return isSafeExternalUrl(candidate) ? candidate : null;
}

/** A host name as URL gives it (lower case, punycode), or an IP address; never a wildcard. */
const SERVER_HOST = /^(?:\[[\da-f:.]+\]|[\da-z-]+(?:\.[\da-z-]+)*)$/;

/**
 * A shared library server's origin from what the user typed: "delat.kommun.se" is
 * https://delat.kommun.se. A scheme other than http(s), a path, a query or credentials are refused, so
 * that what is stored, and what the desktop app's page is allowed to reach, is exactly one origin.
 */
export function serverOrigin(address: string): string | null {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  // URL accepts "*" as a host, and "https://*" in a Content-Security-Policy would allow every server.
  if (!SERVER_HOST.test(url.hostname)) return null;
  return url.origin;
}

/** The sync socket's origin on the same server: ws for http, wss for https. */
export const socketOriginOf = (origin: string) => origin.replace(/^http/, 'ws');

