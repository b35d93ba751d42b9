import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedNode } from '../../../../shared/model/content';
import { unwrapUnknownNodes, wrapUnknownNodes } from '../../../../shared/model/unknown-nodes';

const known = new Set(['root', 'paragraph', 'text', 'heading', 'list', 'listitem']);
const cycle: SerializedNode = { type: 'annual-cycle', version: 2, months: [{ month: 4, text: 'Bokslut' }] };
const mention: SerializedNode = { type: 'mention', version: 1, name: 'Karin' };

describe('unknown nodes', () => {
  const stored = content(heading(1, 'Årshjul'), cycle as never, paragraph('Hej ', mention as never, '!'));

  it('are wrapped in placeholders, as blocks or among text', () => {
    const wrapped = wrapUnknownNodes(stored, known);
    expect(wrapped.root.children[1]).toEqual({ type: 'handbok-unknown', version: 1, original: cycle, inline: false });
    expect((wrapped.root.children[2]!.children as SerializedNode[])[1]).toEqual({
      type: 'handbok-unknown',
      version: 1,
      original: mention,
      inline: true,
    });
    expect(wrapped.root.children[0]).toEqual(stored.root.children[0]);
  });

  it('come back exactly as stored', () => {
    expect(unwrapUnknownNodes(wrapUnknownNodes(stored, known))).toEqual(stored);
  });

  it('leave content without unknown nodes as it is', () => {
    const plain = content(heading(2, 'Syfte'), paragraph('Text.'));
    expect(wrapUnknownNodes(plain, known)).toEqual(plain);
  });

  it('carry a node of a known type but a newer version, whose shape this version cannot read', () => {
    const newer: SerializedNode = { type: 'principle', version: 2, statement: 'Invånaren i fokus' };
    const wrapped = wrapUnknownNodes(content(newer as never), new Set([...known, 'principle']));
    expect(wrapped.root.children[0]).toEqual({ type: 'handbok-unknown', version: 1, original: newer, inline: false });
  });
});
