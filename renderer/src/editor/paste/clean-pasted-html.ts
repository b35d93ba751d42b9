import { isBlockType } from '@shared/model/blocks';
import { isStorableImageSource } from '@shared/model/rich-nodes';
import { isSafeExternalUrl } from '@shared/url';
import { DECORATIVE, fieldSpecOf, HTML_MARK, isBlockSettingAttribute, MAX_REFERENCE_ID_LENGTH } from '../html-marks';
import { defuseHtml, STYLE_ATTRIBUTE } from './defuse-html';

/**
 * Cleans HTML from the clipboard (Word, LibreOffice, Google Docs, web pages) down to what a governing
 * document keeps: headings, paragraphs, lists, tables, links, bold, italic and underline. Fonts,
 * colours, sizes, classes and Word's own markup go. Word writes lists as paragraphs with `mso-list`
 * styles and a typed bullet, not as <ul>/<ol>; they are rebuilt as real, nested lists.
 *
 * What Handbok itself copies out keeps its marks (html-marks.ts), so that its blocks, images,
 * references, footnotes and page breaks come back as they were: each marked element is checked and
 * rebuilt with its marks alone, and an image only when it is stored in the HTML as a data URL.
 */
export interface CleanedPaste {
  document: Document;
  /**
   * Images cannot be pasted (they point at the writer's temp folder or the web); the writer is told.
   * An image copied from Handbok carries its pixels and is kept.
   */
  droppedImages: number;
}


const REMOVED = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'O:P', 'OBJECT', 'IFRAME', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const KEPT = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'A', 'B', 'STRONG', 'I', 'EM', 'U', 'BLOCKQUOTE']);
/** Blocks of a web page that are no blocks of a document: what they hold is kept, they are not. */
const WRAPPERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'CENTER', 'DL', 'DT', 'DD', 'PRE',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'HGROUP', 'FORM', 'FIELDSET', 'LEGEND', 'MENU', 'SEARCH', 'DIALOG',
]);
/** Blocks that a wrapper may hold besides text: they stay blocks when the wrapper goes. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'LI']);
/** Where blocks stand one after another (the page, a table cell): a wrapper's lines become paragraphs there. */
const FLOWS = new Set(['BODY', 'TD', 'TH']);

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): CleanedPaste {
  const document = parser.parseFromString(defuseHtml(html), 'text/html');
  const body = document.body;
  removeComments(body);
  rebuildWordLists(body);
  const images = body.querySelectorAll('img, picture').length;
  cleanTree(body);
  return { document, droppedImages: images - body.querySelectorAll(`figure[${HTML_MARK.image}] > img`).length };
}

function removeComments(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/**
 * An element's inline style as declarations, names and values lower-case and without spaces. Read by
 * splitting, not with a pattern that searches on to the next `;` from every place it could start
 * (quadratic on a long attribute).
 */
function declarationsOf(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const style = (element.getAttribute(STYLE_ATTRIBUTE) ?? '').toLowerCase().replace(/\s+/g, '');
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon), declaration.slice(colon + 1));
  }
  return declarations;
}

/** Which of bold, italic and underline an element's inline style or tag asks for. */
function formatsOf(element: Element): { bold: boolean; italic: boolean; underline: boolean; notBold: boolean } {
  const declarations = declarationsOf(element);
  const weight = /^\w+/.exec(declarations.get('font-weight') ?? '')?.[0];
  return {
    bold: weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600),
    notBold: weight === 'normal' || (weight !== undefined && Number(weight) > 0 && Number(weight) < 600),
    italic: (declarations.get('font-style') ?? '').startsWith('italic'),
    underline: [...declarations].some(([name, value]) => name.startsWith('text-decoration') && value.includes('underline')),
  };
}

/**
 * Cleans every node under the root, from the top down and without recursion (pasted HTML may nest
 * hundreds of levels deep). An element that gives way to its content (a wrapper, a <span>) is
 * followed by that content, which is then cleaned in its new place.
 */
function cleanTree(root: Element) {
  const stack: (ChildNode | null)[] = [root.firstChild];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    const { next, descend } = cleanNode(node);
    stack.push(next);
    if (descend) stack.push(descend.firstChild);
  }
}

interface Cleaned {
  /** The node to clean after this one (and its content). */
  next: ChildNode | null;
  /** A kept element, whose content is cleaned before `next`. */
  descend?: Element;
}

