import { PdfFile } from '../raw/file';
import { isName, type PdfDict, type PdfName, PdfRef, PdfStream, PdfString } from '../raw/objects';
import type { PdfJsDocument, PdfJsOps } from './pdfjs';
import { readStructure, type StructureElement } from '../structure';

export type { PdfJsDocument, PdfJsOps, PdfJsPage } from './pdfjs';

/**
 * The machine-checkable PDF/UA-1 requirements the checker covers, named as veraPDF names them (the
 * clause of ISO 14289-1 and the test's number), with the failure condition of the Matterhorn
 * Protocol 1.1 where it has one.
 */
export const PDF_UA_RULES = {
  '5-1': { matterhorn: '06-002', title: 'XMP-metadatan saknar PDF/UA-identifikationen (pdfuaid:part)' },
  '5-2': { matterhorn: '06-002', title: 'pdfuaid:part är inte 1' },
  '6.2-1': { matterhorn: '', title: 'Katalogen har ingen MarkInfo med /Marked true' },
  '7.1-3': { matterhorn: '01-005', title: 'Innehåll som varken är taggat eller markerat som artefakt' },
  '7.1-4': { matterhorn: '01-007', title: 'MarkInfo /Suspects är true' },
  '7.1-8': { matterhorn: '06-001', title: 'Katalogen saknar en XMP-metadataström' },
  '7.1-9': { matterhorn: '06-003', title: 'XMP-metadatan saknar dokumentets titel (dc:title)' },
  '7.1-10': { matterhorn: '07-001', title: 'ViewerPreferences /DisplayDocTitle är inte true' },
  '7.1-11': { matterhorn: '', title: 'Katalogen har inget strukturträd (StructTreeRoot)' },
  '7.2-17': { matterhorn: '09-005', title: 'Ett LI står inte i en L' },
  '7.2-19': { matterhorn: '09-005', title: 'En L innehåller annat än L, LI och Caption' },
  '7.2-20': { matterhorn: '09-005', title: 'Ett LI innehåller annat än Lbl och LBody' },
  '7.2-34': { matterhorn: '11-001', title: 'Textens språk kan inte bestämmas (inget /Lang)' },
  '7.3-1': { matterhorn: '13-004', title: 'En figur saknar alternativtext (Alt eller ActualText)' },
  '7.4.2-1': { matterhorn: '14-002, 14-003', title: 'Rubriknivåerna börjar inte på H1 eller hoppar över en nivå' },
  '7.5-1': { matterhorn: '15-003', title: 'En tabellrubrik (TH) saknar Scope i en tabell utan Headers' },
  '7.18.3-1': { matterhorn: '28-008, 28-009', title: 'En sida med anteckningar har inte /Tabs /S' },
  '7.18.5-1': { matterhorn: '28-011', title: 'En länkanteckning står inte i en Link-tagg' },
  '7.18.5-2': { matterhorn: '28-012', title: 'En länk saknar beskrivning i /Contents' },
  '7.21.4.1-1': { matterhorn: '31-009', title: 'Ett typsnitt är inte inbäddat' },
} as const;

export type PdfUaRuleId = keyof typeof PDF_UA_RULES;

export interface PdfUaFailure {
  rule: PdfUaRuleId;
  /** The page (from 1) where the failure is, for a rule about a page's content. */
  page?: number;
  /** What failed, in Swedish, for the user. */
  detail: string;
  /** How many times it failed so on that page. */
  count: number;
}

export interface PdfUaTools {
  document: PdfJsDocument;
  ops: PdfJsOps;
}

const HEADING = /^H([1-6])$/;

type Fail = (rule: PdfUaRuleId, detail: string, page?: number) => void;

/**
 * Checks a PDF against the machine-checkable rules of PDF/UA-1 listed in PDF_UA_RULES; an empty
 * list means none failed. What no machine can judge (reading order, whether alt text is
 * meaningful, contrast) stays a human check. A file that cannot be read at all throws.
 */
