import { MEMO_TEMPLATE_PRESETS } from '@shared/memo/presets';
import { addOwnPart, includePart, labelFact, moveFact, movePart, removeOwnPart, renameOwnPart, setRequired, showFact, unusedParts } from '@shared/memo/template-edits';
import { HEADER_FACT_LABELS, memoTemplate, templatePartName } from '@shared/memo/words';
import type { MemoPartName, MemoSettings } from '@shared/model/memo';
import { MEMO_HEADER_FACTS, ownPartId, type MemoHeaderFact, type MemoPartKey, type MemoTemplate } from '@shared/model/memo-template';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';
import { MemoTemplatePreview } from './MemoTemplatePreview';

/** The built-in parts with a heading of their own, which the organisation may rename. */
const RENAMABLE_IN_ORDER: readonly MemoPartKey[] = ['summary', 'description', 'opinion', 'proposal', 'sendTo', 'attachments'];

/**
 * The organisation's template for its memos: a preset to start from, the kind word, the parts in
 * order (up and down, in or out, renamed, required or not, own parts added), the header's facts in
 * order with their labels, and how the proposal is set; beside it a preview of the skeleton.
 */
export function MemoTemplateFields({ value, onChange }: { value: MemoSettings; onChange: (value: MemoSettings) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const registryLabel = useMetadataLabel()('registryNumber');
  const [newPart, setNewPart] = useState('');
  const template = memoTemplate(value);
  const change = (next: MemoTemplate) => onChange({ ...value, template: next });
  const name = (key: MemoPartKey) => templatePartName(key, value);
  const factLabel = (fact: MemoHeaderFact) => (fact === 'registryNumber' ? registryLabel : HEADER_FACT_LABELS[fact]);
  const rename = (key: MemoPartKey, text: string) => {
    const own = ownPartId(key);
    if (own !== null) change(renameOwnPart(template, own, text));
    else onChange({ ...value, partNames: { ...value.partNames, [key]: text } });
  };

  return (
    <div className="memo-template">
      <div className="memo-template__fields">
        <fieldset className="choices">
          <legend>{t('organisation.memoTemplate.presets')}</legend>
          <p className="field__hint">{t('organisation.memoTemplate.presetsHint')}</p>
          {MEMO_TEMPLATE_PRESETS.map((preset) => (
            <button key={preset.id} type="button" className="button button--small" onClick={() => change(structuredClone(preset.template))}>
              {t(`organisation.memoTemplate.preset.${preset.id}`)}
            </button>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('organisation.memoTemplate.kindWord')}</label>
          <input id={`${id}-kind`} value={template.kindWord} placeholder="Tjänsteskrivelse" onChange={(event) => change({ ...template, kindWord: event.target.value })} />
        </div>

        <fieldset className="choices">
          <legend>{t('organisation.memoTemplate.parts')}</legend>
          <p className="field__hint">{t('organisation.memoTemplate.partsHint')}</p>
          <ol className="memo-template__parts">
            {template.order.map((key, position) => {
              const own = ownPartId(key);
              const renamable = own !== null || RENAMABLE_IN_ORDER.includes(key);
              return (
                <li key={key}>
                  {renamable ? (
                    <input
                      aria-label={t('organisation.memoTemplate.partName', { part: name(key) })}
                      value={own !== null ? (template.ownParts.find((part) => part.id === own)?.name ?? '') : (value.partNames[key as MemoPartName] ?? '')}
                      placeholder={name(key)}
                      onChange={(event) => rename(key, event.target.value)}
                    />
                  ) : (
                    <span className="memo-template__fixed">{name(key)}</span>
                  )}
                  <label className="checkbox">
                    <input type="checkbox" checked={template.required.includes(key)} onChange={(event) => change(setRequired(template, key, event.target.checked))} />
                    {t('organisation.memoTemplate.requiredLabel', { part: name(key) })}
                  </label>
                  <span className="front-page-fields__move">
                    <button type="button" className="button button--quiet" disabled={position === 0} aria-label={t('organisation.memoTemplate.moveUp', { part: name(key) })} onClick={() => change(movePart(template, key, -1))}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={position === template.order.length - 1}
                      aria-label={t('organisation.memoTemplate.moveDown', { part: name(key) })}
                      onClick={() => change(movePart(template, key, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('organisation.memoTemplate.remove', { part: name(key) })}
                      onClick={() => change(own !== null ? removeOwnPart(template, own) : includePart(template, key, false))}
                    >
                      ×
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          {unusedParts(template).map((key) => (
            <button key={key} type="button" className="button button--small" onClick={() => change(includePart(template, key, true))}>
              {t('organisation.memoTemplate.takeBack', { part: name(key) })}
            </button>
          ))}
          <div className="memo-template__add">
            <div className="field">
              <label htmlFor={`${id}-own`}>{t('organisation.memoTemplate.ownPart')}</label>
              <input id={`${id}-own`} value={newPart} placeholder="Barnkonsekvensanalys" onChange={(event) => setNewPart(event.target.value)} />
            </div>
            <button
              type="button"
              className="button"
              disabled={!newPart.trim()}
              onClick={() => {
                change(addOwnPart(template, crypto.randomUUID(), newPart));
                setNewPart('');
              }}
            >
              + {t('organisation.memoTemplate.addOwnPart')}
            </button>
          </div>
        </fieldset>

        <fieldset className="choices front-page-fields">
          <legend>{t('organisation.memoTemplate.header')}</legend>
          <p className="field__hint">{t('organisation.memoTemplate.headerHint')}</p>
          <ol>
            {[...template.header.map((each) => each.fact), ...MEMO_HEADER_FACTS.filter((fact) => !template.header.some((each) => each.fact === fact))].map((fact) => {
              const position = template.header.findIndex((each) => each.fact === fact);
              const shown = position >= 0;
              return (
                <li key={fact}>
                  <label className="checkbox">
                    <input type="checkbox" checked={shown} onChange={(event) => change(showFact(template, fact, event.target.checked))} />
                    {t(`organisation.memoTemplate.facts.${fact}`)}
                  </label>
                  <input
                    aria-label={t('organisation.memoTemplate.factLabel', { fact: t(`organisation.memoTemplate.facts.${fact}`) })}
                    value={template.header[position]?.label ?? ''}
                    placeholder={factLabel(fact)}
                    disabled={!shown}
                    onChange={(event) => change(labelFact(template, fact, event.target.value))}
                  />
                  <span className="front-page-fields__move">
                    <button type="button" className="button button--quiet" disabled={position <= 0} aria-label={t('organisation.memoTemplate.moveUp', { part: factLabel(fact) })} onClick={() => change(moveFact(template, fact, -1))}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={!shown || position === template.header.length - 1}
                      aria-label={t('organisation.memoTemplate.moveDown', { part: factLabel(fact) })}
                      onClick={() => change(moveFact(template, fact, 1))}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <label className="checkbox">
            <input type="checkbox" checked={template.officerOnLines} onChange={(event) => change({ ...template, officerOnLines: event.target.checked })} />
            {t('organisation.memoTemplate.officerOnLines')}
          </label>
        </fieldset>

        <fieldset className="choices">
          <legend>{t('organisation.memoTemplate.proposal')}</legend>
          <label className="checkbox">
            <input type="checkbox" checked={template.proposalHeadings === 'always'} onChange={(event) => change({ ...template, proposalHeadings: event.target.checked ? 'always' : 'several' })} />
            {t('organisation.memoTemplate.proposalHeadings')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={template.numberSinglePoint} onChange={(event) => change({ ...template, numberSinglePoint: event.target.checked })} />
            {t('organisation.memoTemplate.numberSinglePoint')}
          </label>
        </fieldset>
      </div>
      <MemoTemplatePreview template={template} settings={value} registryLabel={registryLabel} />
    </div>
  );
}
