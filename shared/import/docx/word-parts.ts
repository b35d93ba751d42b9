import { DOMParser } from '@xmldom/xmldom';
import { partText } from './package';

/**
 * What mammoth drops from a Word file and Handbok needs: which Word list a numbered paragraph belongs
 * to and where its numbering starts, the headers and footers (the registry number often stands there),
 * the document properties, and how many tracked changes and comments were left in.
 *
 * document.xml may be tens of megabytes and is only scanned as text here, in linear time; the small
 * parts are parsed with xmldom, leniently, and walked without recursion (a hostile file may nest deep).
 */

/** Name of the bookmark markNumberedParagraphs inserts: _HbNum_<numId>_<level> */
export const NUMBERING_BOOKMARK = /^_HbNum_(\d+)_(\d+)$/;

/** Bookmark ids of our own start here, or above the highest id the document already uses. */
const FIRST_BOOKMARK_ID = 900_000_000;

/**
 * Inserts `<w:bookmarkStart w:id="<unique>" w:name="_HbNum_<numId>_<ilvl>"/><w:bookmarkEnd w:id="<same>"/>`
 * right after the `</w:pPr>` of every paragraph whose own w:pPr has <w:numPr> with w:numId (ilvl default 0;
 * ignore numPr inside <w:pPrChange> or <w:rPr>; numId 0 means no list: skip). String-level transform,
 * linear time, must not break XML. Ids start above any existing w:id used in the document.
 *
 * mammoth tells whether a paragraph is numbered and at what level, but not which Word list (numId) it
 * is in, so two lists side by side, or a list that restarts, could not be told apart without this mark.
 */
export function markNumberedParagraphs(documentXml: string): string {
  let nextId = Math.max(FIRST_BOOKMARK_ID, highestId(documentXml) + 1);
  const out: string[] = [];
  let copied = 0;
  for (let at = documentXml.indexOf('<w:p'); at !== -1; at = documentXml.indexOf('<w:p', at + 1)) {
    if (!endsName(documentXml, at + 4)) continue; // <w:pPr>, <w:pStyle>, <w:proofErr>…
    const openEnd = documentXml.indexOf('>', at);
    if (openEnd === -1) break;
    at = openEnd;
    if (documentXml[openEnd - 1] === '/') continue; // <w:p/>: empty
    // The schema puts w:pPr first in a paragraph: only whitespace may stand between.
    const pPr = skipSpace(documentXml, openEnd + 1);
    if (!documentXml.startsWith('<w:pPr', pPr) || !endsName(documentXml, pPr + 6)) continue;
    const found = readParagraphProperties(documentXml, pPr);
    // Carry on where the reading stopped, so that no part of the text is read twice.
    at = found.end - 1;
    if (!found.closed || found.numId === undefined || found.numId === '0') continue;
    const id = nextId++;
    out.push(
      documentXml.slice(copied, found.end),
      `<w:bookmarkStart w:id="${id}" w:name="_HbNum_${found.numId}_${found.level ?? '0'}"/><w:bookmarkEnd w:id="${id}"/>`,
    );
    copied = found.end;
  }
  if (!copied) return documentXml;
  out.push(documentXml.slice(copied));
  return out.join('');
}

interface ParagraphProperties {
  /** Just after `</w:pPr>` when closed, else where the reading gave up. */
  end: number;
  closed: boolean;
  numId?: string;
  level?: string;
}

/**
 * Reads the w:pPr that opens at `start` tag by tag up to its own close, keeping w:numId and w:ilvl only
 * where their w:numPr is a direct child of this w:pPr (not inside w:pPrChange, w:rPr or anything else).
 */