export async function checkPdfUa(bytes: Uint8Array, { document, ops }: PdfUaTools): Promise<PdfUaFailure[]> {
  const file = new PdfFile(bytes);
  const failures = new Map<string, PdfUaFailure>();
  // The same failure on the same page is reported once, with how many times it occurs.
  const fail: Fail = (rule, detail, page) => {
    const key = `${rule}\u0000${page ?? ''}\u0000${detail}`;
    const known = failures.get(key);
    if (known) known.count += 1;
    else failures.set(key, page === undefined ? { rule, detail, count: 1 } : { rule, page, detail, count: 1 });
  };

  const markInfo = await document.getMarkInfo();
  if (markInfo?.Marked !== true) fail('6.2-1', 'MarkInfo /Marked är inte true');
  if (markInfo?.Suspects === true) fail('7.1-4', 'MarkInfo /Suspects är true');
  const preferences = (await document.getViewerPreferences()) as { DisplayDocTitle?: unknown } | null;
  if (preferences?.DisplayDocTitle !== true) fail('7.1-10', 'DisplayDocTitle saknas eller är false');
  const structure = readStructure(file);
  checkCatalog(file, structure, fail);
  checkStructure(file, structure, fail);

  const pages = file.pages();
  for (let number = 1; number <= document.numPages; number += 1) {
    const raw = pages[number - 1]?.page;
    const page = await document.getPage(number);
    try {
      const untagged = await untaggedDrawings(page, ops);
      if (untagged) fail('7.1-3', `${untagged} ritoperationer utanför taggat innehåll och artefakter`, number);
      const annotations = await page.getAnnotations();
      if (annotations.length && !isName(raw?.get('Tabs'), 'S')) fail('7.18.3-1', 'sidan har anteckningar men inte /Tabs /S', number);
      const undescribed = annotations.filter((annotation) => annotation.subtype === 'Link' && !annotation.contentsObj?.str?.trim()).length;
      if (undescribed) fail('7.18.5-2', `${undescribed} länkar utan /Contents`, number);
    } finally {
      page.cleanup();
    }
    if (raw) checkPageObjects(file, raw, structure, number, fail);
  }
  return [...failures.values()];
}

