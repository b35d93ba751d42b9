import { describe, expect, it } from 'vitest';
import { checkMemo } from '../../../../shared/memo/checks';
import { memoLayout, type MemoLayout } from '../../../../shared/memo/layout';
import { MEMO_TEMPLATE_PRESETS } from '../../../../shared/memo/presets';
import { templatePartName } from '../../../../shared/memo/words';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { emptyMemoText, memoTextFromPlain } from '../../../../shared/model/memo-text';
import { DEFAULT_MEMO_TEMPLATE, memoTemplateSchema, templateOrder, type MemoTemplate } from '../../../../shared/model/memo-template';
import { organisationSchema, type Organisation } from '../../../../shared/model/organisation';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
const sampleMemo = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`)[3] as HandbokDocument & { memo: Memo };
const withTemplate = (template: MemoTemplate): Organisation => ({ ...sampleOrganisation, memoSettings: { ...sampleOrganisation.memoSettings, template } });
const preset = (which: 'tjansteskrivelse' | 'tjansteutlatande') => MEMO_TEMPLATE_PRESETS.find((each) => each.id === which)!.template;
/** What a reader sees of each part, in print order: a heading, or the kind of an unheaded part. */
const skeleton = (layout: MemoLayout) => layout.parts.map((part) => ('heading' in part ? part.heading : part.part));

describe('an organisation stored before templates', () => {
  it('loads unchanged and lays its memos out as before', () => {
    const stored = { name: 'Sjövik kommun', memoSettings: { assessments: ['ekonomi', 'barn'], partNames: { description: 'Bakgrund' } } };
    const organisation = organisationSchema.parse(stored);
    expect(organisation.memoSettings).toEqual(stored.memoSettings);
    const memo = sampleMemo();
    const before = memoLayout(memo, { ...sampleOrganisation, memoSettings: organisation.memoSettings }, () => undefined);
    expect(before.kindWord).toBe('TJÄNSTESKRIVELSE');
    // The sample memo has no summary, so the skeleton starts with the description.
    expect(skeleton(before)).toEqual(['Bakgrund', 'Förvaltningens yttrande', 'Ekonomisk bedömning', 'Barnkonsekvensanalys', 'Förslag till beslut', 'Beslutet ska skickas till', 'signatures', 'Bilagor']);
    expect(before.header.map(([label]) => label)).toEqual(['Datum', 'Diarienummer', 'Handläggare', 'Till']);
    // The first preset is that very layout.
    expect(memoLayout(memo, withTemplate(preset('tjansteskrivelse')), () => undefined)).toEqual(memoLayout(memo, sampleOrganisation, () => undefined));
  });

  it('reads a damaged template as the default one, part by part, and drops keys it does not know', () => {
    expect(memoTemplateSchema.parse({ kindWord: 3, order: 'fel', header: null })).toEqual(DEFAULT_MEMO_TEMPLATE);
    expect(memoTemplateSchema.parse({ order: ['proposal', 'nonsense', 'proposal', 'own:x'] }).order).toEqual(['proposal', 'own:x']);
    expect(memoTemplateSchema.parse({ header: [{ fact: 'date' }, { fact: 'date', label: 'Dag' }] }).header).toEqual([{ fact: 'date', label: '' }]);
  });
});

describe('a Stockholm-shaped tjänsteutlåtande', () => {
  const stockholm = withTemplate(preset('tjansteutlatande'));

  it('puts the proposal and the signatures right after the title and the bilagor before the description, under "TJÄNSTEUTLÅTANDE" and "Dnr"', () => {
    const memo = sampleMemo();
    const layout = memoLayout(memo, stockholm, (target) => ({ title: 'Kvalitetshandbok', metadata: {}, id: target }) as never);
    expect(layout.kindWord).toBe('TJÄNSTEUTLÅTANDE');
    expect(layout.header[0]).toEqual(['Dnr', 'KS 2026/140']);
    expect(layout.header.find(([label]) => label === 'Handläggare')?.[1]).toBe('Karin Lund\nKvalitetsstrateg\nTelefon: 0123-45 67 01\nkarin.lund@sjovik.se');
    const order = skeleton(layout);
    expect(order.slice(0, 3)).toEqual(['Förslag till beslut', 'signatures', 'Bilagor']);
    expect(order.indexOf('Bilagor')).toBeLessThan(order.indexOf('Ärendebeskrivning'));
  });
});

describe('own parts', () => {
  const template: MemoTemplate = {
    ...DEFAULT_MEMO_TEMPLATE,
    order: ['description', 'own:justering', 'proposal', 'signatures'],
    ownParts: [{ id: 'justering', name: 'Omedelbar justering' }],
    required: ['description', 'own:justering', 'proposal'],
  };
  const organisation: Organisation = { ...withTemplate(template), memoSettings: { ...withTemplate(template).memoSettings, partNames: { description: 'Bakgrund' } } };

  it('stand where the template puts them, under their own names, their text kept in the memo', () => {
    const memo = sampleMemo();
    const filled = { ...memo, memo: { ...memo.memo, ownParts: { justering: memoTextFromPlain('Paragrafen justeras omedelbart.') } } };
    const layout = memoLayout(filled, organisation, () => undefined);
    expect(skeleton(layout)).toEqual(['Bakgrund', 'Omedelbar justering', 'Förslag till beslut', 'signatures', 'Förvaltningens yttrande']);
  });

  it('are required as the template says, and every part is named by its name in the template', () => {
    const memo = sampleMemo();
    const empty = { ...memo, memo: { ...memo.memo, description: emptyMemoText(), ownParts: {} } };
    const missing = checkMemo(empty, empty.memo, organisation).problems.filter((problem) => problem.code === 'missing-part');
    expect(missing).toEqual([
      { code: 'missing-part', part: 'description' },
      { code: 'missing-part', part: 'own:justering' },
    ]);
    expect(missing.map((problem) => templatePartName(problem.part as never, organisation.memoSettings))).toEqual(['Bakgrund', 'Omedelbar justering']);
  });

  it('keeps a part the template dropped while the memo has text in it, so that nothing written is lost', () => {
    expect(templateOrder({ ...template, ownParts: [] }, (key) => key === 'opinion')).toEqual(['description', 'proposal', 'signatures', 'opinion']);
  });
});
