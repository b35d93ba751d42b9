import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openPdfTools } from '../../../../electron/cli/pdf-tools';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { readArchive, serializeArchive } from '../../../../shared/archive/archive';
import { METADATA_FIELD_KEYS } from '../../../../shared/model/metadata';

/** A command line over an in-memory disk, recording what it prints. */
function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let id = 0;
  const io: CliIo = {
    exists: async (path) => path in files,
    readBytes: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]!);
    },
    writeFile: async (path, data) => {
      files[path] = typeof data === 'string' ? data : `<${data.length} bytes>`;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date('2026-11-22T10:00:00.000Z'),
    newId: () => `doc-${(id += 1)}`,
    openPdfTools,
    untilStopped: () => new Promise(() => {}),
  };
  return { io, files, out, err };
}

describe('handbok (the command line)', () => {
  it('writes the sample library as an archive that lists its four documents', async () => {
    const { io, files, out } = fakeIo();
    expect(await runCli(['sample', '-o', 's.handbok'], io)).toBe(0);
    const archive = readArchive(files['s.handbok']!);
    expect(archive.ok && archive.archive.documents.map((document) => document.kind)).toEqual(['handbok', 'policy', 'riktlinje', 'tjansteskrivelse']);
    out.length = 0;
    expect(await runCli(['list', 's.handbok'], io)).toBe(0);
    expect(out[0]!.split('\t')).toEqual([expect.stringMatching(/^doc-/), 'handbok', 'gallande', 'Kvalitetshandbok för Sjövik kommun']);
    expect(out).toHaveLength(4);
  });

  it('writes a synthetic handbook of about the asked number of pages', async () => {
    const { io, files } = fakeIo();
    expect(await runCli(['sample', '-o', 'big.handbok', '--pages', '20'], io)).toBe(0);
    const archive = readArchive(files['big.handbok']!);
    expect(archive.ok && archive.archive.documents.map((document) => document.title)).toEqual(['Syntetisk handbok, 20 sidor']);
  });

  it('check reports problems with exit code 1, and as JSON with --json', async () => {
    const { io, files, out } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    const archive = JSON.parse(files['s.handbok']!) as { documents: { metadata: Record<string, string> }[] };
    delete archive.documents[0]!.metadata.registryNumber;
    files['broken.handbok'] = JSON.stringify(archive);
    out.length = 0;
    expect(await runCli(['check', 'broken.handbok'], io)).toBe(1);
    expect(out).toContain('  – Fyll i ”Diarienummer”, som krävs för status ”Gällande”.');
    out.length = 0;
    expect(await runCli(['check', 'broken.handbok', '--json'], io)).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, problems: 1 });
    expect(await runCli(['check', 's.handbok'], io)).toBe(0);
  });

  it('check names metadata by the organisation\'s labels and says what to do, never by internal keys or codes', async () => {
    const { io, files, out } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    type Json = { organisation: { metadataLabels: Record<string, string> }; documents: { metadata: Record<string, string> }[] };
    const archive = JSON.parse(files['s.handbok']!) as Json;
    archive.organisation.metadataLabels = { registryNumber: 'Dnr', validFrom: 'Giltig från', validUntil: 'Giltig till', decidedDate: 'Beslutad när' };
    // Every kind of invalid metadata, over two documents.
    const [handbook, policy] = archive.documents;
    delete handbook!.metadata.registryNumber;
    Object.assign(handbook!.metadata, {
      decidedDate: '13/4 2023',
      decidedParagraph: 'paragraf 64',
      validFrom: '2025-01-01',
      validUntil: '2024-12-31',
      reviewBy: 'nästa år',
      lastRevisedDate: '2024-06-10 § 12',
      lastRevisedParagraph: '§ 13',
    });
    Object.assign(policy!.metadata, { validUntil: 'snart', lastRevisedDate: '', lastRevisedParagraph: '§ 3' });
    files['fel.handbok'] = JSON.stringify(archive);
    out.length = 0;
    expect(await runCli(['check', 'fel.handbok', '--json'], io)).toBe(1);
    const report = JSON.parse(out.join('\n')) as { documents: { invalidMetadata: { code: string }[] }[] };
    const codes = new Set(report.documents.flatMap((document) => document.invalidMetadata.map((issue) => issue.code)));
    const allCodes = ['invalid-date', 'invalid-paragraph', 'invalid-valid-until', 'invalid-review-by', 'paragraph-without-date', 'valid-until-before-valid-from', 'paragraph-differs'];
    expect([...codes].sort()).toEqual([...allCodes].sort());

    out.length = 0;
    expect(await runCli(['check', 'fel.handbok'], io)).toBe(1);
    expect(out).toEqual(
      expect.arrayContaining([
        '  – Fyll i ”Dnr”, som krävs för status ”Gällande”.',
        '  – Skriv ”Beslutad när” som ÅÅÅÅ-MM-DD, till exempel 2025-01-13.',
        '  – Skriv ”Paragraf” som § och ett nummer, till exempel § 64.',
        '  – Ändra ”Giltig till” till ett datum som inte ligger före ”Giltig från”, eller skriv ”tills vidare”.',
        '  – Skriv ”Revideras senast” som ett år (2027) eller ett datum (2027-06-30), gärna följt av en kommentar.',
        '  – Ta bort paragrafen ur ”Senast reviderad”, eller skriv samma paragraf i ”Paragraf vid revidering”: nu anger de olika paragrafer.',
        '  – Skriv ”Giltig till” som ett datum (ÅÅÅÅ-MM-DD) eller som ”tills vidare”.',
        '  – Fyll i ”Senast reviderad” (ÅÅÅÅ-MM-DD) för paragrafen i ”Paragraf vid revidering”, eller ta bort paragrafen.',
      ]),
    );
    const text = out.join('\n');
    for (const internal of [...allCodes, ...METADATA_FIELD_KEYS]) expect(text).not.toContain(internal);
  });

  it('check names the memo\'s registry number by the organisation\'s label', async () => {
    const { io, files, out } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    const archive = JSON.parse(files['s.handbok']!) as { organisation: { metadataLabels: Record<string, string> }; documents: { metadata: Record<string, string> }[] };
    archive.organisation.metadataLabels = { registryNumber: 'Dnr' };
    delete archive.documents[3]!.metadata.registryNumber;
    files['memo.handbok'] = JSON.stringify(archive);
    out.length = 0;
    expect(await runCli(['check', 'memo.handbok'], io)).toBe(1);
    // Said once: the memo's own check covers the registry number that its status requires.
    expect(out.filter((line) => line.includes('Dnr'))).toEqual(['  – tjänsteskrivelsen: fyll i ”Dnr”']);
    expect(out.join('\n')).not.toMatch(/diarienummer/i);
  });

  it('check runs the memo checks on a tjänsteskrivelse', async () => {
    const { io, files, out } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    const archive = JSON.parse(files['s.handbok']!) as { documents: { memo?: { opinion: string; proposal: { points: string[] }[] } }[] };
    const memo = archive.documents[3]!.memo!;
    memo.opinion = '';
    memo.proposal[0]!.points.push('att handboken justeras');
    files['memo.handbok'] = JSON.stringify(archive);
    out.length = 0;
    expect(await runCli(['check', 'memo.handbok'], io)).toBe(1);
    expect(out.filter((line) => line.includes('tjänsteskrivelsen'))).toEqual([
      '  – tjänsteskrivelsen: förvaltningens yttrande saknas',
      '  – tjänsteskrivelsen: beslutspunkt 3 (förslag 1) säger inte vilket organ som beslutar',
    ]);
    expect(out.at(-1)).toBe('2 problem.');
  });

  it('says in one line what is wrong, with exit 1 for bad input and 2 for wrong usage', async () => {
    const { io, err } = fakeIo({ 'kort.handbok': '{"format":"handbok-archive","formatVer', 'lista.txt': 'inköpslista' });
    expect(await runCli(['list', 'kort.handbok'], io)).toBe(1);
    expect(await runCli(['list', 'lista.txt'], io)).toBe(1);
    expect(await runCli(['list', 'finns-inte.handbok'], io)).toBe(1);
    expect(await runCli(['exportera'], io)).toBe(2);
    expect(await runCli(['sample'], io)).toBe(2);
    expect(await runCli(['sample', '-o', 'x', '--pages', 'många'], io)).toBe(2);
    expect(await runCli(['list', 'kort.handbok', '--okänd'], io)).toBe(2);
    expect(err).toHaveLength(7);
    for (const line of err) expect(line).toMatch(/^handbok: [^\n]+$/);
    expect(err[0]).toContain('inte giltig JSON');
    expect(err[2]).toContain('finns inte');
  });

  it('exports the chosen document to Word, the handbook when none is chosen', async () => {
    const { io, files, out, err } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    expect(await runCli(['export', 's.handbok', '--doc', 'kvalitetspolicy för sjövik kommun', '--format', 'docx', '-o', 'p.docx'], io)).toBe(0);
    expect(files['p.docx']).toMatch(/^<\d+ bytes>$/);
    expect(out.at(-1)).toBe('Skrev ”Kvalitetspolicy för Sjövik kommun” till p.docx');
    // Without --doc or --kind the handbook of the archive is exported.
    expect(await runCli(['export', 's.handbok', '--format', 'docx', '-o', 'x.docx'], io)).toBe(0);
    expect(out.at(-1)).toBe('Skrev ”Kvalitetshandbok för Sjövik kommun” till x.docx');
    expect(await runCli(['export', 's.handbok', '--kind', 'plan', '--format', 'docx', '-o', 'x.docx'], io)).toBe(1);
    expect(await runCli(['export', 's.handbok', '--kind', 'handbok', '--format', 'odt', '-o', 'x.odt'], io)).toBe(2);
    expect(err.slice(-2)).toEqual([
      'handbok: arkivet har inget dokument av typen plan',
      'handbok: formatet ”odt” finns inte (docx, pdf, html). Se handbok --help.',
    ]);
  }, 60_000);

  it('refuses to guess: a --kind or --doc that fits several documents lists them and exits 1, and --doc with --kind must fit both', async () => {
    const { io, files, out, err } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    const read = readArchive(files['s.handbok']!);
    if (!read.ok) throw new Error('the sample archive did not read');
    const { archive } = read;
    const memo = archive.documents.find((document) => document.kind === 'tjansteskrivelse')!;
    const policy = archive.documents.find((document) => document.kind === 'policy')!;
    // A second memo, and a guideline that has the policy's title.
    archive.documents.push({ ...memo, id: 'memo-2', title: 'Tjänsteskrivelse – Revidering av kvalitetspolicyn' });
    archive.documents.push({ ...policy, id: 'same-title', kind: 'riktlinje' });
    files['två.handbok'] = serializeArchive(archive);

    expect(await runCli(['export', 'två.handbok', '--kind', 'tjansteskrivelse', '--format', 'docx', '-o', 'm.docx'], io)).toBe(1);
    expect(files['m.docx']).toBeUndefined();
    expect(err.slice(-3)).toEqual([
      'handbok: 2 dokument är av typen tjansteskrivelse; välj ett med --doc ID:',
      `  ${memo.id}\ttjansteskrivelse\t${memo.status}\t${memo.title}`,
      `  memo-2\ttjansteskrivelse\t${memo.status}\tTjänsteskrivelse – Revidering av kvalitetspolicyn`,
    ]);

    expect(await runCli(['export', 'två.handbok', '--doc', policy.title, '--format', 'docx', '-o', 'p.docx'], io)).toBe(1);
    expect(err.slice(-3)).toEqual([
      `handbok: 2 dokument heter ”${policy.title}”; välj ett med --doc ID:`,
      `  ${policy.id}\tpolicy\t${policy.status}\t${policy.title}`,
      `  same-title\triktlinje\t${policy.status}\t${policy.title}`,
    ]);
    expect(files['p.docx']).toBeUndefined();

    // Both options narrow the choice together; the id always names one document.
    expect(await runCli(['export', 'två.handbok', '--doc', policy.title, '--kind', 'policy', '--format', 'docx', '-o', 'p.docx'], io)).toBe(0);
    expect(out.at(-1)).toBe(`Skrev ”${policy.title}” till p.docx`);
    expect(await runCli(['export', 'två.handbok', '--doc', 'memo-2', '--format', 'docx', '-o', 'm.docx'], io)).toBe(0);
    expect(await runCli(['export', 'två.handbok', '--doc', 'memo-2', '--kind', 'policy', '--format', 'docx', '-o', 'x.docx'], io)).toBe(1);
    expect(err.at(-1)).toBe('handbok: ”memo-2” är av typen tjansteskrivelse, inte policy');
    expect(files['x.docx']).toBeUndefined();
  }, 60_000);

  it('writes the Word file without Chromium too, and says that Word fills in the contents’ page numbers', async () => {
    const { io, files, err } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    io.openPdfTools = () => Promise.reject(new Error('PDF-exporten behöver Chromium (/usr/bin/chromium), som inte gick att starta'));
    expect(await runCli(['export', 's.handbok', '--format', 'docx', '-o', 'x.docx'], io)).toBe(0);
    expect(files['x.docx']).toMatch(/^<\d+ bytes>$/);
    expect(err).toEqual([
      'Sidnumren i innehållsförteckningen fylls i när Word öppnar filen (PDF-exporten behöver Chromium (/usr/bin/chromium), som inte gick att starta).',
    ]);
    // A policy has no contents, so nothing needs Chromium.
    err.length = 0;
    expect(await runCli(['export', 's.handbok', '--kind', 'policy', '--format', 'docx', '-o', 'p.docx'], io)).toBe(0);
    expect(err).toEqual([]);
  });

  it('exports a print page as HTML, and says so plainly when Chromium is missing for a PDF', async () => {
    const { io, files, out, err } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    expect(await runCli(['export', 's.handbok', '--format', 'html', '-o', 's.html'], io)).toBe(0);
    expect(files['s.html']).toMatch(/^<!DOCTYPE html>\n<html lang="sv-SE">/);
    expect(files['s.html']).toContain('<title>Kvalitetshandbok för Sjövik kommun</title>');
    expect(out.at(-1)).toBe('Skrev ”Kvalitetshandbok för Sjövik kommun” till s.html');
    io.openPdfTools = () => Promise.reject(new Error('PDF-exporten behöver Chromium (/usr/bin/chromium), som inte gick att starta'));
    expect(await runCli(['export', 's.handbok', '--format', 'pdf', '-o', 's.pdf'], io)).toBe(1);
    expect(err.at(-1)).toBe('handbok: PDF-exporten behöver Chromium (/usr/bin/chromium), som inte gick att starta');
    expect(files['s.pdf']).toBeUndefined();
  });

  it('imports one archive into another: all of it, conflicts only with a choice, nothing on a bad file', async () => {
    const { io, files, out, err } = fakeIo();
    await runCli(['sample', '-o', 's.handbok'], io);
    // Into a file that does not exist yet: it is made, with the incoming profile.
    expect(await runCli(['import', 's.handbok', '-o', 'bibliotek.handbok'], io)).toBe(0);
    expect(out.at(-1)).toBe('Importerade s.handbok till bibliotek.handbok: 4 dokument lades till.');
    const first = files['bibliotek.handbok']!;
    const merged = readArchive(first);
    expect(merged.ok && merged.archive.documents).toHaveLength(4);
    expect(merged.ok && merged.archive.organisation?.name).toBe('Sjövik kommun');
    // The same ids again: refused until the user chooses, and the file is untouched.
    expect(await runCli(['import', 's.handbok', '-o', 'bibliotek.handbok'], io)).toBe(1);
    expect(err.at(-1)).toMatch(/^handbok: bibliotek\.handbok har redan 4 av dokumenten: ”Kvalitetshandbok för Sjövik kommun” \(doc-\d+\).*Välj --keep-both .* eller --replace .*Inget har ändrats$/);
    expect(files['bibliotek.handbok']).toBe(first);
    expect(await runCli(['import', 's.handbok', '-o', 'bibliotek.handbok', '--keep-both'], io)).toBe(0);
    expect(out.at(-1)).toBe('Importerade s.handbok till bibliotek.handbok: 0 dokument lades till, 4 som kopior.');
    const both = readArchive(files['bibliotek.handbok']!);
    expect(both.ok && new Set(both.archive.documents.map((document) => document.id)).size).toBe(8);
    expect(await runCli(['import', 's.handbok', '-o', 'bibliotek.handbok', '--replace'], io)).toBe(0);
    expect(out.at(-1)).toBe('Importerade s.handbok till bibliotek.handbok: 0 dokument lades till, 4 ersattes.');
    // A bad incoming file or a bad target: refused, named, nothing written.
    const before = files['bibliotek.handbok'];
    files['kort.handbok'] = files['s.handbok']!.slice(0, 500);
    expect(await runCli(['import', 'kort.handbok', '-o', 'bibliotek.handbok'], io)).toBe(1);
    expect(err.at(-1)).toContain('kort.handbok: filen är inte giltig JSON');
    files['lista.txt'] = 'inköpslista';
    expect(await runCli(['import', 's.handbok', '-o', 'lista.txt'], io)).toBe(1);
    expect(files['bibliotek.handbok']).toBe(before);
    expect(files['lista.txt']).toBe('inköpslista');
    expect(await runCli(['import', 's.handbok', '-o', 'x.handbok', '--keep-both', '--replace'], io)).toBe(2);
  });

  it('runs from a fresh clone as npm run cli would: node scripts/handbok.mjs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-cli-'));
    const file = join(folder, 's.handbok');
    const run = promisify(execFile);
    const root = new URL('../../../../', import.meta.url).pathname;
    await run('node', ['scripts/handbok.mjs', 'sample', '-o', file], { cwd: root });
    const { stdout } = await run('node', ['scripts/handbok.mjs', 'list', file], { cwd: root });
    expect(stdout.trim().split('\n')).toHaveLength(4);
    writeFileSync(join(folder, 'trasig.handbok'), readFileSync(file, 'utf8').slice(0, 100));
    const failed = await run('node', ['scripts/handbok.mjs', 'list', join(folder, 'trasig.handbok')], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
