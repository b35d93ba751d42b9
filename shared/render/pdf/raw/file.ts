import { unzlibSync, inflateSync, zlibSync } from 'fflate';
import { concatBytes, isName, isWhite, latin1, PdfDict, PdfName, PdfParser, PdfRef, PdfStream, PdfSyntaxError, serialize, type PdfValue } from './objects';

/** Where an object lies: at an offset of the file, or as the n-th object of an object stream. */
type XrefEntry = { offset: number } | { stream: number; index: number };

/** A file this reader cannot take: not a PDF, damaged beyond its cross-reference table, or encrypted. */
export class PdfReadError extends Error {}

const ENCODER = new TextEncoder();
const ascii = (text: string) => ENCODER.encode(text);

/** Undoes PNG predictors (ISO 32000-1, 7.4.4.4), which cross-reference streams often use. */
function unpredict(data: Uint8Array, parms: PdfDict | undefined): Uint8Array {
  const predictor = Number(parms?.get('Predictor') ?? 1);
  if (predictor < 10) return data;
  const columns = Number(parms?.get('Columns') ?? 1);
  const width = columns + 1;
  const rows = Math.floor(data.length / width);
  const out = new Uint8Array(rows * columns);
  for (let row = 0; row < rows; row += 1) {
    const type = data[row * width]!;
    for (let column = 0; column < columns; column += 1) {
      const raw = data[row * width + 1 + column]!;
      const left = column > 0 ? out[row * columns + column - 1]! : 0;
      const up = row > 0 ? out[(row - 1) * columns + column]! : 0;
      const upLeft = row > 0 && column > 0 ? out[(row - 1) * columns + column - 1]! : 0;
      let value = raw;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        value = raw + (a <= b && a <= c ? left : b <= c ? up : upLeft);
      }
      out[row * columns + column] = value & 0xff;
    }
  }
  return out;
}

/**
 * FlateDecode's zlib format, compressed and uncompressed as the runtime does it fastest: Node's own
 * zlib where the caller has it (electron/node), else the web's CompressionStream (native zlib too,
 * in every browser and in Electron's renderer), else fflate.
 */
export interface FlateCodec {
  inflate(data: Uint8Array): Promise<Uint8Array>;
  deflate(data: Uint8Array): Promise<Uint8Array>;
}

export const webFlate: FlateCodec = {
  async inflate(data) {
    if (typeof DecompressionStream !== 'function') return unzlibSync(data);
    return throughStream(new DecompressionStream('deflate'), data);
  },
  async deflate(data) {
    if (typeof CompressionStream !== 'function') return zlibSync(data, { level: 6 });
    return throughStream(new CompressionStream('deflate'), data);
  },
};

async function throughStream(stream: CompressionStream | DecompressionStream, data: Uint8Array): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) chunks.push(value);
  }
  return concatBytes(chunks);
}

/**
 * A PDF file's objects, read on demand through its cross-reference sections (tables and streams,
 * the newest update first), with their streams decoded where they are Flate-compressed.
 */
export class PdfFile {
  private readonly entries = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, { parser: PdfParser; offsets: number[] }>();
  readonly trailer: PdfDict;
  /** Where the newest cross-reference section starts: an update's /Prev. */
  readonly startxref: number;
  /** One more than the highest object number: the first number an update may give. */
  readonly size: number;
  /** How many cross-reference sections the file has (one, unless it was updated incrementally). */
  readonly sections: number;

  /**
   * Each object's bytes, "num gen obj" to the next object, in the order they stand, for a file of
   * one cross-reference table and no object streams (as Chromium writes them); otherwise undefined.
   */
  objectExtents(): { num: number; start: number; end: number }[] | undefined {
    if (this.sections !== 1 || this.trailer.has('XRefStm')) return undefined;
    const placed: { num: number; start: number }[] = [];
    for (const [num, entry] of this.entries) {
      if ('stream' in entry) return undefined;
      if (entry.offset >= 0) placed.push({ num, start: entry.offset });
    }
    placed.sort((a, b) => a.start - b.start);
    if (placed.some(({ start }) => start >= this.startxref)) return undefined;
    return placed.map(({ num, start }, index) => ({ num, start, end: placed[index + 1]?.start ?? this.startxref }));
  }

