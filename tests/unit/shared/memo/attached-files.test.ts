import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAttachedFile, wordAttachmentDocument } from '../../../../shared/memo/attached-files';

const folder = join(import.meta.dirname, '../../../fixtures/word');
const wordFile = () => new Uint8Array(readFileSync(join(folder, 'styled-riktlinje.docx')));
const ids = () => 'bilaga-1';

describe('a file attached to a memo as a bilaga', () => {
  it('keeps a Word file the Word reading opens, and sets its content as a document', async () => {
    const checked = await checkAttachedFile('Riktlinje.docx', wordFile(), ids);
    expect(checked.ok && checked.attachment).toEqual({ kind: 'file', id: 'bilaga-1', name: 'Riktlinje.docx', fileType: 'docx', size: wordFile().length });
    if (!checked.ok) return;
    const document = await wordAttachmentDocument(checked.file, null);
    expect(document?.content.root.children.length).toBeGreaterThan(0);
  });

  it('refuses a file that starts as a Word file but cannot be read, and one that is neither PDF nor Word', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('inte ett riktigt Word-dokument')]);
    expect(await checkAttachedFile('Trasig.docx', broken, ids)).toEqual({ ok: false, problem: 'unreadable-word' });
    expect(await checkAttachedFile('Anteckning.txt', new TextEncoder().encode('Bara text'), ids)).toEqual({ ok: false, problem: 'not-pdf-or-word' });
  });

  it('gives no document for a kept Word bilaga whose bytes can no longer be read', async () => {
    const broken = { id: 'bilaga-2', name: 'Trasig.docx', fileType: 'docx' as const, data: btoa('PK\u0003\u0004skräp') };
    expect(await wordAttachmentDocument(broken, null)).toBeNull();
  });
});
