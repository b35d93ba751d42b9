import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { block } from '../../../../shared/model/block-content';
import { BLOCK_DECLARATIONS, BLOCK_SPECS, TOP_LEVEL_BLOCK_TYPES, TOP_LEVEL_DECLARATIONS, variantsOf, type ExampleText, type TopLevelBlockType } from '../../../../shared/model/blocks';
import { content, element, text, type SerializedNode } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { descendants, fieldOf, hasText } from '../../../../shared/model/tree';
import { renderDocx } from '../../../../shared/render/docx';
import { renderHtml } from '../../../../shared/render/html';

/**
 * Every block type, filled with its declared example, must come out whole in both formats: each text
 * a writer typed and each caption of a filled field, with no warning. A node no format knows must be
 * warned about in both. The block types come from the registry, so a new one is tested without a word here.
 */

/** Example text that can be found again: every sentence and word is numbered. */
function numberedText(): ExampleText {
  let count = 0;
  return {
    sentence: () => `Mening nummer ${(count += 1)} i exemplet.`,
    prose: () => `Stycke nummer ${(count += 1)} i exemplet, med några ord till.`,
    word: () => `Ord${(count += 1)}`,
    percent: () => (count += 1) % 101,
  };
}

const documentWith = (...nodes: SerializedNode[]): HandbokDocument =>
  documentFromSeed({ kind: 'handbok', title: 'Paritet', status: 'gallande', metadata: {}, decisions: [], content: content(...nodes) }, '2026-01-01T00:00:00.000Z', () => 'parity');

/** The text of an HTML page as a reader sees it: tags dropped, entities read. */
const pageText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

const wordText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, ' ');

/** Every text the block holds, the caption of every filled field of the block and its items, and its variant's caption. */
function expectedTexts(filled: SerializedNode, type: TopLevelBlockType, variant: string | undefined): string[] {
  const texts = [...descendants([filled])].filter((node) => node.type === 'text').map((node) => String(node.text));
  const captions = [...descendants([filled])].flatMap((node) =>
    Object.hasOwn(BLOCK_SPECS, node.type)
      ? BLOCK_SPECS[node.type as TopLevelBlockType].flatMap((spec) => {
          const field = fieldOf(node, spec.name);
          return spec.caption && field && hasText(field) ? [spec.caption] : [];
        })
      : [],
  );
  const variants = BLOCK_DECLARATIONS[type].variants ?? {};
  return [...texts, ...captions, ...(variant ? [variants[variant]!.caption] : [])];
}

const cases = TOP_LEVEL_BLOCK_TYPES.flatMap((type) => {
  const variants = variantsOf(type);
  return (variants.length ? variants : [undefined]).map((variant) => ({ type, variant, name: variant ? `${type} (${variant})` : type }));
});

describe('every block type in HTML and in Word', () => {
  it.each(cases)('$name: every text and caption of its example, without warnings', async ({ type, variant }) => {
    const filled = block(type, TOP_LEVEL_DECLARATIONS[type].example(numberedText()), variant);
    const document = documentWith(filled);
    const expected = expectedTexts(filled, type, variant);
    expect(expected.length).toBeGreaterThan(1);

    const html = renderHtml(document, null);
    expect(html.warnings).toEqual([]);
    const shown = pageText(html.html);
    for (const each of expected) expect(shown, `HTML of ${type}`).toContain(each.replace(/\s+/g, ' ').trim());

    const docx = await renderDocx(document, null);
    expect(docx.warnings).toEqual([]);
    const read = await wordText(docx.bytes);
    for (const each of expected) expect(read, `Word of ${type}`).toContain(each.replace(/\s+/g, ' ').trim());
  });

  it('warns in both formats about a node neither knows, and still prints its text', async () => {
    const stranger = element('a-node-from-elsewhere', [element('paragraph', [text('Text i en okänd nod')])]);
    const document = documentWith(stranger);

    const html = renderHtml(document, null);
    expect(html.warnings).toEqual([{ code: 'unknown-node', detail: 'a-node-from-elsewhere' }]);
    expect(pageText(html.html)).toContain('Text i en okänd nod');

    const docx = await renderDocx(document, null);
    expect(docx.warnings).toEqual([{ code: 'unknown-node', detail: 'a-node-from-elsewhere' }]);
    expect(await wordText(docx.bytes)).toContain('Text i en okänd nod');
  });
});
