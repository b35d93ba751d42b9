/**
 * Pasted HTML as text, made ready to parse. The page's Content-Security-Policy also covers documents
 * parsed with DOMParser, and reports every inline style it blocks: style sheets are removed and style
 * attributes renamed before parsing, so nothing is blocked (the renamed attribute is still read for
 * bold, italic and Word's list levels). `<noscript>` goes with its content, which is meant for
 * browsers without scripts; one left open loses only its tag, not everything after it.
 *
 * One pass from left to right, that never looks at a character twice over (pasted text may be
 * megabytes of `<a<a<a…` or `<style` without an end): a regular expression that scans to the end for
 * every unclosed tag takes quadratic time and freezes the window.
 */
export const STYLE_ATTRIBUTE = 'data-paste-style';

/** Elements removed with their content; what happens when one is not closed. */
const REMOVED_WITH_CONTENT: Record<string, 'rest' | 'tag'> = {
  // The browser reads everything after an unclosed <style> as CSS: none of it was shown.
  style: 'rest',
  noscript: 'tag',
};

const STYLE_ATTRIBUTE_NAME = /\sstyle\s*=/gi;

export function defuseHtml(html: string): string {
  const out: string[] = [];
  /** Element names whose closing tag was looked for and is not there: no later one is closed either. */
  const unclosed = new Set<string>();
  let copied = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (!/[a-z]/i.test(html[at + 1] ?? '')) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const end = html.indexOf('>', at);
    if (end === -1) break; // no tag after this one is complete either
    const name = /^(style|noscript)(?![\w:-])/i.exec(html.slice(at + 1, at + 10))?.[1]?.toLowerCase();
    if (name) {
      out.push(html.slice(copied, at));
      const closing = unclosed.has(name) ? null : closingTag(html, name, end + 1);
      if (closing !== null) {
        copied = closing;
      } else {
        unclosed.add(name);
        if (REMOVED_WITH_CONTENT[name] === 'rest') return out.join('');
        copied = end + 1;
      }
      at = html.indexOf('<', copied);
      continue;
    }
    out.push(html.slice(copied, at), html.slice(at, end + 1).replace(STYLE_ATTRIBUTE_NAME, ` ${STYLE_ATTRIBUTE}=`));
    copied = end + 1;
    at = html.indexOf('<', copied);
  }
  out.push(html.slice(copied));
  return out.join('');
}

/** Where the closing tag of an element ends, searching from `from`; null when there is none. */
function closingTag(html: string, name: string, from: number): number | null {
  const pattern = new RegExp(`</${name}\\s*>`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html) ? pattern.lastIndex : null;
}
