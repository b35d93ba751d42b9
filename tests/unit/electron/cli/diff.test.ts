import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../../../electron/cli/node-io';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import { createArchive, readArchive, serializeArchive } from '../../../../shared/archive/archive';
import { withBlockIds } from '../../../../shared/model/block-ids';
import { freezeVersion } from '../../../../shared/model/versions';

function recordingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeCliIo, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('handbok diff', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-diff-'));
  const older = join(folder, 'före.handbok');
  const newer = join(folder, 'efter.handbok');

  it('compares a document between two archives, in words and as JSON', async () => {
    expect(await runCli(['sample', '-o', older], recordingIo().io)).toBe(0);
    const read = readArchive(readFileSync(older, 'utf8'));
    if (!read.ok) throw new Error('the sample does not read');
    const documents = read.archive.documents.map((document) => ({ ...document, content: withBlockIds(document.content) }));
    writeFileSync(older, serializeArchive({ ...read.archive, documents }));
    const changed = JSON.parse(JSON.stringify(documents).replace('Vi ska', 'Vi bör')) as typeof documents;
    writeFileSync(newer, serializeArchive({ ...read.archive, documents: changed }));

    const text = recordingIo();
    expect(await runCli(['diff', older, newer], text.io)).toBe(0);
    expect(text.out[0]).toBe('”Kvalitetshandbok för Sjövik kommun”, från före.handbok till efter.handbok: 1 stycke ändrat. Förslag: saklig revidering.');
    expect(text.out.join('\n')).toContain('Vi [-ska-]{+bör+} ge service');

    const json = recordingIo();
    expect(await runCli(['diff', older, newer, '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out.join('\n')) as { overall: string; changes: { kind: string; classification: { reason: string } }[] };
    expect(parsed.overall).toBe('substantive');
    expect(parsed.changes.map((change) => [change.kind, change.classification.reason])).toEqual([['changed', 'modal-verb']]);
  });

  it('compares two versions of a document in one archive, and names a version that does not exist', async () => {
    const read = readArchive(readFileSync(older, 'utf8'));
    if (!read.ok) throw new Error('the archive does not read');
    const handbook = read.archive.documents.find((document) => document.kind === 'handbok')!;
    const first = freezeVersion(handbook, { id: 'v1', change: 'first', decision: null, at: '2025-01-01T00:00:00.000Z' });
    const edited = JSON.parse(JSON.stringify(handbook.content).replace('Vi ska', 'Vi bör')) as typeof handbook.content;
    const second = freezeVersion({ ...first.header, content: edited }, { id: 'v2', change: 'substantive', decision: null, at: '2026-01-01T00:00:00.000Z' });
    const archive = join(folder, 'versioner.handbok');
    writeFileSync(archive, serializeArchive(createArchive(null, [{ ...second.header, content: edited }], '2026-12-06T00:00:00.000Z', [first.version, second.version])));

    const text = recordingIo();
    expect(await runCli(['diff', archive, '--from', '2.1', '--to', '3'], text.io)).toBe(0);
    expect(text.out[0]).toBe('”Kvalitetshandbok för Sjövik kommun”, från version 2.1 till version 3: 1 stycke ändrat. Förslag: saklig revidering.');

    const missing = recordingIo();
    expect(await runCli(['diff', archive, '--from', '7'], missing.io)).toBe(1);
    expect(missing.err).toEqual(['handbok: ”Kvalitetshandbok för Sjövik kommun” har ingen version 7 (versioner: 2.1, 3)']);
  });
});
