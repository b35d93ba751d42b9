/**
 * Cleans HTML from the clipboard (Word, LibreOffice, Google Docs, web pages) down to what a governing
 * document keeps: headings, paragraphs, lists, tables, links, bold, italic and underline. Fonts,
 * colours, sizes, classes and Word's own markup go. Word writes lists as paragraphs with `mso-list`
 * styles and a typed bullet, not as <ul>/<ol>; they are rebuilt as real, nested lists.
 */
export interface CleanedPaste {
  document: Document;
  /** Images cannot be pasted (they point at the writer's temp folder or the web); the writer is told. */
  droppedImages: number;
}

const REMOVED = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'O:P', 'OBJECT', 'IFRAME', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const KEPT = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'A', 'B', 'STRONG', 'I', 'EM', 'U', 'BLOCKQUOTE']);
const BLOCK_WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'CENTER', 'DL', 'DT', 'DD', 'PRE']);

/**
 * The page's Content-Security-Policy also covers documents parsed here, and reports every inline style
 * it blocks. Style sheets are removed and style attributes renamed before parsing, so nothing is
 * blocked; the renamed attribute is still read for bold, italic and Word's list levels.
 */
const STYLE_ATTRIBUTE = 'data-paste-style';
function defuseStyles(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\sstyle\s*=/gi, ` ${STYLE_ATTRIBUTE}=`));
}

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): CleanedPaste {
  const document = parser.parseFromString(defuseStyles(html), 'text/html');
  const body = document.body;
  removeComments(body);
  rebuildWordLists(body);
  const droppedImages = body.querySelectorAll('img, picture').length;
  cleanChildren(body);
  return { document, droppedImages };
}

function removeComments(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function styleOf(element: Element): string {
  return (element.getAttribute(STYLE_ATTRIBUTE) ?? '').toLowerCase().replace(/\s+/g, '');
}

/** Which of bold, italic and underline an element's inline style or tag asks for. */
function formatsOf(element: Element): { bold: boolean; italic: boolean; underline: boolean; notBold: boolean } {
  const style = styleOf(element);
  const weight = /font-weight:(\w+)/.exec(style)?.[1];
  return {
    bold: weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600),
    notBold: weight === 'normal' || (weight !== undefined && Number(weight) > 0 && Number(weight) < 600),
    italic: /font-style:italic/.test(style),
    underline: /text-decoration[^;]*underline/.test(style),
  };
}

function cleanChildren(parent: Element) {
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === 3) continue; // text
    if (child.nodeType !== 1) {
      child.parentNode?.removeChild(child);
      continue;
    }
    cleanElement(child as Element);
  }
}

