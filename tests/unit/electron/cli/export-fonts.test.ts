import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;

describe('handbok export --format html (the bundled fonts)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-fonts-'));
  const archive = join(folder, 's.handbok');
  beforeAll(async () => {
    await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
  }, 60_000);

  it('writes the house style’s bundled fonts into the file, and names no other font', async () => {
    const output = join(folder, 'x.html');
    await run('node', ['scripts/handbok.mjs', 'export', archive, '--format', 'html', '-o', output], { cwd: root });
    const html = readFileSync(output, 'utf8');
    expect(html).toContain("font-src data:");
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style.startsWith('@font-face {')).toBe(true);
    // The sample organisation's house style: Georgia for the text, Arial for headings.
    const faces = [...style.matchAll(/@font-face \{[^}]*font-family: ("[^"]+");[^}]*font-weight: (\d+);[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\('woff2'\);/g)];
    expect(faces).toHaveLength(16);
    expect(new Set(faces.map(([, family]) => family))).toEqual(new Set(['"Handbok Gelasio"', '"Handbok Arimo"']));
    const families = [...style.replace(/@font-face \{[^}]*\}/g, '').matchAll(/font-family: ([^;}]*)/g)].map(([, value]) => value!.trim());
    expect(families.length).toBeGreaterThan(3);
    expect(families.every((family) => /^"Handbok (Gelasio|Arimo)", (serif|sans-serif)$/.test(family))).toBe(true);
  }, 60_000);
});
