import { $createHeadingNode } from '@lexical/rich-text';
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { $lastBlock, $topLevelBlocks, registerChapters, withChapters, withoutChapters, type ChapterMode } from '../../../../renderer/src/editor/chapters';
import { CHAPTER_TYPE } from '../../../../renderer/src/editor/nodes/ChapterNode';
import { createTestEditor } from './test-editor';

type Kind = 'h1' | 'h2' | 'p';

const blockOf = (kind: Kind, text: string): SerializedNode => (kind === 'p' ? paragraph(text) : heading(kind === 'h1' ? 1 : 2, text));
const nodeOf = (kind: Kind, text: string): LexicalNode =>
  (kind === 'p' ? $createParagraphNode() : $createHeadingNode(kind)).append($createTextNode(text));
const describeNode = (node: SerializedNode): string => {
  const text = ((node.children as SerializedNode[] | undefined) ?? []).map((child) => child.text).join('');
  return `${node.type === 'heading' ? (node.tag as string) : 'p'}:${text}`;
};
const chapterSizes = (value: SerializedContent) => value.root.children.map((node) => (node.type === CHAPTER_TYPE ? (node.children as unknown[]).length : 0));

function editorWith(blocks: SerializedNode[], mode: ChapterMode): LexicalEditor {
  const editor = createTestEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(withChapters(content(...blocks), mode))));
  registerChapters(editor, mode);
  // Registering a transform marks every chapter dirty in an update of its own: let it end, so that an
  // edit of the test is all that the next update sees.
  editor.update(() => undefined, { discrete: true });
  return editor;
}

const json = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedContent;

describe('withChapters and withoutChapters', () => {
  it('group a long handbook at its level-1 headings and give back exactly the stored content', () => {
    const stored = syntheticHandbook(60).content;
    const grouped = withChapters(stored, 'auto');
    expect(grouped.root.children.every((node) => node.type === CHAPTER_TYPE)).toBe(true);
    // The synthetic handbook opens with blocks before its first heading, then one chapter per level-1 heading.
    const headingsOfLevel1 = stored.root.children.filter((node) => node.type === 'heading' && node.tag === 'h1').length;
    expect(grouped.root.children.length).toBe(headingsOfLevel1 + (stored.root.children[0]!.tag === 'h1' ? 0 : 1));
    for (const chapter of grouped.root.children.slice(1)) expect((chapter.children as SerializedNode[])[0]!.tag).toBe('h1');
    expect(withoutChapters(grouped)).toEqual(stored);
  });

  it('leave a short document flat, and split a long chapter at level-2 headings, and a longer one anywhere', () => {
    const short = content(heading(1, 'A'), paragraph('x'), heading(1, 'B'));
    expect(withChapters(short, 'auto')).toEqual(short);
    const long = content(heading(1, 'Ett'), ...Array.from({ length: 45 }, (_, i) => paragraph(`p${i}`)), heading(2, 'Ett.ett'), ...Array.from({ length: 200 }, (_, i) => paragraph(`q${i}`)));
    // 46 blocks, then the level-2 heading opens a chapter; its 201 blocks are cut after 120.
    expect(chapterSizes(withChapters(long, 'auto'))).toEqual([46, 120, 81]);
    expect(withoutChapters(withChapters(long, 'auto'))).toEqual(long);
  });
});

