import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_LAYOUT, DEFAULT_HOUSE_STYLE } from '../../../../shared/model/organisation';
import { content, heading, paragraph } from '../../../../shared/model/content';
import {
  normalizeDocument,
  normalizeDocumentHeader,
  normalizeOrganisation,
} from '../../../../shared/model/normalize-document';

const header = {
  id: 'doc-1',
  formatVersion: 1,
  kind: 'policy',
  title: 'Policy för medborgardialog',
  status: 'gallande',
  metadata: { registryNumber: 'KS 2024/12' },
  decisions: [{ id: 'x', body: 'Kommunfullmäktige', date: '2024-03-01', paragraph: '§ 12', action: 'antagen', summary: '' }],
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-03-02T10:00:00.000Z',
  deletedAt: null,
  revision: 4,
};

describe('normalizeDocument', () => {
  it('accepts a current document unchanged', () => {
    const document = { ...header, content: content(heading(1, 'Syfte'), paragraph('Text.')) };
    const result = normalizeDocument(document);
    expect(result).toEqual({ ok: true, value: document });
  });

  it('fills what an older or sparser writer left out', () => {
    const { metadata: _m, decisions: _d, deletedAt: _x, revision: _r, formatVersion: _f, ...sparse } = header;
    const result = normalizeDocumentHeader(sparse);
    expect(result.ok && result.value).toMatchObject({
      metadata: {},
      decisions: [],
      deletedAt: null,
      revision: 0,
      formatVersion: 1,
    });
  });

  it('keeps fields and node types it does not know', () => {
    const unknownNode = { type: 'annual-cycle', version: 3, months: [{ month: 1, items: ['Budget'] }] };
    const document = {
      ...header,
      futureField: { keep: true },
      metadata: { ...header.metadata, contractNumber: 'A-17' },
      content: { root: { ...content().root, children: [unknownNode] } },
    };
    const result = normalizeDocument(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ futureField: { keep: true }, metadata: { contractNumber: 'A-17' } });
    expect(result.value.content.root.children[0]).toEqual(unknownNode);
  });

  it('does not modify its input', () => {
    const input = structuredClone({ ...header, content: content() });
    const copy = structuredClone(input);
    normalizeDocument(input);
    expect(input).toEqual(copy);
  });

  it('names every problem with its path', () => {
    const result = normalizeDocument({ ...header, title: 42, kind: 'roman', status: undefined, content: { root: {} } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'title', code: 'wrong-type' },
        { path: 'kind', code: 'invalid-value' },
        { path: 'status', code: 'missing' },
        { path: 'content.root.type', code: 'missing' },
        { path: 'content.root.children', code: 'missing' },
      ]),
    );
  });

  it('refuses a document from a newer Handbok instead of guessing', () => {
    const result = normalizeDocumentHeader({ ...header, formatVersion: 2 });
    expect(result).toEqual({ ok: false, problems: [{ path: 'formatVersion', code: 'newer-format' }] });
  });

  it.each([null, 'text', 42, [], undefined])('refuses %j as a document', (raw) => {
    const result = normalizeDocumentHeader(raw);
    expect(result).toEqual({ ok: false, problems: [{ path: '', code: 'not-an-object' }] });
  });
});

