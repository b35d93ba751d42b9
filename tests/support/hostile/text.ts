import { createArchive, serializeArchive } from '../../../shared/archive/archive';
import { content, heading, paragraph } from '../../../shared/model/content';
import { documentsFromSeeds, type HandbokDocument } from '../../../shared/model/document';
import type { Memo } from '../../../shared/model/memo';
import { sampleLibrary } from '../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';
import { utf8, type HostileFixture } from './fixture';
import { memoTextFromPlain } from '../../../shared/model/memo-text';

/**
 * Hostile archives for the text part of issue 17: pathological text that once froze the readability
 * check and the memo checks (runs of dots), and characters that XML forbids, which made the Word file
 * unreadable. All are valid documents: they are imported, and every check and export ends at once.
 */

/** Every character XML 1.0 forbids, once each kind, between words: C0 controls, U+FFFE, U+FFFF and lone surrogates. */
export const XML_FORBIDDEN_SAMPLE = 'före\u0000\u0001\u0008\u000B\u000C\u001B\uFFFE\uFFFF\uDC00\uD800efter';

let id = 0;
/** The sample library as documents: a handbook first, a tjänsteskrivelse among them. */
const sample = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `hostile-text-${(id += 1)}`);
const handbookOf = (documents: HandbokDocument[]) => documents[0]!;
const memoOf = (documents: HandbokDocument[]) => documents.find((document): document is HandbokDocument & { memo: Memo } => !!document.memo)!;

const archiveOf = (documents: readonly HandbokDocument[], organisation = sampleOrganisation) =>
  utf8(serializeArchive(createArchive(organisation, documents, '2026-01-01T00:00:00.000Z')));

/** The sample handbook with `nodes` before its own content. */
function handbookWith(documents: HandbokDocument[], changes: Partial<HandbokDocument>, ...nodes: ReturnType<typeof paragraph>[]): HandbokDocument[] {
  const handbook = handbookOf(documents);
  const changed = { ...handbook, ...changes, content: content(...nodes, ...handbook.content.root.children) };
  return documents.map((document) => (document === handbook ? changed : document));
}

export const textFixtures: HostileFixture[] = [
  {
    name: 'dots-150k',
    tries: 'freezes the readability check with a paragraph of 150,000 dots between two words',
    outcome: 'accepted',
    bytes: () => archiveOf(handbookWith(sample(), {}, heading(1, 'Punkter'), paragraph(`Inledning ${'.'.repeat(150_000)}slut`))),
  },
  {
    name: 'memo-dots-61k',
    tries: 'freezes the memo checks with a run of dots of 61 KB in a tjänsteskrivelse',
    outcome: 'accepted',
    bytes: () => {
      const documents = sample();
      const memo = memoOf(documents);
      const dots = '.'.repeat(61_000);
      const changed = { ...memo, memo: { ...memo.memo, description: memoTextFromPlain(`Bakgrund ${dots}slut`), opinion: memoTextFromPlain(`Förvaltningen ${dots}`) } };
      return archiveOf(documents.map((document) => (document === memo ? changed : document)));
    },
  },
  {
    name: 'xml-forbidden-characters',
    tries: 'makes the Word file unreadable with U+FFFE, U+FFFF, control characters and lone surrogates in title, metadata, text and organisation',
    outcome: 'accepted',
    bytes: () => {
      const documents = sample();
      const handbook = handbookOf(documents);
      const changed = handbookWith(
        documents,
        { title: `Handbok ${XML_FORBIDDEN_SAMPLE}`, metadata: { ...handbook.metadata, registryNumber: `KS ${XML_FORBIDDEN_SAMPLE}` } },
        heading(1, `Rubrik ${XML_FORBIDDEN_SAMPLE}`),
        paragraph(`Stycke ${XML_FORBIDDEN_SAMPLE}`, { type: 'footnote', version: 1, text: `Fotnot ${XML_FORBIDDEN_SAMPLE}` }),
      );
      const memo = memoOf(changed);
      const withMemo = changed.map((document) => (document === memo ? { ...memo, memo: { ...memo.memo, description: memoTextFromPlain(`Beskrivning ${XML_FORBIDDEN_SAMPLE}`) } } : document));
      return archiveOf(withMemo, { ...sampleOrganisation, name: `Sjövik ${XML_FORBIDDEN_SAMPLE}` });
    },
  },
  {
    name: 'pathological-text-mix',
    tries: 'freezes the scans with runs of stops, spaces and abbreviation-like text in paragraphs, metadata and memo parts',
    outcome: 'accepted',
    bytes: () => {
      const documents = sample();
      const handbook = handbookOf(documents);
      const spaces = ' '.repeat(50_000);
      const changed = handbookWith(
        documents,
        { metadata: { ...handbook.metadata, reviewBy: `2027${spaces}a\nb`, decidedDate: `2023-04-13${spaces}x` } },
        paragraph(`Början ${'.!?:'.repeat(25_000)}${spaces}slut`),
        paragraph(`Förkortningar ${'t.e.x.'.repeat(20_000)}`),
        paragraph(`(${spaces}källa${spaces}: SOU 2009:32)`),
      );
      return archiveOf(changed);
    },
  },
];
