import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../shared/archive/check';
import { createArchive, parseArchive } from '../../../../shared/archive/archive';
import { content, element, paragraph, text, type SerializedNode } from '../../../../shared/model/content';
import { MAX_CONTENT_DEPTH, MAX_CONTENT_SIZE_PX, MAX_INDENT, MAX_NESTING, MAX_LIST_NUMBER, MAX_TABLE_COLUMNS } from '../../../../shared/model/content-limits';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import { mergeContent } from '../../../../shared/model/merge-content';
import { normalizeDocument, normalizeOrganisation } from '../../../../shared/model/normalize-document';
import { childrenOf, contentPlainText } from '../../../../shared/model/tree';
import { exportDocx, exportHtml } from '../../../../shared/render/export';
import { qualityReport } from '../../../../shared/text/quality';
import { sampleLibrary } from '../../../../resources/samples/sample-library';

const sample = documentsFromSeeds([{ ...sampleLibrary[1]!, title: 'Gränsfall' }], '2026-12-05T10:00:00.000Z', () => 'doc-1')[0]!;
/** The sample policy with the given body (not cloned: a clone of hostile nesting would overflow the test itself). */
const policy = (body: ReturnType<typeof content>): HandbokDocument => ({ ...sample, content: body });

/**
 * Lists nested inside each other (a list at every odd depth, an item at every even one) until the
 * innermost text sits `depth` levels below the root; at an even depth the text is in a link.
 */
function nestedLists(depth: number): SerializedNode {
  let node: SerializedNode = text('Längst in.');
  if (depth % 2 === 0) node = element('link', [node], { url: 'https://www.sjovik.se/', rel: null, target: null, title: null });
  for (let level = depth % 2 === 0 ? depth - 2 : depth - 1; level >= 1; level -= 1) {
    node = level % 2 === 1 ? element('list', [node], { listType: 'bullet', start: 1, tag: 'ul' }) : element('listitem', [node], { value: 1 });
  }
  return node;
}

function table(rows: Record<string, unknown>[][], extra: Record<string, unknown> = {}): SerializedNode {
  return element(
    'table',
    rows.map((cells) => element('tablerow', cells.map((cell) => element('tablecell', [paragraph('Cell')], { colSpan: 1, rowSpan: 1, headerState: 0, backgroundColor: null, ...cell })))),
    extra,
  );
}

