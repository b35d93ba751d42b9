import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/node-io';
import { checkPdfInNode, openPdfInNode, openPdfTools } from '../../../../electron/cli/pdf-tools';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { createArchive, serializeArchive } from '../../../../shared/archive/archive';
import { documentFromSeed } from '../../../../shared/model/document';
import { freezeVersion } from '../../../../shared/model/versions';
import { exportPdf } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { CHANGED, comparisonFixture, everyKindOfChange } from '../../shared/render/comparison-fixture';

const run = promisify(execFile);

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeCliIo, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

/**
 * `handbok export … --changes-against VERSION`: the handbook of an archive whose version 2.1 is
 * older than what it says now, exported with its changes against that version.
 */
describe('handbok export --changes-against', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-changes-'));
  const archive = join(folder, 'versioner.handbok');

  beforeAll(() => {
    const { document, before } = comparisonFixture();
    const adopted = freezeVersion({ ...document, content: before }, { id: 'v2.1', change: 'first', decision: null, at: '2025-06-12T09:00:00.000Z' });
    // The draft of the next version, revised since 2.1 was adopted.
    const draft = { ...adopted.header, status: 'utkast' as const, versioning: { ...adopted.header.versioning!, revising: true }, content: document.content };
    writeFileSync(archive, serializeArchive(createArchive(sampleOrganisation, [draft], '2026-12-06T10:00:00.000Z', [adopted.version])));
  });

  it('writes a Word file with the changes tracked, by the organisation', async () => {
    const docx = join(folder, 'ändringar.docx');
    const { io, out } = recordingIo();
    expect(await runCli(['export', archive, '--format', 'docx', '--changes-against', '2.1', '-o', docx], io)).toBe(0);
    expect(out).toEqual([`Skrev ”Kvalitetshandbok för Sjövik kommun” med ändringar mot version 2.1 till ${docx}`]);
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Sjövik kommun" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Sjövik kommun"/);
    expect(xml).toContain(`<w:delText xml:space="preserve">${CHANGED.principle.deleted} </w:delText>`);
  }, 120_000);

  it('writes a tagged jämförelseversion PDF that marks both the deleted and the inserted words', async () => {
    const pdf = join(folder, 'jämförelse.pdf');
    const { io, out } = recordingIo();
    expect(await runCli(['export', archive, '--format', 'pdf', '--changes-against', '2.1', '-o', pdf], io)).toBe(0);
    expect(out).toEqual([`Skrev ”Kvalitetshandbok för Sjövik kommun” med ändringar mot version 2.1 till ${pdf}`]);
    const bytes = readFileSync(pdf);
    expect((await run('pdfinfo', [pdf])).stdout).toMatch(/Tagged:\s+yes/);
    expect(await checkPdfInNode(bytes)).toEqual([]);

    const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Jämförelseversion – ändringar mot version 2.1 (skapad ');
    expect(text).toContain(`[−${CHANGED.principle.deleted} ][+${CHANGED.principle.inserted} ]`);
    expect(text).toContain(`Minst [−${CHANGED.goal.deleted}][+${CHANGED.goal.inserted}] procent`);
    expect(text).toContain(`[+Kvalitetsgruppen ${CHANGED.role.inserted}`);
    expect(text).toContain(`[−${CHANGED.definition.deleted}`);

    // The page with the changed principle, as an image to look at (left in the folder).
    const page = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f').findIndex((each) => each.includes(CHANGED.principle.deleted)) + 1;
    await run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(folder, 'sida')]);
    expect(statSync(join(folder, 'sida.png')).size).toBeGreaterThan(10_000);
  }, 180_000);

  it('names a version the document does not have, and the versions it has', async () => {
    const { io, err } = recordingIo();
    expect(await runCli(['export', archive, '--format', 'pdf', '--changes-against', '7', '-o', join(folder, 'x.pdf')], io)).toBe(1);
    expect(err).toEqual(['handbok: ”Kvalitetshandbok för Sjövik kommun” har ingen version 7 (versioner: 2.1)']);
  });

  it('refuses it for a tjänsteskrivelse, which has no versions, and lists it in the usage', async () => {
    const sample = join(folder, 's.handbok');
    expect(await runCli(['sample', '-o', sample], recordingIo().io)).toBe(0);
    const { io, err } = recordingIo();
    expect(await runCli(['export', sample, '--kind', 'tjansteskrivelse', '--format', 'docx', '--changes-against', '1', '-o', join(folder, 'm.docx')], io)).toBe(2);
    expect(err[0]).toMatch(/^handbok: --changes-against gäller styrdokument/);
    const help = recordingIo();
    await runCli(['--help'], help.io);
    expect(help.out.join('\n')).toContain('[--changes-against VERSION]');
  });

  it('keeps a jämförelseversion with every kind of change a valid PDF/UA file, its bookmarks named by the newer headings', async () => {
    const { before, after } = everyKindOfChange();
    const policy = { ...documentFromSeed(sampleLibrary[1]!, '2026-01-01T00:00:00.000Z', () => 'policy'), content: after };
    const tools = await openPdfTools();
    try {
      const { bytes } = await exportPdf(policy, sampleOrganisation, {
        changesAgainst: { content: before, label: 'version 1', author: 'Handbok', date: '2026-12-06T10:00:00Z' },
        printer: tools.printer,
        openPdf: tools.openPdf,
        fonts: tools.fonts,
        flate: tools.flate,
      });
      expect(await checkPdfInNode(bytes)).toEqual([]);
      const pdf = await openPdfInNode(bytes);
      try {
        type Item = { title: string; items: Item[] };
        const titles = (items: Item[]): string[] => items.flatMap((item) => [item.title, ...titles(item.items)]);
        expect(titles((await pdf.getOutline()) as Item[])).toEqual(['Inledning och syfte', 'Ny rubrik']);
      } finally {
        await pdf.destroy();
      }
    } finally {
      await tools.close();
    }
  }, 120_000);
});