function checkCatalog(file: PdfFile, structure: readonly StructureElement[], fail: Fail): void {
  const { catalog } = file;
  if (!file.dict(catalog.get('StructTreeRoot'))) fail('7.1-11', 'katalogen har inget /StructTreeRoot');
  const lang = file.resolve(catalog.get('Lang'));
  const topLang = structure.length > 0 && structure.filter((element) => !element.parent).every((element) => element.dict.get('Lang') instanceof PdfString);
  if (!(lang instanceof PdfString && lang.text.trim()) && !topLang) fail('7.2-34', 'katalogen har inget /Lang');
  const metadata = file.resolve(catalog.get('Metadata'));
  if (!(metadata instanceof PdfStream) || !isName(metadata.dict.get('Type'), 'Metadata') || !isName(metadata.dict.get('Subtype'), 'XML')) {
    fail('7.1-8', 'katalogen har ingen /Metadata-ström (/Type /Metadata, /Subtype /XML)');
    return;
  }
  const xmp = new TextDecoder('utf-8').decode(file.decode(metadata));
  const part = /pdfuaid:part\s*(?:=\s*["']\s*(\d+)\s*["']|>\s*(\d+)\s*<)/.exec(xmp);
  if (!part) fail('5-1', 'pdfuaid:part saknas i XMP');
  else if ((part[1] ?? part[2]) !== '1') fail('5-2', `pdfuaid:part är ${part[1] ?? part[2]}, inte 1`);
  const title = /<dc:title\b[^>]*>([\s\S]*?)<\/dc:title>/.exec(xmp)?.[1]?.replace(/<[^<>]*>/g, '').trim();
  if (!title) fail('7.1-9', 'dc:title saknas eller är tom i XMP');
}

function checkStructure(file: PdfFile, elements: readonly StructureElement[], fail: Fail): void {
  let previousLevel = 0;
  for (const element of elements) {
    const { role, page, dict } = element;
    if (role === 'Figure' && !(dict.get('Alt') instanceof PdfString && (dict.get('Alt') as PdfString).text.trim()) && !dict.has('ActualText')) fail('7.3-1', 'Figure utan Alt', page);
    if (role === 'L') {
      const stray = element.kids.filter((kid) => !['L', 'LI', 'Caption'].includes(kid.role));
      if (stray.length) fail('7.2-19', `L innehåller ${[...new Set(stray.map((kid) => kid.role))].join(', ')}`, page);
    }
    if (role === 'LI') {
      const stray = element.kids.filter((kid) => !['Lbl', 'LBody'].includes(kid.role));
      if (stray.length) fail('7.2-20', `LI innehåller ${[...new Set(stray.map((kid) => kid.role))].join(', ')}`, page);
      if (element.parent?.role !== 'L') fail('7.2-17', `LI under ${element.parent?.role ?? 'roten'}`, page);
    }
    const heading = HEADING.exec(role);
    if (heading) {
      const level = Number(heading[1]);
      if (previousLevel === 0 && level !== 1) fail('7.4.2-1', `den första rubriken är ${role}`, page);
      else if (level > previousLevel + 1) fail('7.4.2-1', `${role} efter H${previousLevel}`, page);
      previousLevel = level;
    }
    if (role === 'TH' && !isName(attribute(file, element, 'Scope')) && !tableUsesHeaders(file, element)) fail('7.5-1', 'TH utan Scope', page);
  }
}

/** What the raw objects of one page must hold: its links in Link tags, its fonts embedded. */
function checkPageObjects(file: PdfFile, page: PdfDict, structure: readonly StructureElement[], number: number, fail: Fail): void {
  const linkParents = linkAnnotationParents(file, structure);
  for (const ref of file.array(page.get('Annots'))) {
    const annotation = file.dict(ref);
    if (!annotation || !isName(annotation.get('Subtype'), 'Link') || (Number(annotation.get('F') ?? 0) & 2) === 2) continue;
    if (!(ref instanceof PdfRef) || linkParents.get(ref.num) !== 'Link') fail('7.18.5-1', 'en länk står inte i en Link-tagg', number);
  }
  const fonts = file.dict(file.dict(page.get('Resources'))?.get('Font'));
  for (const [name, ref] of fonts ?? []) {
    const font = file.dict(ref);
    const descendant = file.dict(file.array(font?.get('DescendantFonts'))[0]);
    const descriptor = file.dict((descendant ?? font)?.get('FontDescriptor'));
    if (isName(font?.get('Subtype'), 'Type3')) continue;
    const embedded = descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(key));
    if (!embedded) fail('7.21.4.1-1', `typsnittet ${name} (${isName(font?.get('BaseFont')) ? (font!.get('BaseFont') as PdfName).name : '?'}) är inte inbäddat`, number);
  }
}

const linkParentCache = new WeakMap<readonly StructureElement[], Map<number, string>>();

/** For each annotation referenced from the structure tree (OBJR), the role of the element that holds it. */
function linkAnnotationParents(file: PdfFile, structure: readonly StructureElement[]): Map<number, string> {
  let parents = linkParentCache.get(structure);
  if (parents) return parents;
  parents = new Map();
  for (const element of structure) {
    for (const kid of file.array(element.dict.get('K'))) {
      const objr = file.dict(kid);
      const target = objr && isName(objr.get('Type'), 'OBJR') ? objr.get('Obj') : undefined;
      if (target instanceof PdfRef) parents.set(target.num, element.role);
    }
  }
  linkParentCache.set(structure, parents);
  return parents;
}

/** A structure element's attribute, whether given as one attribute object or as an array of them. */
function attribute(file: PdfFile, element: StructureElement, name: string): unknown {
  for (const item of file.array(element.dict.get('A'))) {
    const attributes = file.dict(item);
    if (attributes?.has(name)) return file.resolve(attributes.get(name));
  }
  return undefined;
}

/** A table whose data cells name their header cells (Headers and IDs) needs no Scope. */
function tableUsesHeaders(file: PdfFile, cell: StructureElement): boolean {
  let table = cell.parent;
  while (table && table.role !== 'Table') table = table.parent;
  if (!table) return false;
  const stack = [...table.kids];
  while (stack.length) {
    const element = stack.pop()!;
    if (element.role === 'TD' && attribute(file, element, 'Headers') !== undefined) return true;
    stack.push(...element.kids);
  }
  return false;
}

/** How many painting operators of a page stand outside both tagged content (an MCID) and artifacts. */
async function untaggedDrawings(page: { getOperatorList(options?: { intent?: string }): Promise<{ fnArray: number[]; argsArray: unknown[] }> }, ops: PdfJsOps): Promise<number> {
  const { fnArray, argsArray } = await page.getOperatorList({ intent: 'print' });
  const text = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const images = new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
    ops.paintSolidColorImageMask,
    ops.paintImageXObjectRepeat,
    ops.paintImageMaskXObjectRepeat,
    ops.shadingFill,
  ]);
  // Each open marked-content sequence: does it make what it holds tagged or an artifact?
  const open: boolean[] = [];
  let covering = 0;
  let untagged = 0;
  let inAnnotation = 0;
  fnArray.forEach((fn, index) => {
    const args = argsArray[index] as unknown[] | null;
    // An annotation's appearance is described by the annotation, not by marked content.
    if (fn === ops.beginAnnotation) inAnnotation += 1;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    if (inAnnotation) return;
    if (fn === ops.beginMarkedContent || fn === ops.beginMarkedContentProps) {
      const tag = args?.[0];
      const marks = tag === 'Artifact' || (fn === ops.beginMarkedContentProps && typeof args?.[1] === 'number');
      open.push(marks);
      if (marks) covering += 1;
      return;
    }
    if (fn === ops.endMarkedContent) {
      if (open.pop()) covering -= 1;
      return;
    }
    if (covering > 0) return;
    const paints = text.has(fn) || images.has(fn) || (fn === ops.constructPath && args?.[0] !== ops.endPath);
    if (paints) untagged += 1;
  });
  return untagged;
}
