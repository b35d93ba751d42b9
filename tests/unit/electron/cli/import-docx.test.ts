import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/node-io';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { readArchive } from '../../../../shared/archive/archive';

const fixtures = join(import.meta.dirname, '../../../fixtures/word');

/** The real disk, with what the command prints kept for the test. */
function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeCliIo, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('handbok import-docx', () => {
  it('adds every Word file to the archive, says what it recognised, and names a refused file without adding it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-import-docx-'));
    copyFileSync(join(fixtures, 'styled-riktlinje.docx'), join(folder, 'riktlinje.docx'));
    copyFileSync(join(fixtures, 'lines-plan.docx'), join(folder, 'plan.docx'));
    writeFileSync(join(folder, 'anteckning.docx'), 'Bara text, inget Word-dokument.');
    const archive = join(folder, 'bibliotek.handbok');
    const { io, out, err } = recordingIo();

    const exit = await runCli(['import-docx', join(folder, 'riktlinje.docx'), join(folder, 'anteckning.docx'), join(folder, 'plan.docx'), '-o', archive], io);

    expect(exit).toBe(1);
    expect(err).toEqual([`handbok: ${join(folder, 'anteckning.docx')}: filen är inget Word-dokument (.docx); spara den som .docx i Word och försök igen. Inget lades till från den.`]);
    expect(out).toContain(`${join(folder, 'riktlinje.docx')}: ”Riktlinje för kvalitetsarbete” (riktlinje, gallande)`);
    expect(out.find((line) => line.startsWith('  struktur:') && line.includes('principle 5'))).toBeDefined();
    expect(out.at(-1)).toBe(`Skrev 2 dokument till ${archive}.`);
    const read = readArchive(readFileSync(archive, 'utf8'));
    if (!read.ok) throw new Error('the archive does not read');
    expect(read.archive.documents.map((document) => [document.title, document.kind, document.metadata.registryNumber])).toEqual([
      ['Riktlinje för kvalitetsarbete', 'riktlinje', 'KS 2023/145'],
      ['Plan för medborgardialog 2024–2027', 'plan', 'KS 2024/212'],
    ]);

    // A second run adds to the same archive; --no-blocks keeps the text as it was read, --kind decides the kind.
    const again = recordingIo();
    expect(await runCli(['import-docx', join(folder, 'plan.docx'), '-o', archive, '--no-blocks', '--kind', 'program', '--json'], again.io)).toBe(0);
    const report = JSON.parse(again.out.join('\n')) as { ok: boolean; files: { kind: string; blocks: Record<string, number> }[] };
    expect(report.ok).toBe(true);
    expect(report.files[0]).toMatchObject({ kind: 'program', blocks: {} });
    const grown = readArchive(readFileSync(archive, 'utf8'));
    expect(grown.ok && grown.archive.documents.length).toBe(3);
  });

  it('a refused file alone writes nothing, and an existing archive stays as it was', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-import-docx-'));
    const archive = join(folder, 'bibliotek.handbok');
    const { io } = recordingIo();
    expect(await runCli(['sample', '-o', archive], io)).toBe(0);
    const before = readFileSync(archive);
    writeFileSync(join(folder, 'gammal.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const refused = recordingIo();
    expect(await runCli(['import-docx', join(folder, 'gammal.docx'), '-o', archive], refused.io)).toBe(1);
    expect(refused.err[0]).toContain('lösenordsskyddad eller i Words gamla format (.doc)');
    expect(readFileSync(archive).equals(before)).toBe(true);
  });
});
