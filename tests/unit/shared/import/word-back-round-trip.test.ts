import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { summarizeComparison } from '../../../../shared/i18n/compare';
import { readDocx } from '../../../../shared/import/docx/read-docx';
import { importedSeed, proposeImport } from '../../../../shared/import/propose';
import { withIdsOf } from '../../../../shared/import/word-back/carry-block-ids';
import { frontPageDifferences } from '../../../../shared/import/word-back/front-page';
import { blockIdOf, identifiedNodes } from '../../../../shared/model/block-ids';
import type { SerializedContent } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { normalizeDocument } from '../../../../shared/model/normalize-document';
import { firstVersioning, type DocumentVersion } from '../../../../shared/model/versions';
import { exportDocx } from '../../../../shared/render/export';
import { compareContents } from '../../../../shared/text/compare';

/**
 * A governing document exported to Word by the real exporter, edited in the file as an official would,
 * and read back: the compare with the version it came from finds exactly the official's edits, and an
 * untouched file none at all.
 */

let ids = 0;
/** The sample handbook as the library holds it once adopted: version 2.1, its blocks and items with ids. */
function adoptedHandbook(): { document: HandbokDocument; version: DocumentVersion } {
  const seed = sampleLibrary.find((candidate) => candidate.kind === 'handbok')!;
  const normalized = normalizeDocument(documentFromSeed(seed, '2026-12-06T09:00:00.000Z', () => `doc-${++ids}`));
  if (!normalized.ok) throw new Error('the sample does not normalise');
  const first = firstVersioning(normalized.value, () => `version-${++ids}`, '2026-12-06T09:00:00.000Z')!;
  return { document: { ...first.header, content: first.version!.content }, version: first.version! };
}

async function wordFile(document: HandbokDocument): Promise<Uint8Array> {
  return (await exportDocx(document, sampleOrganisation)).bytes;
}

/** The file read back as the import dialog reads it: its origin, and the content a new draft would get. */
async function readBack(bytes: Uint8Array, base: SerializedContent) {
  const read = await readDocx(bytes);
  if (!read.ok) throw new Error(`refused: ${read.refusal.code}`);
  const proposal = proposeImport(read.reading, { fileName: 'tillbaka.docx', organisation: sampleOrganisation });
  return { proposal, content: withIdsOf(base, importedSeed(proposal).content) };
}

/** The file with its document.xml changed by `edit`, zipped again as Word would save it. */
function editedFile(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['word/document.xml'] = strToU8(edit(strFromU8(parts['word/document.xml']!)));
  return zipSync(parts);
}

/** Replaces text that stands exactly once in the file, so that the edit is the one meant. */
function replaceOnce(xml: string, before: string, after: string): string {
  expect(xml.split(before).length - 1, `“${before}” once in document.xml`).toBe(1);
  return xml.replace(before, after);
}

/** Deletes the whole paragraph (w:p) that holds the text, as deleting it in Word does. */
function deleteParagraph(xml: string, text: string): string {
  const at = xml.indexOf(text);
  expect(at).toBeGreaterThan(-1);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return xml.slice(0, start) + xml.slice(end);
}

const idsOf = (content: SerializedContent) => [...identifiedNodes(content)].map(({ node }) => blockIdOf(node));

describe('a Word file that comes back', () => {
  it('says which document and version it was exported from; a draft names no version', async () => {
    const { document } = adoptedHandbook();
    const adopted = await readBack(await wordFile(document), document.content);
    expect(adopted.proposal.origin).toEqual({ documentId: document.id, version: '2.1' });

    const revising = { ...document, versioning: { ...document.versioning!, revising: true } };
    expect((await readBack(await wordFile(revising), document.content)).proposal.origin).toEqual({ documentId: document.id, version: null });
  });

  it('untouched, it compares with its version as unchanged, and its blocks and items take the version’s ids', async () => {
    const { document, version } = adoptedHandbook();
    const { proposal, content } = await readBack(await wordFile(document), version.content);
    const comparison = compareContents(version.content, content);
    expect(comparison.changes).toEqual([]);
    // Nor does its first page differ from the version's title and metadata.
    expect(frontPageDifferences(proposal, version)).toEqual([]);
    expect(comparison.overall).toBe('none');
    expect(summarizeComparison(comparison, 'sv')).toBe('Inga ändringar');
    // Every block and item is the version's own: a later compare follows them by id.
    expect(idsOf(content)).toEqual(idsOf(version.content));
    expect(idsOf(content).every((id) => id !== null)).toBe(true);
  });

  it('with a word changed in a principle and a paragraph deleted, shows exactly those two changes', async () => {
    const { document, version } = adoptedHandbook();
    const bytes = editedFile(await wordFile(document), (xml) =>
      deleteParagraph(replaceOnce(xml, 'Nyckeltal, enkäter och avvikelser', 'Nyckeltal, undersökningar och avvikelser'), 'Handboken är ett stöd för chefer och medarbetare'),
    );
    const { content } = await readBack(bytes, version.content);
    const comparison = compareContents(version.content, content);

    expect(comparison.changes.map((change) => [change.kind, change.type, change.title])).toEqual([
      ['removed', 'paragraph', expect.stringMatching(/^Handboken är ett stöd för chefer och medarbetare/)],
      ['changed', 'principle', 'Beslut på fakta'],
    ]);
    const principle = comparison.changes[1]!;
    expect(principle.parts.map((part) => part.path)).toEqual(['explanation']);
    const edits = principle.parts[0]!.words.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text]);
    expect(edits).toEqual([
      ['deleted', 'enkäter'],
      ['inserted', 'undersökningar'],
    ]);
    expect(summarizeComparison(comparison, 'sv')).toBe('1 stycke borttaget, 1 princip ändrad');

    // The edited principle is still the version's principle; only the deleted paragraph's id is gone.
    const removedId = blockIdOf(version.content.root.children[comparison.changes[0]!.beforeIndex!]!);
    expect(idsOf(content)).toEqual(idsOf(version.content).filter((id) => id !== removedId));
  });

  it('saved again by LibreOffice, still says where it came from and still compares as unchanged', async () => {
    const { document, version } = adoptedHandbook();
    const folder = mkdtempSync(join(tmpdir(), 'handbok-word-back-'));
    writeFileSync(join(folder, 'handbok.docx'), await wordFile(document));
    const out = join(folder, 'sparad');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(folder, 'handbok.docx')], { timeout: 120_000 });
    const { proposal, content } = await readBack(new Uint8Array(readFileSync(join(out, 'handbok.docx'))), version.content);
    expect(proposal.origin).toEqual({ documentId: document.id, version: '2.1' });
    expect(compareContents(version.content, content).changes).toEqual([]);
  }, 180_000);
});
