/**
 * Where a text first holds a character that XML 1.0 does not allow (its `Char` production: tab, line
 * feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF), or -1. Written from the
 * specification by code point, not with the exporter's own pattern, so that a test can catch that pattern out.
 */
export function xmlForbiddenAt(text: string): number {
  let at = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return at;
    at += char.length;
  }
  return -1;
}