describe('normalizeOrganisation', () => {
  it('fills defaults and drops a logo that is not an image', () => {
    const result = normalizeOrganisation({ name: 'Sjövik kommun', logo: { mimeType: 'text/html', dataUrl: 'data:text/html,x' } });
    expect(result).toEqual({
      ok: true,
      value: { name: 'Sjövik kommun', unit: '', logo: null, bodies: [], people: [], metadataLabels: {}, houseStyle: DEFAULT_HOUSE_STYLE, memoSettings: { assessments: ['ekonomi'], partNames: {} }, exportLayout: DEFAULT_EXPORT_LAYOUT, updatedAt: '' },
    });
  });

  it('keeps an export layout it can use, field by field, and drops unknown front-page fields', () => {
    const result = normalizeOrganisation({
      name: 'S',
      exportLayout: { aboveTitle: 'STYRDOKUMENT', frontPageFields: ['registryNumber', 'fromANewerHandbok', 'registryNumber', 'decidedBy'], dateWithParagraph: 'ja', registryNumberAtTop: true },
    });
    expect(result.ok && result.value.exportLayout).toEqual({
      aboveTitle: 'STYRDOKUMENT',
      frontPageFields: ['registryNumber', 'decidedBy'],
      dateWithParagraph: false,
      registryNumberAtTop: true,
      updateFieldsInWord: false,
    });
    const broken = normalizeOrganisation({ name: 'S', exportLayout: 'A4' });
    expect(broken.ok && broken.value.exportLayout).toEqual(DEFAULT_EXPORT_LAYOUT);
  });

  it('keeps a house style it can use and falls back field by field on one it cannot', () => {
    const result = normalizeOrganisation({ name: 'S', houseStyle: { bodyFont: 'Comic Sans MS', bodySize: 12, headingFont: 'Calibri', headingColor: 'röd' } });
    expect(result.ok && result.value.houseStyle).toEqual({ bodyFont: 'Georgia', bodySize: 12, headingFont: 'Calibri', headingColor: '1F3A5F' });
  });

  it('loads the fonts of earlier versions that have no bundled clone (Verdana, Trebuchet MS) as Arial', () => {
    const verdana = normalizeOrganisation({ name: 'S', houseStyle: { bodyFont: 'Verdana', bodySize: 11, headingFont: 'Trebuchet MS', headingColor: '1F3A5F' } });
    expect(verdana.ok && verdana.value.houseStyle).toEqual({ bodyFont: 'Arial', bodySize: 11, headingFont: 'Arial', headingColor: '1F3A5F' });
    // Any other value still falls back to the default of its field, as before.
    const other = normalizeOrganisation({ name: 'S', houseStyle: { bodyFont: 'Verdana', bodySize: 11, headingFont: 'Helvetica', headingColor: '1F3A5F' } });
    expect(other.ok && other.value.houseStyle).toEqual({ bodyFont: 'Arial', bodySize: 11, headingFont: 'Arial', headingColor: '1F3A5F' });
    const serif = normalizeOrganisation({ name: 'S', houseStyle: { bodyFont: 42, bodySize: 11, headingFont: 'Georgia', headingColor: '1F3A5F' } });
    expect(serif.ok && serif.value.houseStyle).toMatchObject({ bodyFont: 'Georgia', headingFont: 'Georgia' });
  });

  it('refuses a profile without a name field', () => {
    expect(normalizeOrganisation({ bodies: [] })).toEqual({ ok: false, problems: [{ path: 'name', code: 'missing' }] });
  });
});

describe('the content gate checks each of Handbok’s node types against its schema', () => {
  const withContent = (...nodes: unknown[]) => ({ ...header, content: { root: { ...content().root, children: nodes } } });
  const image = { type: 'image', version: 1, src: 'data:image/png;base64,iVBORw0KGgo=', altText: 'Årshjulet' };

  it('fills in what an image may be without, and says so', () => {
    const result = normalizeDocument(withContent(image));
    expect(result.ok && result.value.content.root.children[0]).toEqual({ ...image, decorative: false, caption: '' });
    expect(result.ok && result.repairs?.map((repair) => [repair.path, repair.code])).toEqual([
      ['content.root.children.0.decorative', 'value-filled'],
      ['content.root.children.0.caption', 'value-filled'],
    ]);
  });

  it('refuses a field of the wrong type, naming where it is', () => {
    const result = normalizeDocument(withContent(paragraph('Före.'), { ...image, src: 42, decorative: 'ja', caption: '' }));
    expect(!result.ok && result.problems).toEqual([
      { path: 'content.root.children.1.src', code: 'wrong-type' },
      { path: 'content.root.children.1.decorative', code: 'wrong-type' },
    ]);
  });

  it('carries a field of a newer version inside a block untouched, instead of refusing the block', () => {
    const newerField = { type: 'block-field', version: 2, field: 'title', shape: 'from a newer Handbok', children: [] };
    const principle = { type: 'principle', version: 1, children: [newerField], direction: null, format: '', indent: 0 };
    const result = normalizeDocument(withContent(principle));
    expect(result.ok && result.value.content.root.children[0]).toEqual(principle);
  });

  it('keeps a variant this Handbok does not know, and gives a block without one its type’s first', () => {
    const callout = (extra: object) => ({ type: 'callout', version: 1, children: [], direction: null, format: '', indent: 0, ...extra });
    const kept = normalizeDocument(withContent(callout({ variant: 'tip' })));
    expect(kept.ok && kept.value.content.root.children[0]).toMatchObject({ variant: 'tip' });
    const filled = normalizeDocument(withContent(callout({})));
    expect(filled.ok && filled.value.content.root.children[0]).toMatchObject({ variant: 'note' });
  });

  it('reads a node of a version Handbok never wrote (0) as the first', () => {
    const result = normalizeDocument(withContent({ type: 'page-break', version: 0 }));
    expect(result.ok && result.value.content.root.children[0]).toEqual({ type: 'page-break', version: 1 });
  });
});
