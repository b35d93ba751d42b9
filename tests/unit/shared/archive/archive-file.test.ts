import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAX_BYTES, readArchiveFile } from '../../../../shared/archive/archive-file';
import { createArchive, serializeArchive } from '../../../../shared/archive/archive';
import { documentFromSeed } from '../../../../shared/model/document';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const documents = sampleLibrary.map((seed) => documentFromSeed(seed, '2026-01-01T00:00:00.000Z', newId));
const text = serializeArchive(createArchive(sampleOrganisation, documents, '2026-01-01T00:00:00.000Z'));
const utf8 = new TextEncoder().encode(text);

function utf16(value: string, byteOrder: 'LE' | 'BE', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(value, (_, index) => value.charCodeAt(index))];
  units.forEach((unit, index) => {
    const [first, second] = byteOrder === 'LE' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[index * 2] = first;
    bytes[index * 2 + 1] = second;
  });
  return bytes;
}

describe('reading the bytes of a .handbok file', () => {
  it('reads a UTF-8 archive, with or without the byte-order mark Windows tools write', () => {
    const plain = readArchiveFile(utf8);
    expect(plain.ok && plain.archive.documents).toEqual(documents);
    const withBom = readArchiveFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(withBom.ok && withBom.archive.documents).toEqual(documents);
  });

  it('refuses UTF-16 and UTF-32 by name, with a byte-order mark or without one', () => {
    for (const byteOrder of ['LE', 'BE'] as const) {
      for (const bom of [true, false]) {
        expect(readArchiveFile(utf16(text, byteOrder, bom))).toEqual({ ok: false, problems: [{ code: 'wrong-encoding', encoding: `UTF-16${byteOrder}` }] });
      }
    }
    expect(readArchiveFile(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toEqual({ ok: false, problems: [{ code: 'wrong-encoding', encoding: 'UTF-32LE' }] });
    expect(readArchiveFile(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]))).toEqual({ ok: false, problems: [{ code: 'wrong-encoding', encoding: 'UTF-32BE' }] });
  });

  it('refuses bytes that are not UTF-8, naming where, rather than reading them as something else', () => {
    // "Kvalitetshandbok för" saved as Windows-1252: ö is the single byte 0xF6.
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"format":"handbok-archive","title":"f'), 0xf6, 0x72, 0x22, 0x7d]);
    expect(readArchiveFile(latin1)).toEqual({ ok: false, problems: [{ code: 'not-utf8', offset: 38 }] });
  });

  it('refuses a file over the limit before decoding a byte of it', () => {
    // A view that claims to be one byte too long; decoding it would read past what was given.
    const tooLarge = { byteLength: ARCHIVE_MAX_BYTES + 1 } as Uint8Array;
    expect(readArchiveFile(tooLarge)).toEqual({ ok: false, problems: [{ code: 'too-large', limitBytes: ARCHIVE_MAX_BYTES }] });
  });

  it('has a limit far above the largest archive Handbok makes: a 5,000-page handbook is about 82 MB', () => {
    expect(ARCHIVE_MAX_BYTES).toBe(150 * 1024 * 1024);
  });
});
