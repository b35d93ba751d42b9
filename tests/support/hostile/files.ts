import type { HostileFixture } from './fixture';
import { utf8 } from './fixture';

/** Hostile archives for the files part of issue 17: encodings, and terminal controls in what the CLI prints. */

/** A small valid archive with one document of the given title. */
function archiveText(title = 'Rutin för avvikelser'): string {
  const document = {
    id: 'files-1',
    kind: 'riktlinje',
    title,
    status: 'utkast',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    content: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Text.' }] }] } },
  };
  return `${JSON.stringify({ format: 'handbok-archive', formatVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', organisation: null, documents: [document] }, null, 1)}\n`;
}

function utf16(text: string, byteOrder: 'LE' | 'BE', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, index) => text.charCodeAt(index))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, index) => {
    bytes[index * 2 + (byteOrder === 'LE' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (byteOrder === 'LE' ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}

/** The archive as Windows-1252 would save it: å, ä, ö as single bytes, which UTF-8 does not allow. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

export const filesFixtures: HostileFixture[] = [
  {
    name: 'utf8-bom',
    tries: 'a UTF-8 archive with the byte-order mark Windows tools write',
    bytes: () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(archiveText())]),
    outcome: 'accepted',
  },
  {
    name: 'utf16le-bom',
    tries: 'an archive saved as UTF-16 little-endian with a byte-order mark (Notepad\'s "Unicode")',
    bytes: () => utf16(archiveText(), 'LE', true),
    outcome: 'refused',
    messageIncludes: 'UTF-16',
  },
  {
    name: 'utf16be-bom',
    tries: 'an archive saved as UTF-16 big-endian with a byte-order mark',
    bytes: () => utf16(archiveText(), 'BE', true),
    outcome: 'refused',
    messageIncludes: 'UTF-16',
  },
  {
    name: 'utf16le-no-bom',
    tries: 'an archive saved as UTF-16 little-endian without a byte-order mark (a NUL byte after every ASCII byte)',
    bytes: () => utf16(archiveText(), 'LE', false),
    outcome: 'refused',
    messageIncludes: 'UTF-16',
  },
  {
    name: 'latin1-not-utf8',
    tries: 'an archive re-saved as Windows-1252, whose å, ä and ö are not UTF-8',
    bytes: () => latin1(archiveText('Rutin för avvikelser på förskolan')),
    outcome: 'refused',
    messageIncludes: 'UTF-8',
  },
  {
    name: 'terminal-escapes-in-title',
    tries: 'a title with terminal controls (clear screen, window title, carriage return, tab, bidi override, C1 CSI) to forge CLI output',
    bytes: () => utf8(archiveText('Rutin\u001b[2J\u001b]0;root\u0007\rOK\tfalsk\u202e\u009b31m')),
    outcome: 'accepted',
  },
];
