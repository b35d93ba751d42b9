import { PdfFile, PdfUpdate, webFlate, type FlateCodec } from './raw/file';
import { concatBytes, isName, PdfDict, PdfName, PdfRef, PdfStream, type PdfValue } from './raw/objects';

/*
 * A PDF file attached to a memo is appended to the ärendepaket page by page, as it is. Chromium sets
 * the case file: each foreign page has a page of its own there, holding a placeholder image of the
 * page's proportions with alt text, so that Chromium counts it in "Sida X av Y", draws the running
 * header and footer round it, tags it as a Figure and bookmarks the heading above the first one.
 * After printing, each placeholder's image object is replaced by the foreign page itself as a Form
 * XObject, drawn where the image was: its text, vectors and fonts exactly as in the file.
 */

/** A page's size in points (its crop box, else its media box, as a viewer shows it). */
export interface PageSize {
  width: number;
  height: number;
}

/** A page's own entry, else the nearest ancestor's (Resources, MediaBox and CropBox are inherited). */
function inherited(file: PdfFile, page: PdfDict, key: string): PdfValue | undefined {
  const seen = new Set<PdfDict>();
  for (let node: PdfDict | undefined = page; node && !seen.has(node); node = file.dict(node.get('Parent'))) {
    seen.add(node);
    if (node.has(key)) return file.resolve(node.get(key));
  }
  return undefined;
}

function box(file: PdfFile, page: PdfDict): [number, number, number, number] {
  const value = inherited(file, page, 'CropBox') ?? inherited(file, page, 'MediaBox');
  const numbers = Array.isArray(value) ? value.map((each) => Number(file.resolve(each))) : [];
  if (numbers.length !== 4 || numbers.some((each) => !Number.isFinite(each))) return [0, 0, 612, 792];
  const [x0, y0, x1, y1] = numbers as [number, number, number, number];
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** The size of each page of a PDF, in order; throws PdfReadError for a file that cannot be read. */
export function foreignPageSizes(bytes: Uint8Array): PageSize[] {
  const file = new PdfFile(bytes);
  return file.pages().map(({ page }) => {
    const [x0, y0, x1, y1] = box(file, page);
    return { width: x1 - x0, height: y1 - y0 };
  });
}

/** The colour that marks the n-th placeholder (from 1): a red no page of the memo uses, then n in green and blue. */
const MARK_RED = 0xb7;
const markColour = (n: number): [number, number, number] => [MARK_RED, (n >> 8) & 0xff, n & 0xff];

/**
 * The placeholder image of the n-th foreign page of a case file, as a data URL: one pixel of its own
 * colour (a 24-bit BMP, which Chromium embeds as Flate-compressed pixels), so that each placeholder
 * stays an image object of its own in the PDF and can be told apart after printing.
 */
export function placeholderImage(n: number): string {
  const [red, green, blue] = markColour(n);
  const bytes = new Uint8Array(58);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]);
  view.setUint32(2, 58, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, 1, true);
  view.setInt32(22, 1, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  view.setUint32(34, 4, true);
  bytes.set([blue, green, red], 54);
  return `data:image/bmp;base64,${btoa(String.fromCharCode(...bytes))}`;
}

/** The foreign pages to place: the n-th placeholder (from 1) is `page` (from 0) of `bytes`. */
export interface ForeignPage {
  bytes: Uint8Array;
  page: number;
}

/** Which placeholder an image object is, or undefined when it is not one. */
function placeholderNumber(file: PdfFile, value: PdfValue): number | undefined {
  if (!(value instanceof PdfStream) || !isName(value.dict.get('Subtype'), 'Image')) return undefined;
  if (Number(value.dict.get('Width')) !== 1 || Number(value.dict.get('Height')) !== 1) return undefined;
  let pixel: Uint8Array;
  try {
    pixel = file.decode(value);
  } catch {
    return undefined;
  }
  if (pixel.length < 3 || pixel[0] !== MARK_RED) return undefined;
  return (pixel[1]! << 8) | pixel[2]!;
}

/** Every image object drawn on the file's pages, by object number, without reading any twice. */
function imageRefs(file: PdfFile): PdfRef[] {
  const refs = new Map<number, PdfRef>();
  for (const { page } of file.pages()) {
    const xobjects = file.dict(file.dict(inherited(file, page, 'Resources'))?.get('XObject'));
    for (const value of xobjects?.values() ?? []) if (value instanceof PdfRef) refs.set(value.num, value);
  }
  return [...refs.values()];
}