function cleanNode(node: ChildNode): Cleaned {
  const next = node.nextSibling;
  if (node.nodeType === 3) return { next };
  if (node.nodeType !== 1) {
    node.remove();
    return { next };
  }
  let element = node as Element;
  const tag = element.tagName.toUpperCase();
  const handbok = cleanHandbokElement(element, tag);
  if (handbok) return handbok;
  if (REMOVED.has(tag) || tag.includes(':') || tag === 'IMG' || tag === 'PICTURE') {
    element.remove();
    return { next };
  }
  const className = element.getAttribute('class') ?? '';
  if (/\bMsoTitle\b/.test(className)) element = replaceTag(element, 'h1');
  else if (/^H[4-6]$/.test(tag)) element = replaceTag(element, 'h3');
  else if (WRAPPERS.has(tag)) {
    if (!isFlow(element.parentElement)) return { next: spreadAsLines(element) };
    if ([...element.children].some(isBlock)) return { next: spreadAsParagraphs(element) };
    element = replaceTag(element, 'p');
  }

  const formats = formatsOf(element);
  const wanted = [formats.underline ? 'u' : null, formats.italic ? 'i' : null, formats.bold ? 'b' : null].filter((value): value is string => value !== null);
  const current = element.tagName.toUpperCase();
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
  if ((current === 'B' || current === 'STRONG') && formats.notBold) return { next: unwrap(element) };
  if (wanted.length) wrapChildren(element, wanted);
  if (!KEPT.has(current)) return { next: unwrap(element) };

  const href = current === 'A' ? (element.getAttribute('href') ?? '').trim() : null;
  // A link that may not be opened (credentials, javascript:, file:) becomes its text, as everywhere else.
  if (href !== null && !isSafeExternalUrl(href)) return { next: unwrap(element) };
  for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
  if (href !== null) element.setAttribute('href', href);
  return { next, descend: element };
}

/** A multi-line field of a block holds blocks, as a table cell does. */
const isFlow = (element: Element | null) => !!element && (FLOWS.has(element.tagName.toUpperCase()) || fieldSpecOf(element)?.multiline === true);

/** Removes every attribute but the given ones. */
function keepOnly(element: Element, kept: (name: string, value: string) => boolean) {
  for (const { name, value } of [...element.attributes]) if (!kept(name, value)) element.removeAttribute(name);
}

const childOf = (element: Element, tag: string) => [...element.children].find((child) => child.tagName.toUpperCase() === tag) ?? null;

/** A fresh element with one mark and the given text: nothing else of the pasted one survives. */
function rebuilt(element: Element, tag: string, mark: string, value: string, text: string): Element {
  const fresh = element.ownerDocument.createElement(tag);
  fresh.setAttribute(mark, value);
  fresh.textContent = text;
  element.replaceWith(fresh);
  return fresh;
}

/**
 * An element that Handbok's own nodes wrote (see their exportDOM), cleaned to what their importDOM
 * reads; null for anything else, which is cleaned as any pasted HTML. A mark with a value that no node
 * of Handbok writes (a block type it does not have, a field its block does not have, an image from the
 * web) counts for nothing.
 */
function cleanHandbokElement(element: Element, tag: string): Cleaned | null {
  const next = element.nextSibling;
  const mark = (name: string) => element.getAttribute(name);
  if ((tag === 'SECTION' || tag === 'DIV') && isBlockType(mark(HTML_MARK.block) ?? '')) {
    keepOnly(element, (name, value) => name === HTML_MARK.block || isBlockSettingAttribute(name, value));
    return { next, descend: element };
  }
  if (tag === 'DIV' && fieldSpecOf(element)) {
    keepOnly(element, (name) => name === HTML_MARK.field);
    return { next, descend: element };
  }
  const image = mark(HTML_MARK.image);
  // Only the figure's own children are looked at: a search of all it holds, at every level of figures
  // nested thousands deep, would take quadratic time.
  const img = tag === 'FIGURE' && image !== null ? childOf(element, 'IMG') : null;
  if (img && isStorableImageSource(img.getAttribute('src') ?? '')) {
    const figure = rebuilt(element, 'figure', HTML_MARK.image, image === DECORATIVE ? DECORATIVE : '', '');
    const fresh = figure.appendChild(element.ownerDocument.createElement('img'));
    fresh.setAttribute('src', img.getAttribute('src')!);
    fresh.setAttribute('alt', img.getAttribute('alt') ?? '');
    const caption = childOf(element, 'FIGCAPTION')?.textContent?.trim();
    if (caption) figure.appendChild(element.ownerDocument.createElement('figcaption')).textContent = caption;
    return { next };
  }
  const reference = mark(HTML_MARK.reference);
  if (tag === 'A' && reference !== null && reference.length <= MAX_REFERENCE_ID_LENGTH) {
    keepOnly(element, (name) => name === HTML_MARK.reference);
    return { next, descend: element };
  }
  const footnote = mark(HTML_MARK.footnote);
  if (tag === 'SUP' && footnote !== null) {
    rebuilt(element, 'sup', HTML_MARK.footnote, footnote, element.textContent ?? '');
    return { next };
  }
  if (tag === 'HR' && mark(HTML_MARK.pageBreak) !== null) {
    keepOnly(element, (name) => name === HTML_MARK.pageBreak);
    return { next };
  }
  const unknown = mark(HTML_MARK.unknown);
  if ((tag === 'DIV' || tag === 'SPAN') && unknown !== null) {
    rebuilt(element, tag.toLowerCase(), HTML_MARK.unknown, unknown, element.textContent ?? '');
    return { next };
  }
  return null;
}

