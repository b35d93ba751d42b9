/**
 * PDF's object model (ISO 32000-1, 7.3) as plain values, with a parser and a writer. Just what
 * finishing and checking Handbok's PDFs needs: it reads any well-formed file's objects, and writes
 * objects that any reader takes.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string's bytes as the file holds them; `text` reads them as a text string (UTF-16BE or PDFDocEncoding). */
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}

  static of(text: string): PdfString {
    if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(Uint8Array.from(text, (char) => char.charCodeAt(0)));
    const bytes = [0xfe, 0xff];
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      bytes.push(code >> 8, code & 0xff);
    }
    return new PdfString(Uint8Array.from(bytes));
  }

  get text(): string {
    const { bytes } = this;
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let text = '';
      for (let index = 2; index + 1 < bytes.length; index += 2) text += String.fromCharCode((bytes[index]! << 8) | bytes[index + 1]!);
      return text;
    }
    return latin1(bytes);
  }
}

export class PdfDict extends Map<string, PdfValue> {}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The data as stored, before any filter is undone. */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict | PdfStream;

export const isName = (value: unknown, name?: string): value is PdfName => value instanceof PdfName && (name === undefined || value.name === name);

/** Byte arrays joined into one. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let text = '';
  // Most calls read a word or a name: a loop is many times faster than spreading a short subarray.
  if (end - start <= 32) {
    for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index]!);
    return text;
  }
  for (let index = start; index < end; index += 0x2000) {
    text += String.fromCharCode(...bytes.subarray(index, Math.min(end, index + 0x2000)));
  }
  return text;
}

const WHITE = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) WHITE[code] = 1;
const DELIMITER = new Uint8Array(256);
for (const char of '()<>[]{}/%') DELIMITER[char.charCodeAt(0)] = 1;

export const isWhite = (code: number | undefined) => code !== undefined && WHITE[code] === 1;
export const isRegular = (code: number | undefined) => code !== undefined && WHITE[code] === 0 && DELIMITER[code] === 0;

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

export class PdfSyntaxError extends Error {}

/** Reads PDF values from bytes, from a position on. */
export class PdfParser {
  constructor(
    readonly bytes: Uint8Array,
    public position = 0,
  ) {}

  skipWhite(): void {
    const { bytes } = this;
    for (;;) {
      const code = bytes[this.position];
      if (code === 0x25) {
        while (this.position < bytes.length && bytes[this.position] !== 10 && bytes[this.position] !== 13) this.position += 1;
      } else if (isWhite(code)) this.position += 1;
      else return;
    }
  }

  /** The run of regular characters at the position: a number, a keyword or an operator. */
  word(): string {
    this.skipWhite();
    const start = this.position;
    while (isRegular(this.bytes[this.position])) this.position += 1;
    return latin1(this.bytes, start, this.position);
  }

  peekWord(): string {
    const at = this.position;
    const word = this.word();
    this.position = at;
    return word;
  }

