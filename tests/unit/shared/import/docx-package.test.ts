import { expectLinear } from '../../../support/linear-time';
import { AlignmentType, Document, Header, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { Zip, ZipDeflate, ZipPassThrough, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, packStored, partText, readDocxParts, type DocxLimits } from '../../../../shared/import/docx/package';

const MB = 1024 * 1024;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal docx-shaped zip: content types and a document. */
const docx = (extra: Zippable = {}, body = '<w:p><w:r><w:t>Hej</w:t></w:r></w:p>') =>
  zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(documentXml(body)), ...extra });

const refusalOf = (bytes: Uint8Array, limits?: DocxLimits) => {
  const result = readDocxParts(bytes, limits);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
};

/** A real Word file from the docx library: a title, a header with the registry number, a numbered list. */
async function realDocx(): Promise<Uint8Array> {
  const file = new Document({
    title: 'Riktlinje för dokumenthantering',
    creator: 'Sjövik kommun',
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, start: 3 }],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Dnr KS 2023/145')] })] }) },
        children: [
          new Paragraph({ children: [new TextRun('Inledning')] }),
          new Paragraph({ children: [new TextRun('Första steget')], numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ children: [new TextRun('Andra steget')], numbering: { reference: 'steps', level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

describe('readDocxParts', () => {
  it('opens a real Word file, with part names without a leading slash and no directories', async () => {
    const bytes = await realDocx();
    const result = readDocxParts(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parts.has('word/document.xml')).toBe(true);
    expect(result.parts.has('docProps/core.xml')).toBe(true);
    expect([...result.parts.keys()].every((name) => !name.startsWith('/') && !name.endsWith('/'))).toBe(true);
    expect(partText(result.parts, 'word/document.xml')).toContain('Första steget');
    expect(partText(result.parts, '/word/document.xml')).toContain('Andra steget');
    // Byte for byte what any other unzip reads.
    const reference = unzipSync(bytes);
    for (const [name, data] of Object.entries(reference)) expect(result.parts.get(name)).toEqual(data);
  });

  it('normalises leading slashes and skips directory entries', () => {
    const bytes = zipSync({ '/word/document.xml': strToU8(documentXml('')), 'word/media/': {}, '/docProps/': {} });
    const result = readDocxParts(bytes);
    if (!result.ok) throw new Error(result.refusal.code);
    expect([...result.parts.keys()]).toEqual(['word/document.xml']);
  });

  it('reads parts that are stored, deflated, and bigger than one step of the stream', () => {
    const big = strToU8('<w:p/>'.repeat(200_000));
    const bytes = zipSync({ 'word/document.xml': [strToU8(documentXml('')), { level: 0 }], 'word/big.xml': [big, { level: 9 }] });
    const result = readDocxParts(bytes);
    if (!result.ok) throw new Error(result.refusal.code);
    // (Buffer's comparison: vitest's toEqual walks a megabyte element by element, for seconds.)
    expect(Buffer.from(result.parts.get('word/big.xml')!).equals(big)).toBe(true);
  });

  it('reads a zip written as a stream, whose sizes follow the data (as Java and LibreOffice write them)', () => {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      out.push(data);
    });
    const body = documentXml('<w:p/>'.repeat(50_000));
    const deflated = new ZipDeflate('word/document.xml', { level: 6 });
    zip.add(deflated);
    deflated.push(strToU8(body), true);
    const stored = new ZipPassThrough('word/styles.xml');
    zip.add(stored);
    stored.push(strToU8('<w:styles/>'), true);
    zip.end();
    const bytes = new Uint8Array(Buffer.concat(out));
    expect(bytes[6]! & 8).toBe(8); // the data descriptor flag
    const result = readDocxParts(bytes);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(partText(result.parts, 'word/document.xml')).toBe(body);
    expect(partText(result.parts, 'word/styles.xml')).toBe('<w:styles/>');
  });

  it('refuses an empty file', () => {
    expect(refusalOf(new Uint8Array())).toEqual({ code: 'empty' });
  });

  it('refuses a file above the size limit before reading it', () => {
    expect(refusalOf(docx(), { ...DOCX_LIMITS, maxFileBytes: 100 }).code).toBe('too-large');
  });

  it('refuses an old .doc or an encrypted Office file by its OLE signature', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusalOf(ole)).toEqual({ code: 'legacy-or-encrypted' });
  });

  it('refuses bytes that are not a zip', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    random[0] = 0x42; // not 'P'
    expect(refusalOf(random)).toEqual({ code: 'not-docx' });
    expect(refusalOf(strToU8('<html><body>Hej</body></html>')).code).toBe('not-docx');
  });

  it('refuses a zip cut off in the middle', () => {
    const whole = docx({ 'word/styles.xml': strToU8('<w:styles/>'.repeat(5000)) });
    const refusal = refusalOf(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(refusal.code).toBe('truncated');
    expect(refusal.detail).toBeTruthy();
  });

  it('refuses a zip whose compressed data is broken, with the inflater’s message', () => {
    const bytes = zipSync({ 'word/document.xml': [strToU8(documentXml('<w:p/>'.repeat(1000))), { level: 6 }] });
    // The local header is 30 bytes and the name 17: the deflate stream begins there. 0x07 is a final
    // block of the reserved type 3, which no inflater accepts.
    bytes[30 + 'word/document.xml'.length] = 0x07;
    const refusal = refusalOf(bytes);
    expect(refusal.code).toBe('truncated');
    expect(refusal.detail).toMatch(/block type/i);
  });

  it('refuses a zip bomb while inflating, whatever its headers say', () => {
    const zeros = new Uint8Array(5 * MB);
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml('')), 'word/media/zeros.bin': [zeros, { level: 9 }] });
    expect(bytes.length).toBeLessThan(50_000);
    // The sizes in the headers lie: claim that the part is tiny (local header and central directory).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.length - 4; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 10, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 10, true);
    }
    const limits = { ...DOCX_LIMITS, maxUnpackedBytes: 1 * MB };
    expect(refusalOf(bytes, limits).code).toBe('zip-bomb');
    // Under a limit it fits in, it opens.
    expect(readDocxParts(docx({ 'word/media/zeros.bin': [zeros, { level: 9 }] }), { ...DOCX_LIMITS, maxUnpackedBytes: 6 * MB }).ok).toBe(true);
  });

  it('refuses a zip with too many parts', () => {
    const many: Zippable = {};
    for (let i = 0; i < 30; i++) many[`word/media/image${i}.png`] = new Uint8Array([i]);
    expect(refusalOf(docx(many), { ...DOCX_LIMITS, maxParts: 20 }).code).toBe('too-many-parts');
    expect(readDocxParts(docx(many), { ...DOCX_LIMITS, maxParts: 40 }).ok).toBe(true);
  });

  it('refuses a zip without word/document.xml', () => {
    const bytes = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(refusalOf(bytes)).toEqual({ code: 'no-document' });
  });

  it('refuses tables nested deeper than the limit, and reads them up to it', () => {
    const nested = (depth: number) => '<w:tbl><w:tblPr/><w:tr><w:tc>'.repeat(depth) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    expect(refusalOf(docx({}, nested(40))).code).toBe('too-deep');
    expect(readDocxParts(docx({}, nested(32))).ok).toBe(true);
    // Many tables side by side are not deep.
    expect(readDocxParts(docx({}, nested(3).repeat(100))).ok).toBe(true);
    // <w:tbl attr>, <w:tblGrid> and <w:tbl/> are told apart.
    const spaced = '<w:tbl w:rsid="1"><w:tblGrid/><w:tbl/><w:tr><w:tc>'.repeat(33) + '</w:tc></w:tr></w:tbl>'.repeat(33);
    expect(refusalOf(docx({}, spaced)).code).toBe('too-deep');
  });

  it('opens a 50 MB document, and scans it for table depth in linear time', () => {
    const row = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell text in a table</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(readDocxParts(docx({}, row.repeat(Math.ceil((50 * MB) / row.length)))).ok).toBe(true);
    expectLinear(
      (size) => docx({}, row.repeat(Math.ceil(size / row.length))),
      (bytes) => readDocxParts(bytes),
      { start: 100_000 },
    );
  }, 60_000);
});