  constructor(readonly bytes: Uint8Array) {
    if (latin1(bytes, 0, Math.min(1024, bytes.length)).indexOf('%PDF-') < 0) throw new PdfReadError('not a PDF file');
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024));
    const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? [...tail.matchAll(/startxref\s+(\d+)/g)].pop();
    if (!found) throw new PdfReadError('no startxref');
    this.startxref = Number(found[1]);
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    for (let at: number | undefined = this.startxref; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const section = this.readSection(at);
      trailer ??= section;
      const hybrid = section.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) this.readSection(hybrid);
      const prev = section.get('Prev');
      at = typeof prev === 'number' ? prev : undefined;
    }
    this.trailer = trailer!;
    this.sections = seen.size;
    if (this.trailer.has('Encrypt')) throw new PdfReadError('the file is encrypted');
    this.size = Math.max(Number(this.trailer.get('Size') ?? 0), ...[...this.entries.keys()].map((num) => num + 1));
  }

  /** One cross-reference section; entries already known (from a newer section) win. */
  private readSection(offset: number): PdfDict {
    const parser = new PdfParser(this.bytes, offset);
    if (parser.peekWord() === 'xref') {
      parser.word();
      for (;;) {
        const word = parser.peekWord();
        if (word === 'trailer') break;
        const first = Number(parser.word());
        const count = Number(parser.word());
        if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfReadError('damaged cross-reference table');
        parser.skipWhite();
        for (let index = 0; index < count; index += 1) {
          const entry = this.standardEntry(parser.position);
          if (entry) parser.position += 20;
          const entryOffset = entry ? entry.offset : Number(parser.word());
          if (!entry) parser.word();
          const kind = entry ? entry.kind : parser.word();
          if (kind === 'n' && !this.entries.has(first + index)) this.entries.set(first + index, { offset: entryOffset });
          if (kind === 'f' && !this.entries.has(first + index)) this.entries.set(first + index, { offset: -1 });
        }
      }
      parser.word();
      const trailer = parser.value();
      if (!(trailer instanceof PdfDict)) throw new PdfReadError('damaged trailer');
      return trailer;
    }
    // A cross-reference stream (PDF 1.5).
    const stream = this.objectAt(offset);
    if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'XRef')) throw new PdfReadError('no cross-reference at startxref');
    const data = this.decode(stream);
    const widths = (stream.dict.get('W') as number[]).map(Number);
    const index = (stream.dict.get('Index') as number[] | undefined) ?? [0, Number(stream.dict.get('Size'))];
    const rowLength = widths.reduce((sum, width) => sum + width, 0);
    const field = (row: number, column: number, fallback: number) => {
      const width = widths[column]!;
      if (!width) return fallback;
      let value = 0;
      let at = row * rowLength + widths.slice(0, column).reduce((sum, item) => sum + item, 0);
      for (let byte = 0; byte < width; byte += 1) value = value * 256 + data[at++]!;
      return value;
    };
    let row = 0;
    for (let pair = 0; pair + 1 < index.length; pair += 2) {
      for (let number = index[pair]!; number < index[pair]! + index[pair + 1]!; number += 1, row += 1) {
        if (this.entries.has(number)) continue;
        const type = field(row, 0, 1);
        if (type === 1) this.entries.set(number, { offset: field(row, 1, 0) });
        else if (type === 2) this.entries.set(number, { stream: field(row, 1, 0), index: field(row, 2, 0) });
        else this.entries.set(number, { offset: -1 });
      }
    }
    return stream.dict;
  }

  /** An entry of a cross-reference table as the standard writes it, 20 bytes: "nnnnnnnnnn ggggg n\r\n". */
  private standardEntry(at: number): { offset: number; kind: string } | undefined {
    const { bytes } = this;
    if (bytes[at + 10] !== 0x20 || bytes[at + 16] !== 0x20 || !isWhite(bytes[at + 18]) || !isWhite(bytes[at + 19])) return undefined;
    let offset = 0;
    for (let index = at; index < at + 10; index += 1) {
      const digit = bytes[index]! - 0x30;
      if (digit < 0 || digit > 9) return undefined;
      offset = offset * 10 + digit;
    }
    const kind = bytes[at + 17];
    return kind === 0x6e ? { offset, kind: 'n' } : kind === 0x66 ? { offset, kind: 'f' } : undefined;
  }

  /** The indirect object written at an offset ("num gen obj … endobj"). */
  private objectAt(offset: number): PdfValue {
    const parser = new PdfParser(this.bytes, offset);
    parser.word();
    parser.word();
    if (parser.word() !== 'obj') throw new PdfSyntaxError(`no object at ${offset}`);
    const value = parser.value();
    if (!(value instanceof PdfDict) || parser.peekWord() !== 'stream') return value;
    parser.word();
    if (this.bytes[parser.position] === 13) parser.position += 1;
    if (this.bytes[parser.position] === 10) parser.position += 1;
    const start = parser.position;
    let length = value.get('Length');
    if (length instanceof PdfRef) length = this.get(length);
    let end = typeof length === 'number' ? start + length : -1;
    if (end < start || end > this.bytes.length || !/^\s*endstream/.test(latin1(this.bytes, end, Math.min(this.bytes.length, end + 20)))) {
      // A wrong /Length: the data ends before the next "endstream".
      end = latin1(this.bytes, start, Math.min(this.bytes.length, start + 64 * 1024 * 1024)).indexOf('endstream');
      if (end < 0) throw new PdfSyntaxError('unterminated stream');
      end += start;
      while (end > start && (this.bytes[end - 1] === 10 || this.bytes[end - 1] === 13)) end -= 1;
    }
    return new PdfStream(value, this.bytes.subarray(start, end));
  }

  /** The object with this number (null where the file has none, as PDF says). */
  get(ref: PdfRef | number): PdfValue {
    const num = typeof ref === 'number' ? ref : ref.num;
    if (this.cache.has(num)) return this.cache.get(num)!;
    const entry = this.entries.get(num);
    let value: PdfValue = null;
    if (entry && 'stream' in entry) value = this.fromObjectStream(entry.stream, entry.index);
    else if (entry && entry.offset >= 0) value = this.objectAt(entry.offset);
    this.cache.set(num, value);
    return value;
  }

  private fromObjectStream(num: number, index: number): PdfValue {
    let loaded = this.objectStreams.get(num);
    if (!loaded) {
      const stream = this.get(num);
      if (!(stream instanceof PdfStream)) return null;
      const data = this.decode(stream);
      const header = new PdfParser(data);
      const count = Number(stream.dict.get('N'));
      const first = Number(stream.dict.get('First'));
      const offsets: number[] = [];
      for (let item = 0; item < count; item += 1) {
        header.word();
        offsets.push(first + Number(header.word()));
      }
      loaded = { parser: new PdfParser(data), offsets };
      this.objectStreams.set(num, loaded);
    }
    const offset = loaded.offsets[index];
    if (offset === undefined) return null;
    loaded.parser.position = offset;
    return loaded.parser.value();
  }

  /** A value with a reference followed to what it names. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.get(value) : value;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    if (resolved instanceof PdfDict) return resolved;
    return resolved instanceof PdfStream ? resolved.dict : undefined;
  }

  /** An array as it is, or a single value (a reference kept as the reference) as an array of one. */
  array(value: PdfValue | undefined): PdfValue[] {
    const resolved = this.resolve(value);
    if (Array.isArray(resolved)) return resolved;
    return value === undefined || resolved === undefined || resolved === null ? [] : [value];
  }

  get catalog(): PdfDict {
    const catalog = this.dict(this.trailer.get('Root'));
    if (!catalog) throw new PdfReadError('no document catalog');
    return catalog;
  }

  /** A stream's data with its filters undone; only Flate (with or without predictors) is known. */
  decode(stream: PdfStream): Uint8Array {
    const filters = this.array(stream.dict.get('Filter'));
    const parms = this.array(stream.dict.get('DecodeParms'));
    let data = stream.raw;
    filters.forEach((filter, index) => {
      if (!isName(filter, 'FlateDecode')) throw new PdfReadError(`unsupported filter ${isName(filter) ? filter.name : '?'}`);
      try {
        data = unzlibSync(data);
      } catch {
        // Some writers leave out or spoil the zlib checksum; the deflate data itself is what counts.
        data = inflateSync(data.subarray(2));
      }
      data = unpredict(data, this.dict(parms[index]));
    });
    return data;
  }

  /**
   * A stream's data as `decode` gives it, with native zlib where the stream is plain Flate (the
   * bulk of a page's content): several times faster than fflate, and beside the caller.
   */
  async decodeAsync(stream: PdfStream, flate: FlateCodec = webFlate): Promise<Uint8Array> {
    const filters = this.array(stream.dict.get('Filter'));
    if (filters.length !== 1 || !isName(filters[0], 'FlateDecode') || stream.dict.has('DecodeParms')) return this.decode(stream);
    return flate.inflate(stream.raw).catch(() => this.decode(stream));
  }

  /** The pages in order, as references to their dictionaries. */
  pages(): { ref: PdfRef; page: PdfDict }[] {
    const pages: { ref: PdfRef; page: PdfDict }[] = [];
    const stack: PdfValue[] = [this.catalog.get('Pages') ?? null];
    const seen = new Set<number>();
    while (stack.length) {
      const ref = stack.pop()!;
      if (!(ref instanceof PdfRef) || seen.has(ref.num)) continue;
      seen.add(ref.num);
      const node = this.dict(ref);
      if (!node) continue;
      if (isName(node.get('Type'), 'Pages') || node.has('Kids')) stack.push(...this.array(node.get('Kids')).reverse());
      else pages.push({ ref, page: node });
    }
    return pages;
  }
}

