/**
 * What the finished PDF needs to know of the page it was printed from: the text of every heading
 * (for the bookmarks) and of every link (for the link annotations' descriptions). The page is one
 * of Handbok's own print pages, whose text is always escaped, so its tags can be found by pattern.
 */
export interface PageText {
  /** The page's <title>, <html lang> and author: the PDF's title, language and author. */
  title: string;
  language: string;
  author?: string;
  /** Every heading's text in document order, as a reader sees it (its number included). */
  headings: string[];
  /**
   * In a jämförelseversion, whose headings may hold deleted words: every heading's text with them,
   * as Chromium titles its bookmark, to find the bookmark by. Absent on every other page.
   */
  printedHeadings?: string[];
  /**
   * What each link says, by its href: its aria-label, else the heading it leads to, else its text
   * (the first link to a target names it).
   */
  links: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of a piece of markup: tags dropped, entities read, white space as a reader sees it. */
export function textOf(markup: string): string {
  return markup
    .replace(/<br\b[^>]*>/gi, ' ')
    .replace(/<[^<>]*>/g, '') // a tag ends before the next '<': a run of '<' without '>' is read once, not once per '<'
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * The markup without what a jämförelseversion shows deleted (<del>): a heading or a link is named by
 * what it says in the newer version. Handbok's pages never nest a <del> in another.
 */
const withoutDeleted = (markup: string): string => (markup.includes('<del>') ? markup.replace(/<del>[\s\S]*?<\/del>/g, '') : markup);

const attribute = (attributes: string, name: string) => {
  const found = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return found ? textOf(found[1]!) : undefined;
};

export function pageText(html: string): PageText {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  // The page's own text: its head is read below for the title, the language and the author.
  const headings: string[] = [];
  const printedHeadings: string[] = [];
  const headingById = new Map<string, string>();
  for (const match of body.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g)) {
    const text = textOf(withoutDeleted(match[3]!));
    headings.push(text);
    printedHeadings.push(textOf(match[3]!));
    const id = attribute(match[2]!, 'id');
    if (id) headingById.set(id, text);
  }
  const links = new Map<string, string>();
  for (const match of body.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
    const href = attribute(match[1]!, 'href');
    if (href === undefined || links.has(href)) continue;
    const text = attribute(match[1]!, 'aria-label') || (href.startsWith('#') ? headingById.get(href.slice(1)) : undefined) || textOf(withoutDeleted(match[2]!));
    if (text) links.set(href, text);
  }
  const title = textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
  const language = attribute(/<html\b([^>]*)>/.exec(html)?.[1] ?? '', 'lang') || 'sv-SE';
  const author = attribute(/<meta\b([^>]*\bname="author"[^>]*)>/.exec(html)?.[1] ?? '', 'content');
  const deleted = printedHeadings.some((printed, index) => printed !== headings[index]);
  return { title, language, ...(author ? { author } : {}), headings, ...(deleted ? { printedHeadings } : {}), links };
}
