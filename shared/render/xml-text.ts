import type { RenderWarning } from './warnings';

/**
 * Characters that XML 1.0 does not allow anywhere in a document: the C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and a surrogate that is not half of a pair. One of them
 * in any part of a Word file and Word refuses to open it. They reach a document through archives and
 * pastes, unseen: the editor shows nothing where they stand.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const FORBIDDEN_IN_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_IN_XML_ALL = new RegExp(FORBIDDEN_IN_XML.source, 'g');

/**
 * What stands in for a forbidden character: U+FFFD, the replacement character, rather than nothing, so
 * that the place stays visible in the Word file and the reviewer can see that something was there.
 */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** The text with each character that XML forbids replaced by U+FFFD; one code unit for one, so places keep their offsets. */
export const xmlText = (text: string): string => text.replace(FORBIDDEN_IN_XML_ALL, REPLACEMENT_CHARACTER);

/** How much text on each side of the first replaced character the warning quotes. */
const QUOTED = 24;

/** The text around a place, on one line, without cutting a surrogate pair or quoting a control character. */
function quoteAround(text: string, at: number): string {
  let from = Math.max(0, at - QUOTED);
  let to = Math.min(text.length, at + QUOTED);
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from += 1;
  if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to -= 1;
  const quoted = text.slice(from, to).replace(/[\s\u0080-\u009F]+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${quoted}${to < text.length ? '…' : ''}`;
}

/**
 * Makes every string of the values handed to an exporter writable in XML (see FORBIDDEN_IN_XML), and
 * remembers where it first had to, for the one warning the export gives. A value with nothing to replace
 * is returned as it is (the same object); one with something is copied along the path to each change.
 */
export class XmlTextCleaner {
  private first: string | null = null;

  clean<T>(value: T): T {
    return this.cleaned(value) as T;
  }

  private cleaned(value: unknown): unknown {
    if (typeof value === 'string') {
      const at = value.search(FORBIDDEN_IN_XML);
      if (at < 0) return value;
      const replaced = xmlText(value);
      this.first ??= quoteAround(replaced, at);
      return replaced;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      value.forEach((item, index) => {
        const next = this.cleaned(item);
        if (next !== item) (copy ??= [...value])[index] = next;
      });
      return copy ?? value;
    }
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      let copy: Record<string, unknown> | null = null;
      for (const [key, item] of Object.entries(value)) {
        const next = this.cleaned(item);
        if (next !== item) (copy ??= { ...value })[key] = next;
      }
      return copy ?? value;
    }
    return value;
  }

  /** One warning when anything was replaced, quoting the first place; none otherwise. */
  warnings(): RenderWarning[] {
    return this.first === null ? [] : [{ code: 'xml-illegal-characters', detail: `”${this.first}”` }];
  }
}
