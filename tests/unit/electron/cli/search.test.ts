import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/node-io';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { readArchive, serializeArchive } from '../../../../shared/archive/archive';
import { withBlockIds } from '../../../../shared/model/block-ids';

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeCliIo, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('handbok search', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-search-'));
  const archive = join(folder, 'bibliotek.handbok');

  it('finds the documents that hold a word in any form, with kind, status and the passage marked', async () => {
    expect(await runCli(['sample', '-o', archive], recordingIo().io)).toBe(0);
    const read = readArchive(readFileSync(archive, 'utf8'));
    if (!read.ok) throw new Error('the sample does not read');
    // As the app stores them: every block with its id, one document repealed.
    const documents = read.archive.documents.map((document) => ({
      ...document,
      content: withBlockIds(document.content),
      ...(document.kind === 'riktlinje' ? { status: 'upphavd' as const } : {}),
    }));
    writeFileSync(archive, serializeArchive({ ...read.archive, documents }));

    const text = recordingIo();
    expect(await runCli(['search', archive, 'kvalitetsarbete'], text.io)).toBe(0);
    expect(text.out[0]).toBe('1 dokument med träffar för ”kvalitetsarbete”:');
    expect(text.out[2]).toMatch(/^Kvalitetshandbok för Sjövik kommun \(Handbok, gällande\) \S+$/);
    expect(text.out.join('\n')).toMatch(/#\S+ 2 Principer för \[kvalitetsarbetet\]/);
  });

  it('leaves repealed documents out unless --all, and filters by kind and status', async () => {
    const plain = recordingIo();
    await runCli(['search', archive, 'förbättring'], plain.io);
    expect(plain.out.join('\n')).not.toContain('Riktlinje för internkontroll');

    const all = recordingIo();
    await runCli(['search', archive, 'förbättring', '--all'], all.io);
    expect(all.out.join('\n')).toContain('Riktlinje för internkontroll (Riktlinje, upphävd)');

    const policies = recordingIo();
    await runCli(['search', archive, 'chefer', '--kind', 'policy'], policies.io);
    expect(policies.out.filter((line) => /\(.*\) \S+$/.test(line))).toEqual([expect.stringMatching(/^Kvalitetspolicy för Sjövik kommun \(Policy, gällande\)/)]);

    const none = recordingIo();
    expect(await runCli(['search', archive, 'chefer', '--status', 'utkast'], none.io)).toBe(0);
    expect(none.out).toEqual(['Inga träffar för ”chefer” (upphävda dokument och papperskorgen söks med --all).']);
  });

  it('gives programs JSON with the block to open and the snippet as marked parts', async () => {
    const json = recordingIo();
    expect(await runCli(['search', archive, 'PUFF', '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out.join('\n')) as { hits: { title: string; kind: string; status: string; blockId: string; snippet: { text: string; match: boolean }[] }[] };
    expect(parsed.hits.map((hit) => [hit.title, hit.kind, hit.status])).toEqual([['Kvalitetshandbok för Sjövik kommun', 'handbok', 'gallande']]);
    expect(parsed.hits[0]!.blockId).toEqual(expect.any(String));
    expect(parsed.hits[0]!.snippet).toContainEqual({ text: 'PUFF', match: true });
  });

  it('says what is wrong with the command line (exit 2) or the file (exit 1), and prints nothing else', async () => {
    const cases: [string[], number, string][] = [
      [['search', archive], 2, 'handbok: ange arkivet och vad du söker efter. Se handbok --help.'],
      [['search', archive, 'och', '--kind', 'bok'], 2, 'handbok: okänd dokumenttyp ”bok” (välj bland handbok, policy, riktlinje, strategi, program, plan, anvisning, tjansteskrivelse). Se handbok --help.'],
      [['search', archive, 'x', '--status', 'klar'], 2, 'handbok: okänd status ”klar” (välj bland utkast, remiss, for-beslut, gallande, upphavd). Se handbok --help.'],
    ];
    for (const [args, code, message] of cases) {
      const io = recordingIo();
      expect(await runCli(args, io.io)).toBe(code);
      expect(io.err).toEqual([message]);
      expect(io.out).toEqual([]);
    }
    const missing = recordingIo();
    expect(await runCli(['search', join(folder, 'finns-inte.handbok'), 'PUFF'], missing.io)).toBe(1);
    expect(missing.err[0]).toMatch(/finns-inte\.handbok/);
    const broken = join(folder, 'trasig.handbok');
    writeFileSync(broken, '{ inte ett arkiv');
    const damaged = recordingIo();
    expect(await runCli(['search', broken, 'PUFF'], damaged.io)).toBe(1);
    expect(damaged.out).toEqual([]);
  });
});
