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
