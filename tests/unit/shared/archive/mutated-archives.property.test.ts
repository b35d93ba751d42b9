import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArchive, readArchive, serializeArchive } from '../../../../shared/archive/archive';
import { mergeArchives } from '../../../../shared/archive/merge';
import { documentsFromSeeds } from '../../../../shared/model/document';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { openPdfTools } from '../../../../electron/cli/pdf-tools';
import { runCli, type CliIo } from '../../../../electron/cli/run';

let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const sampleText = serializeArchive(createArchive(sampleOrganisation, documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', newId), '2026-01-01T00:00:00.000Z'));
const sample = JSON.parse(sampleText) as Record<string, unknown>;

/** Any JSON value, to put where the archive had something else. */
const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 12 }), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }));

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => paths(item, [...at, index]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return [at];
}
const allPaths = paths(sample).filter((path) => path.length > 0);

/** The archive with the value at one path replaced, or removed. */
function mutate(path: (string | number)[], replacement: unknown, remove: boolean): string {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
  return JSON.stringify(copy);
}

/** Truncated, a byte flipped, or a value replaced or removed anywhere in the archive. */
const damagedArchive = fc.oneof(
  fc.nat({ max: sampleText.length - 1 }).map((length) => sampleText.slice(0, length)),
  fc.tuple(fc.nat({ max: sampleText.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([at, text]) => sampleText.slice(0, at) + text + sampleText.slice(at + 1)),
  fc.tuple(fc.constantFrom(...allPaths), anyValue, fc.boolean()).map(([path, value, remove]) => mutate(path, value, remove)),
);

describe('importing damaged archives (property-based)', () => {
  it('reading never throws: either every part is valid, or the file is refused with its problems named', () => {
    fc.assert(
      fc.property(damagedArchive, (text) => {
        const result = readArchive(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        else for (const document of result.archive.documents) expect(typeof document.id).toBe('string');
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('a merge is all or nothing: refused, the target is unchanged; accepted, every incoming document is in it', () => {
    const target = readArchive(sampleText);
    if (!target.ok) throw new Error('the sample archive must read');
    fc.assert(
      fc.property(damagedArchive, fc.constantFrom('keep-both' as const, 'replace' as const, null), (text, onConflict) => {
        const before = JSON.stringify(target.archive);
        const incoming = readArchive(text);
        if (!incoming.ok) return;
        const result = mergeArchives(target.archive, incoming.archive, { onConflict, newId, now: '' });
        expect(JSON.stringify(target.archive)).toBe(before);
        if (!result.ok) {
          expect(onConflict).toBeNull();
          return;
        }
        const ids = new Set(result.archive.documents.map((document) => document.id));
        expect(ids.size).toBe(result.archive.documents.length);
        expect(result.archive.documents.length).toBe(target.archive.documents.length + incoming.archive.documents.length - result.replaced);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('the command line refuses every damaged file and leaves the target file byte for byte as it was', async () => {
    const targetIds = new Set((JSON.parse(sampleText) as { documents: { id: string }[] }).documents.map((document) => document.id));
    const files: Record<string, string> = { 'mål.handbok': sampleText };
    const io: CliIo = {
      exists: async (path) => path in files,
      readBytes: async (path) => new TextEncoder().encode(files[path]!),
      writeFile: async (path, data) => {
        files[path] = String(data);
      },
      out: () => undefined,
      err: () => undefined,
      now: () => new Date('2026-11-22T10:00:00.000Z'),
      newId,
      openPdfTools,
      untilStopped: () => new Promise(() => {}),
    };
    await fc.assert(
      fc.asyncProperty(damagedArchive, async (text) => {
        files['in.handbok'] = text;
        files['mål.handbok'] = sampleText;
        const code = await runCli(['import', 'in.handbok', '-o', 'mål.handbok'], io);
        const incoming = readArchive(text);
        const conflicts = incoming.ok && incoming.archive.documents.some((document) => targetIds.has(document.id));
        if (!incoming.ok || conflicts) {
          // Refused (a damaged file, or ids the target has, without a choice): not a byte written.
          expect(code).toBe(1);
          expect(files['mål.handbok']).toBe(sampleText);
        } else {
          const after = readArchive(files['mål.handbok']!);
          expect(code).toBe(0);
          expect(after.ok && after.archive.documents.length).toBe(targetIds.size + incoming.archive.documents.length);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
