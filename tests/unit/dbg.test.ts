import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocx } from '/work/main/shared/import/docx/read-docx';
import { exportDocx } from '/work/main/shared/render/export';
import { importWord, readableText, wordsOf } from '/work/main/tests/support/word-import';
it('dbg', async () => {
  for (const name of (process.env.FIX ?? 'pandoc-program').split(',')) {
    const f = `/work/main/tests/fixtures/word/${name}`;
    const expected = JSON.parse(readFileSync(f + '.expected.json', 'utf8'));
    const { document, proposal } = await importWord(new Uint8Array(readFileSync(f + '.docx')), name);
    const { bytes } = await exportDocx(document, null);
    const again = await readDocx(bytes);
    if (!again.ok) throw new Error('x');
    const body = again.reading.nodes.map((node) => readableText(node.node)).join('\n');
    const actual = wordsOf(body);
    const bag = new Map<string, number>();
    for (const w of actual) bag.set(w, (bag.get(w) ?? 0) + 1);
    const missing: string[] = [];
    for (const w of expected.words.flatMap((x: string) => wordsOf(x))) { const n = bag.get(w) ?? 0; if (n) bag.set(w, n - 1); else missing.push(w); }
    console.log(name, 'MISSING', missing.join(' '));
    if (process.env.BODY) console.log(body);
    if (process.env.NODES) console.log(JSON.stringify(proposal.nodes.map((n) => [n.node.type, n.style, readableText(n.node).slice(0, 60)])));
  }
});