function readParagraphProperties(xml: string, start: number): ParagraphProperties {
  const open: string[] = [];
  let numId: string | undefined;
  let level: string | undefined;
  let at = start;
  while (at !== -1) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    const closing = xml[at + 1] === '/';
    const name = tagName(xml, closing ? at + 2 : at + 1, tagEnd);
    if (closing) {
      // Well-nested XML finds its open at the top of the stack; anything else is given up on.
      if (open.at(-1) !== name) return { end: tagEnd + 1, closed: false };
      open.pop();
      if (!open.length) return { end: tagEnd + 1, closed: true, numId, level };
    } else if (xml[tagEnd - 1] === '/') {
      if (!open.length) return { end: tagEnd + 1, closed: false }; // <w:pPr/>: no properties
      if (open.length === 2 && open[1] === 'w:numPr') {
        const tag = xml.slice(at, tagEnd);
        if (name === 'w:numId') numId = digits(attribute(tag, 'w:val'));
        if (name === 'w:ilvl') level = digits(attribute(tag, 'w:val'));
      }
    } else if (name[0] !== '!' && name[0] !== '?') {
      open.push(name);
    }
    at = xml.indexOf('<', tagEnd);
  }
  return { end: xml.length, closed: false };
}

/** Whether the character at `at` ends an element name: whitespace, '>' or '/'. */
function endsName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x3e || c === 0x2f || isSpace(c);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function tagName(xml: string, from: number, tagEnd: number): string {
  let end = from;
  while (end < tagEnd && !endsName(xml, end)) end++;
  return xml.slice(from, end);
}

/** An attribute's value in one tag's text, by indexOf (no regex to backtrack over a hostile tag). */
function attribute(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at !== -1; at = tag.indexOf(name, at + 1)) {
    if (!isSpace(tag.charCodeAt(at - 1))) continue; // part of a longer name, e.g. xw:val
    let i = skipSpace(tag, at + name.length);
    if (tag[i] !== '=') continue; // e.g. w:valx
    i = skipSpace(tag, i + 1);
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = tag.indexOf(quote, i + 1);
    return close === -1 ? undefined : tag.slice(i + 1, close);
  }
  return undefined;
}

/** The value when it is a plain decimal number (all the bookmark name may carry), else undefined. */
function digits(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\d{1,10}$/.test(trimmed) ? trimmed : undefined;
}

/** The highest numeric w:id in the document (bookmarks, comments, revisions), or -1. */
function highestId(xml: string): number {
  let highest = -1;
  for (let at = xml.indexOf('w:id='); at !== -1; at = xml.indexOf('w:id=', at + 5)) {
    let i = at + 6; // past the opening quote
    let value = 0;
    let any = false;
    for (; i < xml.length && i < at + 26; i++) {
      const c = xml.charCodeAt(i) - 0x30;
      if (c < 0 || c > 9) break;
      value = value * 10 + c;
      any = true;
    }
    if (any && value > highest) highest = value;
  }
  return highest;
}

export interface ListLevel {
  start: number;
  /** w:numFmt, e.g. 'decimal', 'bullet', 'lowerLetter'. */
  format: string;
  /** w:lvlText, e.g. '%1.' */
  text: string;
  restartsFromOverride: boolean;
}

export interface ListDefinition {
  numId: string;
  abstractId: string;
  /** index = ilvl, 0..8 */
  levels: ListLevel[];
}

const LEVELS = 9;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * word/numbering.xml → numId → definition; w:lvlOverride/w:startOverride on the w:num override the
 * abstract's w:start for that level (restartsFromOverride true). Missing/invalid xml → empty map.
 */