/**
 * Copies objects of one PDF into the update of another: each indirect object once, under a new
 * number, everything it refers to with it. A page's /Parent is never followed (the page tree is not copied).
 */
class ObjectCopier {
  private readonly copied = new Map<number, PdfRef>();
  constructor(
    private readonly from: PdfFile,
    private readonly into: PdfUpdate,
  ) {}

  copy(value: PdfValue | undefined): PdfValue {
    if (value === undefined) return null;
    if (value instanceof PdfRef) {
      const known = this.copied.get(value.num);
      if (known) return known;
      const ref = this.into.add(null);
      this.copied.set(value.num, ref);
      this.into.set(ref, this.copy(this.from.get(value)));
      return ref;
    }
    if (Array.isArray(value)) return value.map((each) => this.copy(each));
    if (value instanceof PdfStream) return new PdfStream(this.copyDict(value.dict), value.raw);
    if (value instanceof PdfDict) return this.copyDict(value);
    return value;
  }

  private copyDict(dict: PdfDict): PdfDict {
    const copy = new PdfDict();
    for (const [key, value] of dict) if (key !== 'Parent') copy.set(key, this.copy(value));
    return copy;
  }
}

/**
 * A page's drawing as a Form XObject (ISO 32000-1, 8.10) that fills the unit square, as an image
 * does: the placeholder's placement then draws the page where the image stood, at its proportions.
 * A single content stream keeps its filters as they are; several are joined (each decoded first).
 */
async function pageAsForm(from: PdfFile, page: PdfDict, copier: ObjectCopier, flate: FlateCodec): Promise<PdfStream> {
  const [x0, y0, x1, y1] = box(from, page);
  const [width, height] = [x1 - x0, y1 - y0];
  const contents = from.array(page.get('Contents')).map((each) => from.resolve(each)).filter((each): each is PdfStream => each instanceof PdfStream);
  const entries: [string, PdfValue][] = [
    ['Type', new PdfName('XObject')],
    ['Subtype', new PdfName('Form')],
    ['BBox', [x0, y0, x1, y1]],
    ['Matrix', [1 / width, 0, 0, 1 / height, -x0 / width, -y0 / height]],
    ['Resources', copier.copy(inherited(from, page, 'Resources') ?? new PdfDict())],
  ];
  if (contents.length === 1) {
    const dict = new PdfDict(entries);
    for (const key of ['Filter', 'DecodeParms']) if (contents[0]!.dict.has(key)) dict.set(key, copier.copy(contents[0]!.dict.get(key)));
    return new PdfStream(dict, contents[0]!.raw);
  }
  const joined = concatBytes(contents.flatMap((stream) => [from.decode(stream), Uint8Array.of(10)]));
  return PdfUpdate.stream(joined, entries, flate);
}

/**
 * The printed case file with each placeholder image replaced by its foreign page (see above). The
 * placeholders' tags (a Figure with alt text naming the bilaga and the page) stay as Chromium wrote
 * them; the foreign file's own tags and links are not carried over. Throws when a placeholder is
 * missing from the printed file, so that a bilaga is never dropped without a word.
 */
export async function placeForeignPages(printed: Uint8Array, pages: readonly ForeignPage[], flate: FlateCodec = webFlate): Promise<Uint8Array<ArrayBuffer>> {
  const file = new PdfFile(printed);
  if (!pages.length) return printed as Uint8Array<ArrayBuffer>;
  const update = new PdfUpdate(file);
  const sources = new Map<Uint8Array, { file: PdfFile; pages: PdfDict[]; copier: ObjectCopier }>();
  const placed = new Set<number>();
  for (const ref of imageRefs(file)) {
    const number = placeholderNumber(file, file.get(ref));
    const foreign = number === undefined ? undefined : pages[number - 1];
    if (!foreign || placed.has(number!)) continue;
    let source = sources.get(foreign.bytes);
    if (!source) {
      const from = new PdfFile(foreign.bytes);
      source = { file: from, pages: from.pages().map(({ page }) => page), copier: new ObjectCopier(from, update) };
      sources.set(foreign.bytes, source);
    }
    const page = source.pages[foreign.page];
    if (!page) continue;
    update.set(ref, await pageAsForm(source.file, page, source.copier, flate));
    placed.add(number!);
  }
  const missing = pages.findIndex((_, index) => !placed.has(index + 1));
  if (missing >= 0) throw new Error(`the attached page ${missing + 1} has no place in the printed case file`);
  return update.bytes();
}