  value(): PdfValue {
    this.skipWhite();
    const { bytes } = this;
    const code = bytes[this.position];
    if (code === undefined) throw new PdfSyntaxError('unexpected end of data');
    if (code === 0x2f) return this.name();
    if (code === 0x28) return this.literalString();
    if (code === 0x3c) {
      if (bytes[this.position + 1] === 0x3c) return this.dict();
      return this.hexString();
    }
    if (code === 0x5b) {
      this.position += 1;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipWhite();
        if (bytes[this.position] === 0x5d) {
          this.position += 1;
          return items;
        }
        if (this.position >= bytes.length) throw new PdfSyntaxError('unterminated array');
        items.push(this.value());
      }
    }
    const word = this.word();
    if (!word) throw new PdfSyntaxError(`unexpected character ${String.fromCharCode(code)} at ${this.position}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const number = Number(word);
    if (Number.isNaN(number)) throw new PdfSyntaxError(`unexpected word ${word}`);
    if (Number.isInteger(number) && /^\d+$/.test(word)) {
      // "num gen R" is a reference.
      const after = this.position;
      const gen = this.word();
      if (/^\d+$/.test(gen) && this.word() === 'R') return new PdfRef(number, Number(gen));
      this.position = after;
    }
    return number;
  }

  dict(): PdfDict {
    this.position += 2;
    const dict = new PdfDict();
    for (;;) {
      this.skipWhite();
      if (this.bytes[this.position] === 0x3e && this.bytes[this.position + 1] === 0x3e) {
        this.position += 2;
        return dict;
      }
      if (this.position >= this.bytes.length) throw new PdfSyntaxError('unterminated dictionary');
      const key = this.value();
      if (!(key instanceof PdfName)) throw new PdfSyntaxError('a dictionary key is not a name');
      dict.set(key.name, this.value());
    }
  }

  private name(): PdfName {
    this.position += 1;
    const start = this.position;
    while (isRegular(this.bytes[this.position])) this.position += 1;
    const raw = latin1(this.bytes, start, this.position);
    return new PdfName(raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw);
  }

  private literalString(): PdfString {
    const { bytes } = this;
    this.position += 1;
    const out: number[] = [];
    let depth = 1;
    while (this.position < bytes.length) {
      const code = bytes[this.position++]!;
      if (code === 0x5c) {
        const next = bytes[this.position++]!;
        if (next in ESCAPES) out.push(ESCAPES[next]!);
        else if (next >= 0x30 && next <= 0x37) {
          let octal = next - 0x30;
          for (let digits = 1; digits < 3 && bytes[this.position]! >= 0x30 && bytes[this.position]! <= 0x37; digits += 1) {
            octal = octal * 8 + bytes[this.position++]! - 0x30;
          }
          out.push(octal & 0xff);
        } else if (next === 13) {
          if (bytes[this.position] === 10) this.position += 1;
        } else if (next !== 10) out.push(next);
        continue;
      }
      if (code === 0x28) depth += 1;
      if (code === 0x29 && --depth === 0) return new PdfString(Uint8Array.from(out));
      out.push(code);
    }
    throw new PdfSyntaxError('unterminated string');
  }

  private hexString(): PdfString {
    const { bytes } = this;
    this.position += 1;
    const digits: number[] = [];
    while (this.position < bytes.length && bytes[this.position] !== 0x3e) {
      const code = bytes[this.position++]!;
      const value = code >= 0x30 && code <= 0x39 ? code - 0x30 : (code | 0x20) >= 0x61 && (code | 0x20) <= 0x66 ? (code | 0x20) - 0x57 : -1;
      if (value >= 0) digits.push(value);
    }
    this.position += 1;
    if (digits.length % 2) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let index = 0; index < out.length; index += 1) out[index] = (digits[2 * index]! << 4) | digits[2 * index + 1]!;
    return new PdfString(out);
  }
}

const hexByte = (code: number) => code.toString(16).padStart(2, '0');

function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Six decimals, trailing zeros dropped (0.5, not 0.500000); -0 as 0.
  const fixed = Number(value.toFixed(6));
  return fixed === 0 ? '0' : String(fixed);
}

function stringText(string: PdfString): string {
  const { bytes } = string;
  const printable = bytes.every((code) => code >= 0x20 && code < 0x7f);
  if (!printable) return `<${Array.from(bytes, hexByte).join('')}>`;
  return `(${latin1(bytes).replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

/** A value as PDF syntax. A stream is written by `serializeObject`, not here. */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return numberText(value);
  if (value instanceof PdfName) return `/${value.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (char) => `#${hexByte(char.charCodeAt(0))}`)}`;
  if (value instanceof PdfString) return stringText(value);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  if (value instanceof PdfDict) return `<<${[...value].map(([key, item]) => `${serialize(new PdfName(key))} ${serialize(item)}`).join(' ')}>>`;
  throw new TypeError('a stream stands only as an indirect object');
}