describe('packStored', () => {
  it('packs the parts uncompressed, and they read back the same', () => {
    const parts = new Map([
      ['word/document.xml', strToU8(documentXml('<w:p/>'))],
      ['word/styles.xml', strToU8('<w:styles/>')],
    ]);
    const packed = packStored(parts);
    // Stored: compression method 0 in the first local header.
    expect(new DataView(packed.buffer, packed.byteOffset).getUint16(8, true)).toBe(0);
    const again = readDocxParts(packed);
    if (!again.ok) throw new Error(again.refusal.code);
    expect(again.parts).toEqual(parts);
  });

  it('packs a real Word file that mammoth reads', async () => {
    const opened = readDocxParts(await realDocx());
    if (!opened.ok) throw new Error(opened.refusal.code);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(packStored(opened.parts)) });
    expect(value).toContain('<li>Första steget</li><li>Andra steget</li>');
  });

  it('leaves out a part named __proto__ rather than letting it break the zip', () => {
    const parts = new Map([
      ['word/document.xml', strToU8(documentXml('<w:p/>'))],
      ['__proto__', strToU8('not a prototype')],
    ]);
    const again = readDocxParts(packStored(parts));
    if (!again.ok) throw new Error(again.refusal.code);
    expect([...again.parts.keys()]).toEqual(['word/document.xml']);
  });

  it('strips a byte order mark in partText', () => {
    const parts = new Map([['a.xml', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('<a>å</a>')])]]);
    expect(partText(parts, 'a.xml')).toBe('<a>å</a>');
    expect(partText(parts, 'b.xml')).toBeUndefined();
  });
});
