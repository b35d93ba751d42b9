import { describe, expect, it } from 'vitest';
import { block } from '../../../../shared/model/block-content';
import { withBlockIds, blockIdOf } from '../../../../shared/model/block-ids';
import { bulletList, content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { NUMBERED_HEADINGS_KEY } from '../../../../shared/model/headings';
import { methodGuides, roles, type ReadDocument } from '../../../../renderer/src/reading/at-hand';
import { blockOwners, readingHeadings } from '../../../../renderer/src/reading/reading-outline';
import { chosenView } from '../../../../renderer/src/ui/reading-preference';

let ids = 0;
const identified = (value: SerializedContent) => withBlockIds(value, () => `id-${(ids += 1)}`);

function documentOf(title: string, status: ReadDocument['header']['status'], ...nodes: Parameters<typeof content>): ReadDocument {
  return { header: { id: title, title, status, deletedAt: null }, content: identified(content(...nodes)) };
}

const guide = (name: string, purpose: string) => block('method-guide', { name, purpose, steps: [block('method-step', { title: 'Planera', guidance: 'Planera väl.' })] });

describe('Metodstöd and Vem ansvarar för vad', () => {
  it('lists the method guides of the documents in force only, in Swedish order, with purpose and document', () => {
    const handbook = documentOf('Kvalitetshandbok', 'gallande', heading(1, 'Metoder'), guide('Öppna jämförelser', 'Jämför med andra.'), guide('PUFF', 'Förbättra steg för steg.'), guide('Ärendekartläggning', 'Se flödet.'));
    const draft = documentOf('Utkast till riktlinje', 'utkast', guide('Ny metod', 'Inte beslutad än.'));
    const repealed = documentOf('Gammal plan', 'upphavd', guide('Gammal metod', 'Gäller inte.'));
    const trashed: ReadDocument = { ...documentOf('Slängd', 'gallande', guide('Slängd metod', 'Borta.')), header: { id: 'Slängd', title: 'Slängd', status: 'gallande', deletedAt: '2025-01-01' } };

    const entries = methodGuides([draft, handbook, repealed, trashed]);
    // å, ä, ö after z, as a Swedish reader looks for them.
    expect(entries.map((entry) => entry.name)).toEqual(['PUFF', 'Ärendekartläggning', 'Öppna jämförelser']);
    expect(entries[0]).toMatchObject({ documentId: 'Kvalitetshandbok', documentTitle: 'Kvalitetshandbok', summary: 'Förbättra steg för steg.' });
    // Each opens at its own block.
    const puff = handbook.content.root.children[2]!;
    expect(entries[0]!.blockId).toBe(blockIdOf(puff));
  });

  it('lists roles with their first responsibility, and leaves out a block without a name', () => {
    const handbook = documentOf(
      'Handbok',
      'gallande',
      block('role', { role: 'Medarbetare', lead: 'ansvarar för att', responsibilities: [bulletList('rapportera avvikelser', 'föreslå förbättringar')] }),
      block('role', { role: 'Chefer', responsibilities: [paragraph('Följa upp verksamheten.'), paragraph('Mer.')] }),
      block('role', { role: '', responsibilities: 'Ingen roll.' }),
    );
    expect(roles([handbook]).map(({ name, summary }) => [name, summary])).toEqual([
      ['Chefer', 'Följa upp verksamheten.'],
      ['Medarbetare', 'rapportera avvikelser'],
    ]);
  });

  it('lists nothing for a library without documents in force', () => {
    expect(methodGuides([documentOf('Utkast', 'utkast', guide('PUFF', 'Syfte.'))])).toEqual([]);
    expect(roles([])).toEqual([]);
  });
});

describe('the reading page outline', () => {
  it('numbers the headings as the exports do and gives each its own id', () => {
    const numbered = { ...content(heading(1, 'Inledning'), paragraph('Text.'), heading(2, 'Syfte'), heading(2, 'Syfte'), heading(1, 'Metoder')) };
    numbered.root = { ...numbered.root, $: { [NUMBERED_HEADINGS_KEY]: true } };
    const headings = readingHeadings(numbered);
    expect(headings.map(({ number, text, level }) => `${number} ${text} (${level})`)).toEqual(['1 Inledning (1)', '1.1 Syfte (2)', '1.2 Syfte (2)', '2 Metoder (1)']);
    expect(new Set(headings.map((heading) => heading.id)).size).toBe(4);
  });

  it('finds the block that holds a step, so that an address naming a step opens at its method guide', () => {
    const value = identified(content(paragraph('Före.'), guide('PUFF', 'Syfte.')));
    const guideNode = value.root.children[1]!;
    const owners = blockOwners(value);
    const stepId = [...owners.keys()].find((id) => id !== blockIdOf(guideNode) && owners.get(id) === blockIdOf(guideNode));
    expect(stepId).toBeDefined();
    expect(owners.get(blockIdOf(value.root.children[0]!)!)).toBe(blockIdOf(value.root.children[0]!));
  });
});

describe('the view a document opens in', () => {
  const header = (status: 'utkast' | 'gallande', extra: { revising?: boolean; deletedAt?: string; isMemo?: boolean } = {}) => ({
    status,
    deletedAt: extra.deletedAt ?? null,
    isMemo: extra.isMemo ?? false,
    versioning: { latest: { id: 'v', number: { major: 2, minor: 1 }, adoptedAt: '2025-01-01' }, revising: extra.revising ?? false },
  });

  it('reads an adopted document, edits a draft, and does what the address asks', () => {
    expect(chosenView(header('gallande'), undefined, false)).toBe('read');
    expect(chosenView(header('utkast'), undefined, false)).toBe('edit');
    expect(chosenView(header('gallande'), 'edit', false)).toBe('edit');
    expect(chosenView(header('utkast'), 'read', false)).toBe('read');
  });

  it('opens every document in reading mode for someone who only reads, and a revision in work on its draft otherwise', () => {
    expect(chosenView(header('utkast'), undefined, true)).toBe('read');
    expect(chosenView(header('gallande', { revising: true }), undefined, false)).toBe('edit');
    expect(chosenView(header('gallande', { revising: true }), undefined, true)).toBe('read');
  });

  it('keeps memos and documents in the trash in the document screen', () => {
    expect(chosenView(header('gallande', { isMemo: true }), 'read', true)).toBe('edit');
    expect(chosenView(header('gallande', { deletedAt: '2025-01-01' }), undefined, true)).toBe('edit');
  });
});
