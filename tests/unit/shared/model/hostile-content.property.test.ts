import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../../shared/model/content';
import { HEADING_TAGS, MAX_CONTENT_DEPTH, MAX_CONTENT_SIZE_PX, MAX_INDENT, MAX_LIST_NUMBER, MAX_TABLE_COLUMNS } from '../../../../shared/model/content-limits';
import { documentFromSeed } from '../../../../shared/model/document';
import { normalizeDocument } from '../../../../shared/model/normalize-document';
import { isSafeExternalUrl } from '../../../../shared/url';
import { exportDocx, exportHtml } from '../../../../shared/render/export';
import { qualityReport } from '../../../../shared/text/quality';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { hostileContent } from '../../../support/hostile-content';

const seed = sampleLibrary.find((candidate) => candidate.kind === 'riktlinje')!;

/** Every way a node can be outside the bounds, as a list of what is wrong (empty when within them). */
function outOfBounds(node: SerializedNode & Record<string, unknown>, depth: number): string[] {
  const wrong: string[] = [];
  const within = (field: string, min: number, max: number) => {
    const value = node[field];
    if (typeof value === 'number' && !(value >= min && value <= max)) wrong.push(`${node.type}.${field} ${value}`);
  };
  if (depth > MAX_CONTENT_DEPTH) wrong.push(`depth ${depth}`);
  if (typeof node.style === 'string' && node.style) wrong.push(`style ${node.style}`);
  if (typeof node.textStyle === 'string' && node.textStyle) wrong.push(`textStyle ${node.textStyle}`);
  within('indent', 0, MAX_INDENT);
  within('start', 0, MAX_LIST_NUMBER);
  within('value', 0, MAX_LIST_NUMBER);
  within('width', 0, MAX_CONTENT_SIZE_PX);
  within('height', 0, MAX_CONTENT_SIZE_PX);
  if (node.type === 'heading' && !(HEADING_TAGS as readonly unknown[]).includes(node.tag)) wrong.push(`heading ${String(node.tag)}`);
  if ((node.type === 'link' || node.type === 'autolink') && !isSafeExternalUrl(String(node.url))) wrong.push(`link ${String(node.url)}`);
  if (node.type === 'table' && Array.isArray(node.colWidths)) {
    if (node.colWidths.length > MAX_TABLE_COLUMNS || node.colWidths.some((width) => typeof width !== 'number' || width < 0 || width > MAX_CONTENT_SIZE_PX)) wrong.push('colWidths');
  }
  if (node.type === 'tablerow') {
    const cells = (node.children as Record<string, unknown>[]) ?? [];
    const columns = cells.reduce((sum, cell) => sum + (typeof cell.colSpan === 'number' ? cell.colSpan : 1), 0);
    if (columns > MAX_TABLE_COLUMNS) wrong.push(`row of ${columns} columns`);
  }
  return wrong;
}

/** Every node with its depth, without recursion. */
function nodesOf(root: SerializedNode): [SerializedNode & Record<string, unknown>, number][] {
  const found: [SerializedNode & Record<string, unknown>, number][] = [];
  const stack: [SerializedNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    found.push([node as SerializedNode & Record<string, unknown>, depth]);
    if (Array.isArray(node.children)) for (const child of node.children as SerializedNode[]) stack.push([child, depth + 1]);
  }
  return found;
}

describe('hostile content at the gate (property-based)', () => {
  it('is refused with named problems, or passes within every bound; the exports and the quality report then run on it', async () => {
    await fc.assert(
      fc.asyncProperty(hostileContent, async (content) => {
        const result = normalizeDocument(documentFromSeed({ ...seed, content }, '2026-01-01T00:00:00.000Z', () => 'doc-1'));
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.problems.every((problem) => ['too-deep', 'too-nested', 'too-wide'].includes(problem.code))).toBe(true);
          return;
        }
        const wrong = nodesOf(result.value.content.root).flatMap(([node, depth]) => outOfBounds(node, depth));
        expect(wrong).toEqual([]);
        exportHtml(result.value, null);
        qualityReport(result.value.content, () => undefined);
        await exportDocx(result.value, null);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
