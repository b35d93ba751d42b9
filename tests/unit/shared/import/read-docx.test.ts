import { DeletedTextRun, Document, ExternalHyperlink, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeImportWarning } from '../../../../shared/i18n/word-import';
import { readDocx } from '../../../../shared/import/docx/read-docx';
import { textOf } from '../../../../shared/model/tree';

/** What a user is told when a Word file holds what Handbok does not take in as it was, and where. */

async function wordFile(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function read(bytes: Uint8Array) {
  const result = await readDocx(bytes);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.reading;
}

describe('readDocx', () => {
  it('accepts tracked changes and says so: inserted text is in, deleted text is gone', async () => {
    const reading = await read(
      await wordFile([
        new Paragraph({
          children: [
            new TextRun('Nämnden ska '),
            new InsertedTextRun({ text: 'varje år ', id: 1, author: 'Nämndsekreterare', date: '2026-01-10T10:00:00Z' }),
            new DeletedTextRun({ text: 'vid behov ', id: 2, author: 'Nämndsekreterare', date: '2026-01-10T10:00:00Z' }),
            new TextRun('följa upp arbetet.'),
          ],
        }),
      ]),
    );
    expect(reading.nodes.map((node) => textOf(node.node))).toEqual(['Nämnden ska varje år följa upp arbetet.']);
    expect(reading.warnings.map((warning) => describeImportWarning(warning, 'sv'))).toContain('filen hade 2 spårade ändringar; de godtogs: infogad text finns med, borttagen text är borta');
  });

  it('keeps a link to a file as its text, with a warning that names the address and the place', async () => {
    const reading = await read(
      await wordFile([
        new Paragraph({ heading: 'Heading1', children: [new TextRun('Mallar')] }),
        new Paragraph({ children: [new TextRun('Se '), new ExternalHyperlink({ link: 'file:///G:/Kvalitet/mall.docx', children: [new TextRun('mallen')] }), new TextRun('.')] }),
      ]),
    );
    expect(reading.nodes.map((node) => textOf(node.node))).toEqual(['Mallar', 'Se mallen.']);
    expect(JSON.stringify(reading.nodes[1]!.node)).not.toContain('file:');
    expect(reading.warnings.map((warning) => describeImportWarning(warning, 'sv'))).toEqual([
      'en länk till file:///G:/Kvalitet/mall.docx blev vanlig text (bara webb- och e-postlänkar följer med) (stycke 2, under ”Mallar”)',
    ]);
  });

  it('refuses a file with 10,000 tables in tables, at once, with the reason', async () => {
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(10_000) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(10_000);
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${nested}</w:body></w:document>`),
    });
    expect(await readDocx(bytes)).toMatchObject({ ok: false, refusal: { code: 'too-deep' } });
  });
});