describe('registerChapters', () => {
  /**
   * Whatever happens to the blocks, the editor holds them grouped exactly as withChapters would group
   * them, and flattened they are what the same edits give on a plain list.
   */
  it('keeps the grouping canonical through insertions, removals, retagging and moves anywhere', () => {
    // Level-1 headings are rare enough for chapters to grow past the lengths at which they are cut.
    const kind = fc.oneof({ arbitrary: fc.constant<Kind>('h1'), weight: 1 }, { arbitrary: fc.constant<Kind>('h2'), weight: 4 }, { arbitrary: fc.constant<Kind>('p'), weight: 40 });
    const edit = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), kind, count: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ op: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ op: fc.constant('retag' as const), at: fc.nat(), kind }),
      fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ op: fc.constant('append-to-root' as const), kind }),
    );
    fc.assert(
      fc.property(fc.array(kind, { minLength: 1, maxLength: 400 }), fc.array(edit, { maxLength: 12 }), (kinds, edits) => {
        let serial = 0;
        const model: { kind: Kind; text: string }[] = kinds.map((k) => ({ kind: k, text: `b${serial++}` }));
        const editor = editorWith(model.map((b) => blockOf(b.kind, b.text)), 'always');
        for (const step of edits) {
          editor.update(
            () => {
              const blocks = $topLevelBlocks();
              const at = blocks.length ? step.op === 'insert' ? step.at % (blocks.length + 1) : step.op === 'append-to-root' ? 0 : step.at % blocks.length : 0;
              if (step.op === 'insert') {
                const made = Array.from({ length: step.count }, () => ({ kind: step.kind, text: `b${serial++}` }));
                const nodes = made.map((b) => nodeOf(b.kind, b.text));
                if (at < blocks.length) for (const node of nodes) blocks[at]!.insertBefore(node);
                else for (const node of nodes) $lastBlock()!.insertAfter(node);
                model.splice(at, 0, ...made);
              } else if (step.op === 'remove' && blocks.length > step.count) {
                for (const block of blocks.slice(at, at + step.count)) block.remove();
                model.splice(at, step.count);
              } else if (step.op === 'retag' && blocks.length) {
                const text = model[at]!.text;
                blocks[at]!.replace(nodeOf(step.kind, text));
                model[at] = { kind: step.kind, text };
              } else if (step.op === 'move' && blocks.length > 1) {
                const to = step.to % blocks.length;
                if (to !== at) {
                  blocks[to]!.insertBefore(blocks[at]!);
                  const [moved] = model.splice(at, 1);
                  model.splice(at < to ? to - 1 : to, 0, moved!);
                }
              } else if (step.op === 'append-to-root') {
                const made = { kind: step.kind, text: `b${serial++}` };
                $getRoot().append(nodeOf(made.kind, made.text));
                model.push(made);
              }
            },
            { discrete: true },
          );
          const held = json(editor);
          expect(held).toEqual(withChapters(withoutChapters(held), 'always'));
          expect(withoutChapters(held).root.children.map(describeNode)).toEqual(model.map((b) => `${b.kind}:${b.text}`));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('joins a chapter opened by a level-2 heading to the one before when that one becomes short', () => {
    const blocks = [heading(1, 'Ett'), ...Array.from({ length: 44 }, (_, i) => paragraph(`p${i}`)), heading(2, 'Ett.ett'), paragraph('sist')];
    const editor = editorWith(blocks, 'always');
    expect(chapterSizes(json(editor))).toEqual([45, 2]);
    editor.update(() => $topLevelBlocks().slice(1, 11).forEach((block) => block.remove()), { discrete: true });
    expect(chapterSizes(json(editor))).toEqual([37]);
  });

  it('turns chapters on when a document grows long and off when it becomes short, never flapping in between', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => (i % 20 === 0 ? heading(1, `h${i}`) : paragraph(`p${i}`)));
    const editor = editorWith(many(140), 'auto');
    expect(json(editor).root.children.some((node) => node.type === CHAPTER_TYPE)).toBe(false);
    const append = (count: number) =>
      editor.update(() => {
        for (let i = 0; i < count; i += 1) $lastBlock()!.insertAfter(nodeOf('p', `n${i}`));
      }, { discrete: true });
    append(20); // 160 blocks, level-1 headings every 20 of the first 140
    expect(chapterSizes(json(editor)).length).toBe(7);
    const remove = (count: number) =>
      editor.update(() => {
        for (const block of $topLevelBlocks().slice(-count)) block.remove();
      }, { discrete: true });
    remove(40); // 120 blocks: still in chapters
    expect(json(editor).root.children.every((node) => node.type === CHAPTER_TYPE)).toBe(true);
    remove(30); // 90 blocks: flat again
    expect(json(editor).root.children.some((node) => node.type === CHAPTER_TYPE)).toBe(false);
    expect(withoutChapters(json(editor)).root.children).toHaveLength(90);
  });
});