export function readNumbering(numberingXml: string | undefined): Map<string, ListDefinition> {
  const lists = new Map<string, ListDefinition>();
  const root = parse(numberingXml);
  if (!root) return lists;
  const abstracts = new Map<string, ListLevel[]>();
  const byStyle = new Map<string, ListLevel[]>();
  const links = new Map<string, string>();
  for (const abstract of childElements(root, 'abstractNum')) {
    const id = wAttribute(abstract, 'abstractNumId');
    if (id === undefined) continue;
    const levels = defaultLevels();
    for (const lvl of childElements(abstract, 'lvl')) setLevel(levels, lvl);
    abstracts.set(id, levels);
    const styleLink = wAttribute(firstChild(abstract, 'styleLink'), 'val');
    if (styleLink) byStyle.set(styleLink, levels);
    const numStyleLink = wAttribute(firstChild(abstract, 'numStyleLink'), 'val');
    if (numStyleLink) links.set(id, numStyleLink);
  }
  for (const num of childElements(root, 'num')) {
    const numId = wAttribute(num, 'numId');
    const abstractId = wAttribute(firstChild(num, 'abstractNumId'), 'val');
    if (numId === undefined || abstractId === undefined) continue;
    // A list that uses a list style (w:numStyleLink) takes its levels from the abstract that defines the style.
    const link = links.get(abstractId);
    const base = (link && byStyle.get(link)) || abstracts.get(abstractId) || defaultLevels();
    const levels = base.map((level) => ({ ...level }));
    for (const override of childElements(num, 'lvlOverride')) {
      const ilvl = levelIndex(wAttribute(override, 'ilvl'));
      if (ilvl === undefined) continue;
      const lvl = firstChild(override, 'lvl');
      if (lvl) setLevel(levels, lvl, ilvl);
      const start = integer(wAttribute(firstChild(override, 'startOverride'), 'val'));
      if (start !== undefined) levels[ilvl] = { ...levels[ilvl]!, start, restartsFromOverride: true };
    }
    lists.set(numId, { numId, abstractId, levels });
  }
  return lists;
}

function defaultLevels(): ListLevel[] {
  return Array.from({ length: LEVELS }, () => ({ start: 1, format: 'decimal', text: '', restartsFromOverride: false }));
}