function unwrap(element: Element) {
  const parent = element.parentNode!;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function replaceTag(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  for (const attribute of ['href', STYLE_ATTRIBUTE, 'class']) {
    const value = element.getAttribute(attribute);
    if (value !== null) replacement.setAttribute(attribute, value);
  }
  element.parentNode!.replaceChild(replacement, element);
  return replacement;
}

/** Wraps an element's children in <b>, <i> or <u>, innermost first. */
function wrapChildren(element: Element, tags: string[]) {
  for (const tag of tags) {
    const wrapper = element.ownerDocument.createElement(tag);
    while (element.firstChild) wrapper.appendChild(element.firstChild);
    element.appendChild(wrapper);
  }
}

function cleanElement(original: Element) {
  let element = original;
  const tag = element.tagName.toUpperCase();
  if (REMOVED.has(tag) || tag.includes(':') || tag === 'IMG' || tag === 'PICTURE') {
    element.remove();
    return;
  }
  const className = element.getAttribute('class') ?? '';
  if (/\bMsoTitle\b/.test(className)) element = replaceTag(element, 'h1');
  else if (/^H[4-6]$/.test(tag)) element = replaceTag(element, 'h3');
  else if (tag === 'TH' || tag === 'TD' || KEPT.has(tag)) {
    // kept as it is
  } else if (BLOCK_WRAPPERS.has(tag) && !element.closest('p, li, h1, h2, h3, td, th')) {
    element = replaceTag(element, 'p');
  }

  const formats = formatsOf(element);
  const wanted = [formats.underline ? 'u' : null, formats.italic ? 'i' : null, formats.bold ? 'b' : null].filter((value): value is string => value !== null);
  const current = element.tagName.toUpperCase();
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
  if ((current === 'B' || current === 'STRONG') && formats.notBold) {
    cleanChildren(element);
    unwrap(element);
    return;
  }
  if (wanted.length) wrapChildren(element, wanted);
  cleanChildren(element);

  if (!KEPT.has(element.tagName.toUpperCase())) {
    unwrap(element);
    return;
  }
  const href = element.tagName.toUpperCase() === 'A' ? element.getAttribute('href') : null;
  for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
  if (href && /^(https?:|mailto:)/i.test(href.trim())) element.setAttribute('href', href.trim());
  else if (element.tagName.toUpperCase() === 'A') unwrap(element);
}

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

/** A Word list paragraph: its level, and whether its typed marker ("1.", "a)") makes it numbered. */
function wordListItem(paragraph: Element): WordListItem | null {
  const style = styleOf(paragraph);
  const className = paragraph.getAttribute('class') ?? '';
  const listStyle = /mso-list:(?!none)[^;]*level(\d+)/.exec(style);
  if (!listStyle && !/\bMsoListParagraph/.test(className)) return null;
  const level = listStyle ? Number(listStyle[1]) : 1;
  const marker = [...paragraph.querySelectorAll(`[${STYLE_ATTRIBUTE}]`)].find((span) => /mso-list:ignore/.test(styleOf(span)));
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return { paragraph, level: Math.max(1, level), ordered: /^[\dA-Za-z]{1,4}[.)]$/.test(markerText) };
}

function rebuildWordLists(body: Element) {
  const paragraphs = [...body.querySelectorAll('p')];
  let run: WordListItem[] = [];
  const flush = () => {
    if (run.length) buildList(run);
    run = [];
  };
  for (const paragraph of paragraphs) {
    const item = wordListItem(paragraph);
    if (!item) {
      flush();
      continue;
    }
    const previous = run.at(-1)?.paragraph;
    if (previous && nextElement(previous) !== paragraph) flush();
    run.push(item);
  }
  flush();
}

function nextElement(element: Element): Element | null {
  let next = element.nextSibling;
  while (next && next.nodeType !== 1) {
    if (next.nodeType === 3 && next.textContent?.trim()) return null;
    next = next.nextSibling;
  }
  return next as Element | null;
}

/** Turns consecutive Word list paragraphs into nested <ul>/<ol> with <li>, in place of the first. */
function buildList(items: WordListItem[]) {
  const document = items[0]!.paragraph.ownerDocument;
  const stack: { list: Element; level: number }[] = [];
  const top = document.createElement(items[0]!.ordered ? 'ol' : 'ul');
  items[0]!.paragraph.parentNode!.insertBefore(top, items[0]!.paragraph);
  stack.push({ list: top, level: items[0]!.level });
  for (const item of items) {
    while (stack.length > 1 && item.level < stack.at(-1)!.level) stack.pop();
    if (item.level > stack.at(-1)!.level) {
      const parentItem = stack.at(-1)!.list.lastElementChild ?? stack.at(-1)!.list.appendChild(document.createElement('li'));
      const nested = document.createElement(item.ordered ? 'ol' : 'ul');
      parentItem.appendChild(nested);
      stack.push({ list: nested, level: item.level });
    }
    const li = document.createElement('li');
    while (item.paragraph.firstChild) li.appendChild(item.paragraph.firstChild);
    stack.at(-1)!.list.appendChild(li);
    item.paragraph.remove();
  }
}
