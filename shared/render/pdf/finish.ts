import { markUntaggedAsArtifacts } from './raw/content-stream';
import { PdfFile, PdfUpdate, type FlateCodec } from './raw/file';
import { concatBytes, isName, PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './raw/objects';
import type { PageText } from './page-text';
import { readStructure, type StructureElement } from './structure';
import { isoDate, PRODUCER, xmpPacket } from './xmp';

export interface FinishOptions extends PageText {
  /** The fastest zlib of the runtime (see FlateCodec). */
  flate?: FlateCodec;
  /** How far the running header and footer reach from the page's edge, in points. */
  marginPt: number;
}

const UTF8 = new TextEncoder();
const NEWLINE = Uint8Array.of(10);

/** The text of the outline title without its white space: what Chromium's title and the heading share. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * Makes Chromium's tagged PDF a PDF/UA-1 file, in one update (PdfUpdate) that keeps every object it
 * does not change byte for byte (the structure tree's content and its MCIDs among them):
 * - an XMP packet with the title, the language, Handbok as producer and `pdfuaid:part` 1;
 * - whatever is drawn outside tagged content (the running header and footer, backgrounds,
 *   rules, decorative images) marked as a pagination or layout artifact;
 * - each list item's content in an `LBody` beside its `Lbl`;
 * - a figure tagged once: a `Figure` without alt text around the `Figure` of an image is a `Div`;
 * - link annotations described in `/Contents` by what the link says;
 * - bookmarks titled exactly as their headings (Chromium joins the lines of a wrapped heading
 *   without a space).
 */
export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<Uint8Array<ArrayBuffer>> {
  const file = new PdfFile(bytes);
  const update = new PdfUpdate(file);
  const catalogRef = file.trailer.get('Root') as PdfRef;
  const catalog = file.catalog;

  writeMetadata(file, update, catalogRef, catalog, options);
  const pages = file.pages();
  // The pages' streams are compressed all at once: native zlib works beside the rest.
  const marking = pages.map(({ ref, page }) => markArtifacts(file, update, ref, page, options));
  for (const { page } of pages) describeLinks(file, update, page, options.links);
  const structure = file.dict(catalog.get('StructTreeRoot'));
  if (structure) new StructureRepair(file, update, structure).run();
  titleBookmarks(file, update, catalog, options.headings, options.printedHeadings);
  await Promise.all(marking);
  return update.bytes();
}

function writeMetadata(file: PdfFile, update: PdfUpdate, catalogRef: PdfRef, catalog: PdfDict, options: FinishOptions): void {
  const infoRef = file.trailer.get('Info');
  const info = new PdfDict(file.dict(infoRef));
  const created = info.get('CreationDate');
  const packet = xmpPacket({ ...options, created: created instanceof PdfString ? isoDate(created.text) : undefined });
  const metadata = new PdfStream(
    new PdfDict([
      ['Type', new PdfName('Metadata')],
      ['Subtype', new PdfName('XML')],
    ]),
    UTF8.encode(packet),
  );
  catalog.set('Metadata', update.add(metadata));
  update.set(catalogRef, catalog);

  info.set('Title', PdfString.of(options.title));
  info.set('Producer', PdfString.of(PRODUCER));
  info.set('Creator', PdfString.of(PRODUCER));
  if (options.author) info.set('Author', PdfString.of(options.author));
  if (infoRef instanceof PdfRef) update.set(infoRef, info);
}

async function markArtifacts(file: PdfFile, update: PdfUpdate, pageRef: PdfRef, page: PdfDict, { marginPt: margin, flate }: FinishOptions): Promise<void> {
  const box = file.array(page.get('MediaBox')).map(Number);
  const pageHeight = (box[3] ?? 842) - (box[1] ?? 0);
  const contents = page.get('Contents');
  const streams = Array.isArray(contents) ? contents : [contents ?? null];
  // A page drawn by several streams is joined first: a sequence may continue from one into the next.
  const parts = streams.map((ref) => file.resolve(ref)).filter((stream): stream is PdfStream => stream instanceof PdfStream);
  if (!parts.length) return;
  const decoded = await Promise.all(parts.map((stream) => file.decodeAsync(stream, flate)));
  // Streams are joined at a line break: a token may not run from one into the next.
  const joined = decoded.length === 1 ? decoded[0]! : concatBytes(decoded.flatMap((part) => [part, NEWLINE]));
  const marked = markUntaggedAsArtifacts(joined, { pageHeight, margin });
  if (!marked) return;
  if (parts.length === 1 && contents instanceof PdfRef) {
    update.set(contents, await PdfUpdate.stream(marked, [], flate));
  } else {
    const ref = update.add(null);
    page.set('Contents', ref);
    update.set(pageRef, page);
    update.set(ref, await PdfUpdate.stream(marked, [], flate));
  }
}


/** The href a link annotation goes to, as the page wrote it ("#h-3", "https://…"). */
function linkTarget(file: PdfFile, annotation: PdfDict): string | undefined {
  const dest = file.resolve(annotation.get('Dest'));
  const action = file.dict(annotation.get('A'));
  const named = dest ?? file.resolve(action?.get('D'));
  if (named instanceof PdfName) return `#${named.name}`;
  if (named instanceof PdfString) return `#${named.text}`;
  const uri = file.resolve(action?.get('URI'));
  return uri instanceof PdfString ? uri.text : undefined;
}

function describeLinks(file: PdfFile, update: PdfUpdate, page: PdfDict, links: ReadonlyMap<string, string>): void {
  for (const ref of file.array(page.get('Annots'))) {
    const annotation = file.dict(ref);
    if (!annotation || !isName(annotation.get('Subtype'), 'Link') || annotation.has('Contents')) continue;
    const target = linkTarget(file, annotation);
    const description = (target && links.get(target)) || (target && !target.startsWith('#') ? target : undefined);
    if (!description || !(ref instanceof PdfRef)) continue;
    annotation.set('Contents', PdfString.of(description));
    update.set(ref, annotation);
  }
}

/**
 * Walks the outline in reading order and gives each bookmark its heading's exact text. `printed`: the
 * headings as Chromium titles them, where that differs (a jämförelseversion's deleted words).
 */
function titleBookmarks(file: PdfFile, update: PdfUpdate, catalog: PdfDict, headings: readonly string[], printed: readonly string[] = headings): void {
  const outlines = file.dict(catalog.get('Outlines'));
  if (!outlines || !headings.length) return;
  const keys = printed.map(squeezed);
  let cursor = 0;
  const stack: PdfValue[] = [outlines.get('First') ?? null];
  const seen = new Set<number>();
  while (stack.length) {
    const ref = stack.pop();
    if (!(ref instanceof PdfRef) || seen.has(ref.num)) continue;
    seen.add(ref.num);
    const item = file.dict(ref);
    if (!item) continue;
    // Reading order: the item, its children, then its next sibling.
    stack.push(item.get('Next') ?? null, item.get('First') ?? null);
    const title = file.resolve(item.get('Title'));
    if (!(title instanceof PdfString)) continue;
    const found = keys.indexOf(squeezed(title.text), cursor);
    if (found < 0) continue;
    cursor = found + 1;
    if (title.text !== headings[found]) {
      item.set('Title', PdfString.of(headings[found]!));
      update.set(ref, item);
    }
  }
}

interface ParentSlot {
  /** The object that holds the slot, to be written again when it changes. */
  holder: PdfRef;
  container: PdfValue[];
  index: number;
}

/**
 * Repairs of the structure tree. Moving content to a new parent also moves its entry in the parent
 * tree (which maps marked content and annotations back to their structure element).
 */
class StructureRepair {
  private parentTree: Map<number, ParentSlot> | undefined;

  constructor(
    private readonly file: PdfFile,
    private readonly update: PdfUpdate,
    private readonly root: PdfDict,
  ) {}

  run(): void {
    const elements = readStructure(this.file);
    const byRef = new Map(elements.filter((element) => element.ref).map((element) => [element.ref!.num, element]));
    for (const element of elements) {
      if (element.role === 'Figure') this.untagOuterFigures(element);
      if (element.role === 'LI' && element.ref) this.wrapListBody(element.ref, element.dict, byRef);
    }
  }

  /** Each Figure above an image's Figure, without alt text of its own, becomes a Div. */
  private untagOuterFigures(figure: StructureElement): void {
    for (let parent = figure.parent; parent; parent = parent.parent) {
      const { dict, ref } = parent;
      if (parent.role !== 'Figure' || !ref || dict.has('Alt') || dict.has('ActualText')) continue;
      dict.set('S', new PdfName('Div'));
      this.update.set(ref, dict);
    }
  }

  /** Groups a list item's content other than its Lbl and LBody into an LBody. */
  private wrapListBody(itemRef: PdfRef, item: PdfDict, byRef: ReadonlyMap<number, StructureElement>): void {
    const kids = this.file.array(item.get('K'));
    const labelled = (kid: PdfValue) => kid instanceof PdfRef && ['Lbl', 'LBody'].includes(byRef.get(kid.num)?.role ?? '');
    if (kids.every(labelled)) return;
    const result: PdfValue[] = [];
    let body: PdfValue[] = [];
    const flush = () => {
      if (!body.length) return;
      const element = new PdfDict([
        ['Type', new PdfName('StructElem')],
        ['S', new PdfName('LBody')],
        ['P', itemRef],
        ['K', body.length === 1 ? body[0]! : body],
      ]);
      if (item.has('Pg')) element.set('Pg', item.get('Pg')!);
      const ref = this.update.add(element);
      for (const kid of body) this.reparent(kid, item, ref);
      result.push(ref);
      body = [];
    };
    for (const kid of kids) {
      if (labelled(kid)) {
        flush();
        result.push(kid);
      } else body.push(kid);
    }
    flush();
    item.set('K', result.length === 1 ? result[0]! : result);
    this.update.set(itemRef, item);
  }

  /** Moves one kid (an element, marked content or an annotation) of `from` to the element `to`. */
  private reparent(kid: PdfValue, from: PdfDict, to: PdfRef): void {
    if (kid instanceof PdfRef) {
      const element = this.file.dict(kid);
      if (!element) return;
      if (isName(element.get('Type'), 'OBJR')) return this.moveAnnotation(element, to);
      element.set('P', to);
      this.update.set(kid, element);
      return;
    }
    if (typeof kid === 'number') return this.moveMarkedContent(this.file.dict(from.get('Pg')), kid, to);
    if (kid instanceof PdfDict) {
      if (isName(kid.get('Type'), 'OBJR')) return this.moveAnnotation(kid, to);
      const mcid = kid.get('MCID');
      if (typeof mcid === 'number') this.moveMarkedContent(this.file.dict(kid.get('Pg') ?? from.get('Pg')), mcid, to);
    }
  }

  private moveMarkedContent(page: PdfDict | undefined, mcid: number, to: PdfRef): void {
    const key = page?.get('StructParents');
    const slot = typeof key === 'number' ? this.slots().get(key) : undefined;
    if (!slot) return;
    const array = this.file.resolve(slot.container[slot.index]);
    if (!Array.isArray(array) || mcid >= array.length) return;
    array[mcid] = to;
    const arrayRef = slot.container[slot.index];
    this.update.set(arrayRef instanceof PdfRef ? arrayRef : slot.holder, arrayRef instanceof PdfRef ? array : this.file.get(slot.holder));
  }

  private moveAnnotation(objr: PdfDict, to: PdfRef): void {
    const annotation = this.file.dict(objr.get('Obj'));
    const key = annotation?.get('StructParent');
    const slot = typeof key === 'number' ? this.slots().get(key) : undefined;
    if (!slot) return;
    slot.container[slot.index] = to;
    this.update.set(slot.holder, this.file.get(slot.holder));
  }

  /** The parent tree's entries by key, each with the object that holds it (read once, when needed). */
  private slots(): Map<number, ParentSlot> {
    if (this.parentTree) return this.parentTree;
    const slots = new Map<number, ParentSlot>();
    const start = this.root.get('ParentTree');
    const stack: PdfRef[] = start instanceof PdfRef ? [start] : [];
    const seen = new Set<number>();
    while (stack.length) {
      const holder = stack.pop()!;
      if (seen.has(holder.num)) continue;
      seen.add(holder.num);
      const node = this.file.dict(holder);
      if (!node) continue;
      const numsRef = node.get('Nums');
      const nums = this.file.array(numsRef);
      const numsHolder = numsRef instanceof PdfRef ? numsRef : holder;
      for (let index = 0; index + 1 < nums.length; index += 2) {
        const key = nums[index];
        if (typeof key === 'number') slots.set(key, { holder: numsHolder, container: nums, index: index + 1 });
      }
      for (const kid of this.file.array(node.get('Kids'))) if (kid instanceof PdfRef) stack.push(kid);
    }
    this.parentTree = slots;
    return slots;
  }
}
