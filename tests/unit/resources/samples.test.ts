import { isBlankMemoText } from '../../../shared/model/memo-text';
import { checkMemo } from '../../../shared/memo/checks';
import { documentsFromSeeds } from '../../../shared/model/document';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';
import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../renderer/src/editor/nodes';
import { sampleLibrary } from '../../../resources/samples/sample-library';
import { templateFor } from '../../../resources/templates';
import { type SerializedContent, type SerializedNode } from '../../../shared/model/content';
import { contentPlainText } from '../../../shared/model/tree';
import { validateDecision } from '../../../shared/model/decision';
import type { DocumentSeed } from '../../../shared/model/document';
import { DOCUMENT_KINDS } from '../../../shared/model/kinds';
import { validateMetadata } from '../../../shared/model/metadata';
import { normalizeDocument } from '../../../shared/model/normalize-document';

function asDocument(seed: DocumentSeed, index: number) {
  const timestamp = '2026-01-01T00:00:00.000Z';
  return {
    ...seed,
    id: `seed-${index}`,
    decisions: seed.decisions.map((decision, n) => ({ ...decision, id: `d-${n}` })),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: null,
    revision: 0,
  };
}

/** Loads content into a real (DOM-less) Lexical editor and serialises it back. */
function throughLexical(value: SerializedContent): unknown {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(value)));
  return editor.getEditorState().toJSON();
}

function headingLevels(value: SerializedContent): number[] {
  return value.root.children
    .filter((node: SerializedNode) => node.type === 'heading')
    .map((node) => Number(String(node.tag).slice(1)));
}

const seeds: [string, DocumentSeed][] = [
  ...sampleLibrary.map((seed): [string, DocumentSeed] => [`sample: ${seed.title}`, seed]),
  ...DOCUMENT_KINDS.map((kind): [string, DocumentSeed] => [`template: ${kind}`, templateFor(kind)]),
];

describe.each(seeds)('%s', (_name, seed) => {
  it('is a valid document', () => {
    const result = normalizeDocument(asDocument(seed, 0));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has well-formed metadata and decisions', () => {
    expect(validateMetadata(seed.metadata)).toEqual([]);
    for (const decision of seed.decisions) expect(validateDecision({ ...decision, id: 'x' })).toEqual([]);
  });

  it('is exactly the JSON Lexical itself writes', () => {
    expect(throughLexical(seed.content)).toEqual(seed.content);
  });

  it('never skips a heading level', () => {
    const levels = headingLevels(seed.content);
    levels.forEach((level, index) => {
      const previous = index === 0 ? 0 : levels[index - 1]!;
      expect(level, `heading ${index + 1}`).toBeLessThanOrEqual(Math.max(previous, 1) + 1);
    });
  });
});

describe('the sample library', () => {
  it('holds a handbook, a policy, a guideline and the memo that proposes adopting the handbook', () => {
    expect(sampleLibrary.map((seed) => seed.kind)).toEqual(['handbok', 'policy', 'riktlinje', 'tjansteskrivelse']);
    const memo = sampleLibrary[3]!.memo!;
    expect(memo.matter).toBe('anta');
    expect(memo.subjectId).toBe('seed:0');
    expect(memo.attachments).toEqual([{ kind: 'document', id: 'seed:0', documentId: 'seed:0' }]);
  });

  it('links the memo to the handbook once both are in the library', () => {
    let id = 0;
    const [handbook, , , memo] = documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
    expect(memo!.memo!.subjectId).toBe(handbook!.id);
    expect(memo!.memo!.attachments.map((each) => each.kind === 'document' && each.documentId)).toEqual([handbook!.id]);
  });

  it('has a memo that passes every check before decision', () => {
    let id = 0;
    const [, , , memo] = documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
    expect(checkMemo(memo!, memo!.memo!, sampleOrganisation).problems).toEqual([]);
  });

  it('has a handbook long enough to show what the tool is for', () => {
    const words = contentPlainText(sampleLibrary[0]!.content).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(900);
  });
});

describe('templates', () => {
  it('start every kind as a draft with guidance; a memo with its typed parts, empty', () => {
    for (const kind of DOCUMENT_KINDS.filter((each) => each !== 'tjansteskrivelse')) {
      const template = templateFor(kind);
      expect(template).toMatchObject({ kind, status: 'utkast', decisions: [] });
      expect(contentPlainText(template.content).length).toBeGreaterThan(50);
    }
    const memo = templateFor('tjansteskrivelse');
    expect(memo).toMatchObject({ kind: 'tjansteskrivelse', status: 'utkast', memo: { proposal: [{ points: [''] }] } });
    expect(isBlankMemoText(memo.memo?.description)).toBe(true);
    expect(isBlankMemoText(memo.memo?.opinion)).toBe(true);
  });

  it('hand out fresh copies, so editing one document never changes the template', () => {
    const first = templateFor('policy');
    first.metadata.version = '9.9';
    expect(templateFor('policy').metadata.version).toBeUndefined();
  });

  it('fill in no metadata the user did not give, so no export shows a "Version 1.0" nobody wrote (issue 16, point 8)', () => {
    for (const kind of DOCUMENT_KINDS) expect(templateFor(kind).metadata, kind).toEqual({});
  });
});