function setLevel(levels: ListLevel[], lvl: Element, ilvl = levelIndex(wAttribute(lvl, 'ilvl'))): void {
  if (ilvl === undefined) return;
  levels[ilvl] = {
    // A w:lvl without w:start starts at 0, as the standard says and Word does.
    start: integer(wAttribute(firstChild(lvl, 'start'), 'val')) ?? 0,
    format: wAttribute(firstChild(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: wAttribute(firstChild(lvl, 'lvlText'), 'val') ?? '',
    restartsFromOverride: false,
  };
}

function levelIndex(value: string | undefined): number | undefined {
  const n = integer(value);
  return n !== undefined && n >= 0 && n < LEVELS ? n : undefined;
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return undefined;
  return Number(value);
}

export interface CoreProperties {
  title?: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  created?: string;
  modified?: string;
}

const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const CORE_FIELDS: [keyof CoreProperties, string, string][] = [
  ['title', DC, 'title'],
  ['subject', DC, 'subject'],
  ['creator', DC, 'creator'],
  ['keywords', CP, 'keywords'],
  ['description', DC, 'description'],
  ['created', DCTERMS, 'created'],
  ['modified', DCTERMS, 'modified'],
];

/** docProps/core.xml (dc:title, dc:subject, dc:creator, cp:keywords, dc:description, dcterms:created, dcterms:modified); trimmed, empty omitted. */
export function readCoreProperties(coreXml: string | undefined): CoreProperties {
  const properties: CoreProperties = {};
  const root = parse(coreXml);
  if (!root) return properties;
  for (const child of elements(root.childNodes)) {
    const field = CORE_FIELDS.find(([, namespace, localName]) => child.localName === localName && child.namespaceURI === namespace);
    if (!field || properties[field[0]] !== undefined) continue;
    const value = textOf(child).trim();
    if (value) properties[field[0]] = value;
  }
  return properties;
}

const CUSTOM_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';

/**
 * docProps/custom.xml: each property's name and its value as text, whatever its type (vt:lpwstr,
 * vt:i4 …); the first of a repeated name is kept, and at most 500 are read (a real file has a few).
 */
export function readCustomProperties(customXml: string | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  const root = parse(customXml);
  if (!root) return properties;
  for (const child of elements(root.childNodes)) {
    if (properties.size >= 500) break;
    if (child.localName !== 'property' || child.namespaceURI !== CUSTOM_PROPERTIES) continue;
    const name = child.getAttribute('name');
    const value = elements(child.childNodes).next().value;
    if (name && value && !properties.has(name)) properties.set(name, textOf(value));
  }
  return properties;
}

/**
 * Text of every header*.xml and footer*.xml part (word/header1.xml…), one string per paragraph (w:p) with
 * its w:t text joined (w:tab → ' '), empty paragraphs skipped; headers in part-name order.
 */
export function headerFooterTexts(parts: Map<string, Uint8Array>): { headers: string[]; footers: string[] } {
  const names = [...parts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const of = (kind: 'header' | 'footer') =>
    names.filter((name) => name.startsWith(`word/${kind}`) && name.endsWith('.xml') && !name.includes('/', 5)).flatMap((name) => paragraphTexts(partText(parts, name)));
  return { headers: of('header'), footers: of('footer') };
}

/** Each w:p's text, in document order; a paragraph inside another (a text box) is a paragraph of its own. */
function paragraphTexts(xml: string | undefined): string[] {
  const root = parse(xml);
  if (!root) return [];
  const texts: string[] = [];
  const paragraphs: number[] = []; // indexes in texts of the paragraphs we are inside
  walk(
    root,
    (node) => {
      if (!isW(node)) return;
      if (node.localName === 'p') paragraphs.push(texts.push('') - 1);
      const current = paragraphs.at(-1);
      if (current === undefined) return;
      if (node.localName === 't') texts[current] += textOf(node);
      else if (node.localName === 'tab' || node.localName === 'br' || node.localName === 'cr') texts[current] += ' ';
    },
    (node) => {
      if (isW(node) && node.localName === 'p') paragraphs.pop();
    },
  );
  return texts.map((text) => text.trim()).filter(Boolean);
}

/**
 * Counts in document.xml: w:ins, w:del, w:moveFrom (moves: each move has a moveFrom and a moveTo, so one
 * side is counted), w:commentReference (comments). A linear indexOf scan, no DOM.
 */
export function countRevisions(documentXml: string): { insertions: number; deletions: number; moves: number; comments: number } {
  return {
    insertions: countElements(documentXml, 'w:ins'),
    deletions: countElements(documentXml, 'w:del'),
    moves: countElements(documentXml, 'w:moveFrom'),
    comments: countElements(documentXml, 'w:commentReference'),
  };
}

/** Start tags of exactly this element (not <w:delText> for w:del, nor <w:moveFromRangeStart> for w:moveFrom). */
function countElements(xml: string, name: string): number {
  const needle = `<${name}`;
  let count = 0;
  for (let at = xml.indexOf(needle); at !== -1; at = xml.indexOf(needle, at + needle.length)) {
    if (endsName(xml, at + needle.length)) count++;
  }
  return count;
}

// ——— Lenient parsing and iterative walking ———

/** The document element, or undefined when there is no XML or it cannot be read at all. */
function parse(xml: string | undefined): Element | undefined {
  if (!xml) return undefined;
  const parser = new DOMParser({
    // Word's parts are well formed; a damaged one is read as far as it goes rather than refused.
    errorHandler: {
      warning: () => undefined,
      error: () => undefined,
      fatalError: (message: unknown) => {
        throw new Error(String(message));
      },
    },
  });
  try {
    return parser.parseFromString(xml, 'text/xml').documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

/** Visits every node under `root` in document order, calling `exit` after a node's descendants; no recursion. */
function walk(root: Node, enter: (node: Node) => void, exit: (node: Node) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    enter(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    exit(node);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

function textOf(node: Node): string {
  let text = '';
  walk(
    node,
    (child) => {
      if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? ''; // text, CDATA
    },
    () => undefined,
  );
  return text;
}

function isW(node: Node): node is Element {
  return node.nodeType === 1 && (node as Element).namespaceURI === W;
}

function* elements(nodes: NodeListOf<ChildNode> | NodeList): Generator<Element> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 1) yield node as Element;
  }
}

/** Direct w: children of an element with this local name. */
function childElements(parent: Element, localName: string): Element[] {
  return [...elements(parent.childNodes)].filter((child) => child.localName === localName && child.namespaceURI === W);
}

function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** A w: attribute's value (w:val, w:ilvl…), undefined when the element or the attribute is missing. */
function wAttribute(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  return element.hasAttributeNS(W, localName) ? element.getAttributeNS(W, localName) ?? undefined : undefined;
}
