import { describe, expect, it } from 'vitest';
import { draftMemo } from '../../../../shared/memo/draft';
import { MEMO_TEMPLATE_PRESETS } from '../../../../shared/memo/presets';
import { block } from '../../../../shared/model/block-content';
import { content } from '../../../../shared/model/content';
import { compareContents } from '../../../../shared/text/compare';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import type { MemoMatter } from '../../../../shared/model/memo';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { memoTextParagraphs, type MemoText } from '../../../../shared/model/memo-text';

/** A part's text as plain text, its lines separated by a blank line. */
const plain = (text: MemoText | undefined) => memoTextParagraphs(text).join('\n\n');
const mapValues = <V, W>(record: Partial<Record<string, V>>, map: (value: V) => W) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as V)]));

let id = 0;
const newId = () => `id-${(id += 1)}`;
const handbook = (): HandbokDocument => documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', newId);
const draft = (matter: MemoMatter, subject = handbook()) => draftMemo({ subject, matter, organisation: sampleOrganisation, today: '2026-11-22', newId });

describe('draftMemo', () => {
  it('repeal: cites every earlier decision, proposes the repeal to the deciding body, attaches the document', () => {
    const subject = handbook();
    const seed = draft('upphava', subject);
    expect(seed.kind).toBe('tjansteskrivelse');
    expect(seed.title).toBe('Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun');
    const memo = seed.memo!;
    expect(memo.matter).toBe('upphava');
    expect(memo.subjectId).toBe(subject.id);
    expect(memo.date).toBe('2026-11-22');
    expect(memoTextParagraphs(memo.description)).toEqual([
      'Förvaltningen föreslår att Kvalitetshandbok för Sjövik kommun upphävs. Dokumentet beslutas av Kommunfullmäktige.',
      'Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41. Den första kvalitetshandboken antogs.',
      'Dokumentet reviderades av Kommunfullmäktige 2024-04-18 § 64. Handboken reviderades med nya principer och ett gemensamt årshjul.',
      'Dokumentet reviderades av Kommunstyrelsen 2025-06-12 § 118. Avsnittet om internkontroll uppdaterades efter ny riktlinje.',
    ]);
    expect(memo.proposal).toEqual([
      { id: expect.any(String), body: 'Kommunfullmäktige', points: ['Kommunfullmäktige beslutar att upphäva Kvalitetshandbok för Sjövik kommun (KS 2024/312).'] },
    ]);
    expect(memo.attachments).toEqual([{ kind: 'document', id: subject.id, documentId: subject.id }]);
    // Kommunstyrelsen prepares what the council decides; the organisation's assessments are there to fill.
    expect(memo.recipientId).toBe('ks');
    expect(mapValues(memo.assessments, plain)).toEqual({ ekonomi: '', barn: '' });
    expect(memo.sendTo).toEqual(['Kommundirektör']);
    // What only the official can write is left for them.
    expect(plain(memo.opinion)).toBe('');
    expect(memo.signatoryIds).toEqual([]);
  });

  it('adoption: proposes adopting the document as bilaga 1', () => {
    const memo = draft('anta').memo!;
    expect(memo.proposal[0]!.points).toEqual(['Kommunfullmäktige beslutar att anta Kvalitetshandbok för Sjövik kommun enligt bilaga 1.']);
    expect(plain(memo.description)).toMatch(/^Förvaltningen har tagit fram ett förslag till Kvalitetshandbok för Sjövik kommun/);
  });

  it('revision: proposes the revised version and cites the history', () => {
    const seed = draft('revidera');
    expect(seed.title).toBe('Tjänsteskrivelse – Revidering av Kvalitetshandbok för Sjövik kommun');
    expect(seed.memo!.proposal[0]!.points[0]).toBe(
      'Kommunfullmäktige beslutar att anta den reviderade versionen av Kvalitetshandbok för Sjövik kommun enligt bilaga 1.',
    );
    expect(plain(seed.memo!.description)).toContain('Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41.');
  });

  it('revision with its draft in work: names the version in force and the next, and each change, in paragraphs of their own', () => {
    const before = content(
      block('principle', { title: 'Tydliga roller', explanation: 'Var och en vet sitt ansvar.' }),
      block('principle', { title: 'Lärande', explanation: 'Vi lär av avvikelser.' }),
    );
    const after = content(
      block('principle', { title: 'Tydliga roller', explanation: 'Var och en vet och tar sitt ansvar.' }),
      block('principle', { title: 'Lärande', explanation: 'Vi lär av avvikelser.' }),
      block('role', { role: 'Kvalitetssamordnare', responsibilities: 'Samordnar egenkontrollen.' }),
    );
    const revision = {
      from: { major: 2, minor: 1 },
      to: { major: 3, minor: 0 },
      comparison: compareContents(before, after),
      assessment: { change: 'substantive' as const, by: 'Anna Berg', at: '2026-12-06T10:00:00.000Z' },
    };
    const memo = draftMemo({ subject: handbook(), matter: 'revidera', organisation: sampleOrganisation, today: '2026-12-06', newId, revision }).memo!;
    const paragraphs = memoTextParagraphs(memo.description);
    expect(paragraphs.slice(1, 5)).toEqual([
      'Förslaget är version 3 av Kvalitetshandbok för Sjövik kommun och ersätter gällande version 2.1. Ändringar jämfört med version 2.1: 1 princip ändrad, 1 roll tillagd.',
      'Princip ändrad: ”Tydliga roller”.',
      'Roll tillagd: ”Kvalitetssamordnare”.',
      'Ändringarna har bedömts som sakliga av Anna Berg 2026-12-06.',
    ]);
    // The history follows, as in any revision memo.
    expect(paragraphs[5]).toBe('Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41. Den första kvalitetshandboken antogs.');
  });

  it('consultation answer: the organisation’s own nämnd answers, decides and receives the memo, with the standard point', () => {
    const seed = draft('remissvar');
    expect(seed.title).toBe('Tjänsteskrivelse – Remissvar om Kvalitetshandbok för Sjövik kommun');
    // Not Kommunstyrelsen, which usually sends the remiss: the first nämnd of the organisation.
    expect(seed.memo!.proposal[0]).toMatchObject({ body: 'Barn- och utbildningsnämnden', points: ['Tjänsteskrivelsen utgör svar på remissen.'] });
    expect(seed.memo!.recipientId).toBe('bun');
    expect(plain(seed.memo!.description)).toMatch(/^Barn- och utbildningsnämnden har fått Kvalitetshandbok för Sjövik kommun \(handbok\) på remiss/);
    expect(seed.memo!.remiss).toEqual({ from: '', registryNumber: '', answerBy: '' });
  });

  it('consultation answer: the nämnd chosen in the dialog, and the template’s kind word in the title and the point', () => {
    const organisation = { ...sampleOrganisation, memoSettings: { ...sampleOrganisation.memoSettings, template: MEMO_TEMPLATE_PRESETS[1]!.template } };
    const seed = draftMemo({ subject: handbook(), matter: 'remissvar', organisation, today: '2026-11-22', newId, answeringBodyId: 'son' });
    expect(seed.title).toBe('Tjänsteutlåtande – Remissvar om Kvalitetshandbok för Sjövik kommun');
    expect(seed.memo!.proposal[0]).toMatchObject({ body: 'Socialnämnden', points: ['Tjänsteutlåtandet utgör svar på remissen.'] });
    expect(seed.memo!.recipientId).toBe('son');
  });

  it('says what is missing when the document has no decision history, instead of inventing one', () => {
    const subject = { ...handbook(), decisions: [], metadata: { ...handbook().metadata, decidedBy: '' } };
    const memo = draft('upphava', subject).memo!;
    expect(plain(memo.description)).toContain('Dokumentets beslutshistorik i Handbok är tom. Ange här när och av vilket organ dokumentet senast beslutades');
    expect(plain(memo.description)).toContain('Ange vilket organ som beslutar om dokumentet.');
    expect(plain(memo.description)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // No body is made up for the decision point either: the checks will ask for one.
    expect(memo.proposal[0]!.points[0]).toBe('[Beslutande organ] beslutar att upphäva Kvalitetshandbok för Sjövik kommun (KS 2024/312).');
  });

  it('names what an incomplete decision lacks', () => {
    const subject = { ...handbook(), decisions: [{ id: 'd', body: 'Kommunfullmäktige', date: '', paragraph: '', action: 'antagen' as const, summary: '' }] };
    expect(plain(draft('revidera', subject).memo!.description)).toContain('Dokumentet antogs av Kommunfullmäktige (datum och paragraf saknas i beslutshistoriken).');
  });
});