/**
 * An incremental update (ISO 32000-1, 7.5.6): changed and new objects appended after the file as it
 * was, with a cross-reference section of their own. Every byte of the original stays where it is.
 */
export class PdfUpdate {
  private readonly objects = new Map<number, PdfValue>();
  private next: number;

  constructor(readonly file: PdfFile) {
    this.next = file.size;
  }

  /** Replaces an object (the caller changes a copy, or the object it read: both are written as they are then). */
  set(ref: PdfRef, value: PdfValue): void {
    this.objects.set(ref.num, value);
  }

  add(value: PdfValue): PdfRef {
    const ref = new PdfRef(this.next++, 0);
    this.objects.set(ref.num, value);
    return ref;
  }

  /** A Flate-compressed stream of the given data. */
  static async stream(data: Uint8Array, entries: [string, PdfValue][] = [], flate: FlateCodec = webFlate): Promise<PdfStream> {
    const dict = new PdfDict(entries);
    dict.set('Filter', new PdfName('FlateDecode'));
    return new PdfStream(dict, await flate.deflate(data));
  }

  get changed(): boolean {
    return this.objects.size > 0;
  }

  /**
   * The file with the update. A file of one cross-reference table (Chromium's) is written anew with
   * the objects it had copied byte for byte and the replaced ones left out, so that rewritten pages do
   * not stand twice; any other file gets an incremental update appended.
   */
  bytes(): Uint8Array<ArrayBuffer> {
    const { file } = this;
    const extents = file.objectExtents();
    const chunks: Uint8Array[] = [];
    let length = 0;
    const push = (chunk: Uint8Array) => {
      chunks.push(chunk);
      length += chunk.length;
    };
    const offsets = new Map<number, number>();
    if (extents) {
      push(file.bytes.subarray(0, extents[0]?.start ?? file.startxref));
      for (const { num, start, end } of extents) {
        if (this.objects.has(num)) continue;
        offsets.set(num, length);
        push(file.bytes.subarray(start, end));
      }
    } else push(file.bytes);
    if (chunks.length && chunks[chunks.length - 1]![chunks[chunks.length - 1]!.length - 1] !== 10) push(ascii('\n'));
    for (const [num, value] of [...this.objects].sort(([a], [b]) => a - b)) {
      offsets.set(num, length);
      if (value instanceof PdfStream) {
        const dict = new PdfDict(value.dict);
        dict.set('Length', value.raw.length);
        push(ascii(`${num} 0 obj\n${serialize(dict)}\nstream\n`));
        push(value.raw);
        push(ascii('\nendstream\nendobj\n'));
      } else push(ascii(`${num} 0 obj\n${serialize(value)}\nendobj\n`));
    }
    const xref = length;
    const lines = ['xref'];
    if (extents) {
      // The whole table: object 0 and any number without an object are free.
      lines.push(`0 ${this.next}`);
      for (let num = 0; num < this.next; num += 1) {
        const offset = offsets.get(num);
        lines.push(offset === undefined ? `0000000000 ${num === 0 ? '65535' : '00000'} f\r` : `${String(offset).padStart(10, '0')} 00000 n\r`);
      }
    } else {
      const numbers = [...offsets.keys()].sort((a, b) => a - b);
      for (let first = 0; first < numbers.length; ) {
        let last = first;
        while (last + 1 < numbers.length && numbers[last + 1] === numbers[last]! + 1) last += 1;
        lines.push(`${numbers[first]} ${last - first + 1}`);
        for (let index = first; index <= last; index += 1) lines.push(`${String(offsets.get(numbers[index]!)).padStart(10, '0')} 00000 n\r`);
        first = last + 1;
      }
    }
    const trailer = new PdfDict();
    trailer.set('Size', this.next);
    for (const key of ['Root', 'Info', 'ID']) if (file.trailer.has(key)) trailer.set(key, file.trailer.get(key)!);
    if (!extents) trailer.set('Prev', file.startxref);
    push(ascii(`${lines.join('\n')}\ntrailer\n${serialize(trailer)}\nstartxref\n${xref}\n%%EOF\n`));
    return concatBytes(chunks);
  }
}