describe('the gate keeps content within bounds', () => {
  it('refuses content nested 3,000 levels deep with a problem that says where, instead of overflowing the stack', () => {
    const result = normalizeDocument(policy(content(paragraph('Inledning.'), nestedLists(3_000) as never)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([{ path: 'content.root.children.1.children.0.children.0.children.0…', code: 'too-deep' }]);
  });

  it('reads content at the depth bound, and every walk over it (exports, quality, check, plain text, merge) finishes', async () => {
    const deepest = policy(content(paragraph('Inledning.'), nestedLists(MAX_CONTENT_DEPTH) as never));
    const read = normalizeDocument(deepest);
    expect(read.ok).toBe(true);
    expect(normalizeDocument(policy(content(nestedLists(MAX_CONTENT_DEPTH + 1) as never))).ok).toBe(false);
    if (!read.ok) return;
    const document = read.value;
    expect(contentPlainText(document.content)).toContain('Längst in.');
    expect(exportHtml(document, null).html).toContain('Längst in.');
    expect((await exportDocx(document, null)).bytes.length).toBeGreaterThan(0);
    expect(qualityReport(document.content, () => undefined).document?.words).toBeGreaterThan(0);
    expect(checkArchive(createArchive(null, [document], '')).length).toBe(1);
    expect(mergeContent(document.content, document.content, document.content).ok).toBe(true);
  }, 60_000);

  it('bounds a colSpan of a billion, a row span past the table, an endless column list, indents and list numbers, and says so', () => {
    const raw = policy(
      content(
        table([[{ colSpan: 1_000_000_000 }, { rowSpan: 20_000 }], [{ colSpan: 20_000 }]], { colWidths: Array.from({ length: 5_000 }, () => 100) }),
        element('list', [element('listitem', [text('Punkt')], { value: 1e12, indent: 1e9 })], { listType: 'number', start: 1e15, tag: 'ol' }),
        { ...paragraph('Indragen.'), indent: 1e9 },
      ),
    );
    const before = structuredClone(raw);
    const result = normalizeDocument(raw);
    expect(raw).toEqual(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [tableNode, list, indented] = result.value.content.root.children;
    const cells = childrenOf(tableNode!).map((row) => childrenOf(row).map((cell) => [cell.colSpan, cell.rowSpan]));
    // The first row's two cells share Word's columns; the second row's one cell may take them all.
    expect(cells).toEqual([[[MAX_TABLE_COLUMNS - 1, 1], [1, 2]], [[MAX_TABLE_COLUMNS, 1]]]);
    expect(tableNode).not.toHaveProperty('colWidths');
    const item = childrenOf(list!)[0]!;
    expect([list!.start, item.value, item.indent, indented!.indent]).toEqual([MAX_LIST_NUMBER, MAX_LIST_NUMBER, MAX_INDENT, MAX_INDENT]);
    expect(result.repairs?.map((repair) => repair.code)).toEqual(Array(8).fill('number-bounded'));
  });

  it('refuses a table row wider than Word can show', () => {
    const wide = policy(content(table([Array.from({ length: MAX_TABLE_COLUMNS + 1 }, () => ({}))])));
    const result = normalizeDocument(wide);
    expect(!result.ok && result.problems).toEqual([{ path: 'content.root.children.0.children.0', code: 'too-wide' }]);
  });

  it('bounds a row height and a cell width of a billion pixels, which pushed the text off every page', () => {
    const tall = element('tablerow', [element('tablecell', [paragraph('Cell')], { colSpan: 1, rowSpan: 1, headerState: 0, backgroundColor: null, width: 1e9 })], { height: 1e9 });
    const result = normalizeDocument(policy(content(element('table', [tall]))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = childrenOf(result.value.content.root.children[0]!)[0]!;
    expect([row.height, childrenOf(row)[0]!.width]).toEqual([MAX_CONTENT_SIZE_PX, MAX_CONTENT_SIZE_PX]);
    expect(result.repairs?.map((repair) => repair.path)).toEqual(['content.root.children.0.children.0.height', 'content.root.children.0.children.0.children.0.width']);
  });

  it('gives a heading of a level Handbok does not write the nearest level it does, so it keeps its place in the outline', () => {
    const headings = ['h6', 'script', 'h2'].map((tag) => element('heading', [text(`Rubrik ${tag}`)], { tag }));
    const result = normalizeDocument(policy(content(...headings)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.content.root.children.map((heading) => heading.tag)).toEqual(['h3', 'h1', 'h2']);
    expect(result.repairs?.map((repair) => repair.code)).toEqual(['heading-level', 'heading-level']);
  });

  it('refuses a value nested thousands deep in any field, which overflowed the stack of every later copy of the document', () => {
    const deep = (levels: number): unknown => {
      let value: unknown = 'botten';
      for (let level = 0; level < levels; level += 1) value = [value];
      return value;
    };
    const inNode = normalizeDocument(policy(content({ ...paragraph('Vanlig.'), extra: deep(20_000) } as never)));
    expect(!inNode.ok && inNode.problems).toEqual([{ path: 'content.root.children.0.extra…', code: 'too-nested' }]);
    const inHeader = normalizeDocument({ ...sample, metadata: { ...sample.metadata, extra: deep(20_000) } });
    expect(!inHeader.ok && inHeader.problems.map((problem) => problem.code)).toEqual(['too-nested']);
    const inProfile = normalizeOrganisation({ name: 'Sjövik', extra: deep(20_000) });
    expect(!inProfile.ok && inProfile.problems.map((problem) => problem.code)).toEqual(['too-nested']);
    // Nesting a little short of the bound is still read: the bound refuses only the absurd.
    expect(normalizeDocument(policy(content({ ...paragraph('Vanlig.'), extra: deep(MAX_NESTING - 10) } as never))).ok).toBe(true);
  });

  it('removes CSS on text and cell colours, which hid text in the editor that every export printed', () => {
    const hidden = { ...text('Dold text.'), style: 'display:none' };
    const white = { ...text('Vit text.'), style: 'color:#fff;background:#fff' };
    const result = normalizeDocument(
      policy(content({ ...paragraph('Synlig. '), children: [text('Synlig. '), hidden, white], textStyle: 'font-size:1px' }, table([[{ backgroundColor: '#000000' }]]))),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, tableNode] = result.value.content.root.children;
    expect(childrenOf(first!).map((run) => run.style)).toEqual(['', '', '']);
    expect(first!.textStyle).toBe('');
    expect(childrenOf(childrenOf(tableNode!)[0]!)[0]!.backgroundColor).toBeNull();
    expect(result.repairs?.map((repair) => repair.code)).toEqual(Array(4).fill('style-removed'));
  });

  it('makes a link with credentials, javascript: or file: plain text, and keeps a safe one', () => {
    const link = (url: string, words: string) => element('link', [text(words)], { url, rel: null, target: null, title: null });
    const result = normalizeDocument(
      policy(
        content({
          ...paragraph(),
          children: [link('https://anna:hemligt@intranat.sjovik.se/', 'Intranätet'), text(' och '), link('javascript:alert(1)', 'klicka'), text(' och '), link('https://www.sjovik.se/', 'Sjövik')],
        }),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const runs = childrenOf(result.value.content.root.children[0]!);
    expect(runs.map((run) => run.type)).toEqual(['text', 'text', 'text', 'text', 'link']);
    expect(contentPlainText(result.value.content)).toBe('Intranätet och klicka och Sjövik');
    expect(result.repairs).toEqual([
      { path: 'content.root.children.0.children.0', code: 'unsafe-link-removed' },
      { path: 'content.root.children.0.children.2', code: 'unsafe-link-removed' },
    ]);
  });

  it('tells which document of an archive was repaired', () => {
    const repaired = policy(content(table([[{ colSpan: 1_000_000_000 }]])));
    const result = parseArchive(JSON.parse(JSON.stringify(createArchive(null, [policy(content(paragraph('Hel.'))), { ...repaired, id: 'doc-2' }], ''))));
    expect(result.ok && result.repairs).toEqual([{ index: 1, title: 'Gränsfall', repairs: [{ path: 'content.root.children.0.children.0.children.0.colSpan', code: 'number-bounded' }] }]);
  });
});