/** Handbok's page break is a block; any other rule goes, and the text around it stays apart by a line break. */
const isBlock = (element: Element) =>
  BLOCKS.has(element.tagName.toUpperCase()) || WRAPPERS.has(element.tagName.toUpperCase()) || (element.tagName.toUpperCase() === 'HR' && element.hasAttribute(HTML_MARK.pageBreak));

/** Puts an element's content in its place; returns the first node of that content (or what followed). */
function unwrap(element: Element): ChildNode | null {
  const first = element.firstChild ?? element.nextSibling;
  const parent = element.parentNode!;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
  return first;
}

/** Whether a node shows something: an element, or text that is not only spaces. */
const hasContent = (node: ChildNode): boolean => node.nodeType === 1 || !!node.textContent?.trim();

/**
 * A wrapper among other blocks (on the page, in a table cell) gives way to its blocks, and each run of
 * text and inline elements between them becomes a paragraph of its own: headings, paragraphs and lists
 * inside a <section> or nested <div>s stay what they are, and words from two blocks never run together.
 */
function spreadAsParagraphs(wrapper: Element): ChildNode | null {
  const parent = wrapper.parentNode!;
  const before = wrapper.previousSibling;
  let run: Element | null = null;
  const endRun = () => {
    if (run && !run.textContent?.trim()) run.remove();
    run = null;
  };
  while (wrapper.firstChild) {
    const child = wrapper.firstChild;
    if (child.nodeType === 1 && isBlock(child as Element)) {
      endRun();
      parent.insertBefore(child, wrapper);
    } else {
      run ??= parent.insertBefore(wrapper.ownerDocument.createElement('p'), wrapper);
      run.appendChild(child);
    }
  }
  endRun();
  wrapper.remove();
  return before ? before.nextSibling : parent.firstChild;
}

/**
 * A wrapper inside a line (a list item, a quote, a paragraph) gives way to its content, set off by
 * line breaks from what comes before and after it.
 */
function spreadAsLines(wrapper: Element): ChildNode | null {
  const parent = wrapper.parentNode!;
  const before = wrapper.previousSibling;
  const lineBreak = () => wrapper.ownerDocument.createElement('br');
  let previous = wrapper.previousSibling;
  while (previous && !hasContent(previous)) previous = previous.previousSibling;
  if (previous && previous.nodeName !== 'BR') parent.insertBefore(lineBreak(), wrapper);
  let following = wrapper.nextSibling;
  while (following && !hasContent(following)) following = following.nextSibling;
  // A following wrapper or block sets itself off; text and inline elements need the break here.
  const textFollows = !!following && following.nodeName !== 'BR' && !(following.nodeType === 1 && isBlock(following as Element));
  const hasOwnContent = !!wrapper.textContent?.trim();
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  if (textFollows && hasOwnContent) parent.insertBefore(lineBreak(), wrapper);
  wrapper.remove();
  return before ? before.nextSibling : parent.firstChild;
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

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

/** A Word list paragraph: its level, and whether its typed marker ("1.", "a)") makes it numbered. */
function wordListItem(paragraph: Element): WordListItem | null {
  const list = declarationsOf(paragraph).get('mso-list') ?? 'none';
  const listLevel = list.startsWith('none') ? undefined : /level(\d+)/.exec(list)?.[1];
  const className = paragraph.getAttribute('class') ?? '';
  if (!listLevel && !/\bMsoListParagraph/.test(className)) return null;
  const level = listLevel ? Number(listLevel) : 1;
  const marker = [...paragraph.querySelectorAll(`[${STYLE_ATTRIBUTE}]`)].find((span) => declarationsOf(span).get('mso-list')?.startsWith('ignore'));
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
