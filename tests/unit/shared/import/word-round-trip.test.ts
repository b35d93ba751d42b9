import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { bulletList, content, heading, numberedList, type SerializedNode } from '../../../../shared/model/content';
import { documentFromSeed, type DocumentSeed, type HandbokDocument } from '../../../../shared/model/document';
import { normalizeDocument } from '../../../../shared/model/normalize-document';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { exportDocx } from '../../../../shared/render/export';
import { contentPlainText } from '../../../../shared/model/tree';
import { importWord } from '../../../support/word-import';

/**
 * Handbok's own Word files come back as they went out: an official's last edits in Word are not lost
 * to a retyping. Compared as a user would: the same blocks in the same order, each with the same text,
 * the same metadata and decisions.
 */

let ids = 0;
function documentOf(seed: DocumentSeed): HandbokDocument {
  const normalized = normalizeDocument(documentFromSeed(seed, '2026-12-06T09:00:00.000Z', () => `id-${++ids}`));
  if (!normalized.ok) throw new Error('the seed does not normalise');
  return normalized.value;
}

/** The top-level blocks as a reader compares them: their type, and their text line by line. */
const blocksOf = (document: HandbokDocument) =>
  ((document.content.root as { children: SerializedNode[] }).children).map((node) => ({
    type: node.type === 'heading' ? `heading ${String(node.tag)}` : node.type,
    text: contentPlainText(content(node)).split('\n').map((line) => line.trim()).filter(Boolean),
  }));

async function roundTrip(original: HandbokDocument) {
  const { bytes } = await exportDocx(original, sampleOrganisation);
  const { document, proposal } = await importWord(bytes, 'export.docx', sampleOrganisation);
  return { document, proposal };
}

function expectSameDocument(back: HandbokDocument, original: HandbokDocument) {
  expect(blocksOf(back)).toEqual(blocksOf(original));
  expect({ title: back.title, kind: back.kind, status: back.status, metadata: back.metadata }).toEqual({
    title: original.title,
    kind: original.kind,
    status: original.status,
    metadata: original.metadata,
  });
  const decisions = (document: HandbokDocument) => document.decisions.map(({ body, date, paragraph, action, summary }) => ({ body, date, paragraph, action, summary }));
  expect(decisions(back)).toEqual(decisions(original));
}

describe('a Word file Handbok exported, imported again', () => {
  const documents = sampleLibrary.filter((seed) => seed.kind !== 'tjansteskrivelse').map(documentOf);

  it.each(documents.map((document) => [document.title, document] as const))('%s: the same blocks, metadata and text', async (_title, original) => {
    const { document, proposal } = await roundTrip(original);
    expect(proposal.ownFile).toBe(true);
    expectSameDocument(document, original);
  });

  it('the handbook saved again by LibreOffice, as an official without Word would: the same blocks, metadata and text', async () => {
    const original = documents.find((document) => document.kind === 'handbok')!;
    const folder = mkdtempSync(join(tmpdir(), 'handbok-lo-'));
    writeFileSync(join(folder, 'handbok.docx'), (await exportDocx(original, sampleOrganisation)).bytes);
    const out = join(folder, 'sparad');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(folder, 'handbok.docx')], { timeout: 120_000 });
    const { document, proposal } = await importWord(new Uint8Array(readFileSync(join(out, 'handbok.docx'))), 'handbok.docx', sampleOrganisation);
    expect(proposal.ownFile).toBe(true);
    expectSameDocument(document, original);
  }, 180_000);

  it('a paragraph an official added in Word inside a principle, and one after the handbook’s blocks, come back in their places', async () => {
    const original = documents.find((document) => document.kind === 'handbok')!;
    const parts = unzipSync((await exportDocx(original, sampleOrganisation)).bytes);
    const xml = strFromU8(parts['word/document.xml']!);
    const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    // Before the first block's end mark (inside the principle), and at the very end of the body.
    const firstEnd = xml.indexOf('<w:bookmarkStart', xml.indexOf('w:name="_HbEnd1"') - 40);
    const edited = `${xml.slice(0, firstEnd)}${paragraph('Tillagt i Word av nämndsekreteraren.')}${xml.slice(firstEnd)}`.replace('<w:sectPr', `${paragraph('Sista stycket, skrivet i Word.')}<w:sectPr`);
    parts['word/document.xml'] = strToU8(edited);
    const { document } = await importWord(zipSync(parts), 'redigerad.docx', sampleOrganisation);
    const blocks = blocksOf(document);
    const principle = blocks.find((block) => block.type === 'principle')!;
    expect(principle.text.at(-1)).toBe('Tillagt i Word av nämndsekreteraren.');
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', text: ['Sista stycket, skrivet i Word.'] });
    expect(blocks.filter((block) => block.type === 'principle').length).toBe(blocksOf(original).filter((block) => block.type === 'principle').length);
  });

  it('two lists that meet stay two lists, in Word and after LibreOffice has saved the file', async () => {
    const handbook = documents.find((document) => document.kind === 'handbok')!;
    const original = {
      ...handbook,
      content: content(
        heading(1, 'Listor'),
        bulletList('Första listans punkt', 'Och dess andra'),
        bulletList('Andra listans punkt'),
        numberedList('Ett', 'Två'),
        numberedList('Ett igen'),
      ),
    };
    const { document } = await roundTrip(original);
    expect(blocksOf(document)).toEqual(blocksOf(original));
    // Each numbered list starts again at 1, as it did in Handbok and as Word draws it.
    expect(document.content.root.children.slice(3).map((node) => node.start)).toEqual([1, 1]);

    const folder = mkdtempSync(join(tmpdir(), 'handbok-lo-lists-'));
    writeFileSync(join(folder, 'listor.docx'), (await exportDocx(original, sampleOrganisation)).bytes);
    const out = join(folder, 'sparad');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(folder, 'listor.docx')], { timeout: 120_000 });
    const saved = await importWord(new Uint8Array(readFileSync(join(out, 'listor.docx'))), 'listor.docx', sampleOrganisation);
    expect(blocksOf(saved.document)).toEqual(blocksOf(original));
  }, 180_000);

  it('the 60-page synthetic handbook: the same blocks, metadata and text', async () => {
    const original = documentOf(syntheticHandbook(60));
    const { document } = await roundTrip(original);
    expectSameDocument(document, original);
  });

  it('any handbook put together from the sample’s blocks comes back the same', async () => {
    const handbook = documents.find((document) => document.kind === 'handbok')!;
    const blocks = (handbook.content.root as { children: SerializedNode[] }).children;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: blocks.length - 1 }), { minLength: 1, maxLength: 12 }), async (picks) => {
        const root = { ...(handbook.content.root as object), children: picks.map((index) => structuredClone(blocks[index]!)) };
        const original = documentOf({ ...handbook, content: { root } } as unknown as DocumentSeed);
        const { document } = await roundTrip(original);
        expect(blocksOf(document)).toEqual(blocksOf(original));
      }),
      { numRuns: 25 },
    );
  });
});
