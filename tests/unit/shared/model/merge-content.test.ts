import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { mergeContent } from '../../../../shared/model/merge-content';

const base = content(heading(1, 'Syfte'), paragraph('Ett'), paragraph('Två'), paragraph('Tre'));
const withBlocks = (...texts: string[]) => content(heading(1, 'Syfte'), ...texts.map((text) => paragraph(text)));
const textsOf = (merged: ReturnType<typeof mergeContent>) =>
  merged.ok ? merged.content.root.children.slice(1).map((node) => JSON.stringify(node).match(/"text":"([^"]*)"/)?.[1]) : null;

describe('mergeContent', () => {
  it('keeps both sides when they changed different blocks, neighbours too', () => {
    expect(textsOf(mergeContent(base, withBlocks('Ett ändrat', 'Två', 'Tre'), withBlocks('Ett', 'Två ändrat', 'Tre')))).toEqual([
      'Ett ändrat',
      'Två ändrat',
      'Tre',
    ]);
    expect(textsOf(mergeContent(base, withBlocks('Ett', 'Tre'), withBlocks('Ett', 'Två', 'Tre', 'Fyra')))).toEqual(['Ett', 'Tre', 'Fyra']);
  });

  it('keeps blocks both sides added at the same place, this side first', () => {
    expect(textsOf(mergeContent(base, withBlocks('Ett', 'Två', 'Tre', 'Min'), withBlocks('Ett', 'Två', 'Tre', 'Deras')))).toEqual([
      'Ett',
      'Två',
      'Tre',
      'Min',
      'Deras',
    ]);
  });

  it('takes an identical change once', () => {
    expect(textsOf(mergeContent(base, withBlocks('Ett', 'Två!', 'Tre'), withBlocks('Ett', 'Två!', 'Tre')))).toEqual(['Ett', 'Två!', 'Tre']);
  });

  it('reports a conflict, with both versions of the block, when both changed the same block', () => {
    const merged = mergeContent(base, withBlocks('Ett', 'Två enligt mig', 'Tre'), withBlocks('Ett', 'Två enligt dem', 'Tre'));
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.conflicts).toEqual([{ mine: [paragraph('Två enligt mig')], theirs: [paragraph('Två enligt dem')] }]);
  });

  it('never loses a change: merged, each side\'s new blocks are all in the result', () => {
    const side = fc.array(fc.constantFrom('Ett', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex'), { maxLength: 8 });
    fc.assert(
      fc.property(side, side, side, (o, a, b) => {
        const [baseContent, mine, theirs]: SerializedContent[] = [o, a, b].map((texts) => withBlocks(...texts));
        const merged = mergeContent(baseContent!, mine!, theirs!);
        if (!merged.ok) return;
        const result = textsOf(merged)!;
        const count = (list: readonly (string | undefined)[], text: string) => list.filter((item) => item === text).length;
        for (const text of new Set([...a, ...b])) {
          // A block one side added (more copies than the base had) is in the result at least that often.
          expect(count(result, text)).toBeGreaterThanOrEqual(Math.min(count(a, text), count(b, text), count(o, text)));
          if (count(a, text) > count(o, text) && count(b, text) === count(o, text)) {
            expect(count(result, text)).toBeGreaterThanOrEqual(count(a, text));
          }
        }
      }),
    );
  });
});
