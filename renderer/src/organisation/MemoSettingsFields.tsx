import { MEMO_ASSESSMENTS, type MemoSettings } from '@shared/model/memo';
import { MEMO_PART_NAMES, standardPoints } from '@shared/memo/words';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MemoTemplateFields } from './MemoTemplateFields';

/**
 * The organisation's tjänsteskrivelse: its template (the parts, their order and names, the header),
 * which impact assessments its memos carry and their names (an empty name keeps the usual one).
 */
export function MemoSettingsFields({ value, onChange }: { value: MemoSettings; onChange: (value: MemoSettings) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>{t('organisation.memo.legend')}</legend>
      <p className="field__hint">{t('organisation.memo.intro')}</p>
      <MemoTemplateFields value={value} onChange={onChange} />
      <fieldset className="choices">
        <legend>{t('organisation.memo.assessments')}</legend>
        {MEMO_ASSESSMENTS.map((assessment) => (
          <label key={assessment}>
            <input
              type="checkbox"
              checked={value.assessments.includes(assessment)}
              onChange={(event) =>
                onChange({
                  ...value,
                  assessments: event.target.checked
                    ? MEMO_ASSESSMENTS.filter((each) => each === assessment || value.assessments.includes(each))
                    : value.assessments.filter((each) => each !== assessment),
                })
              }
            />
            {MEMO_PART_NAMES[assessment]}
          </label>
        ))}
      </fieldset>
      <div className="house-style">
        {MEMO_ASSESSMENTS.map((part) => (
          <div className="field" key={part}>
            <label htmlFor={`${id}-${part}`}>{t('organisation.memo.partName', { part: MEMO_PART_NAMES[part] })}</label>
            <input
              id={`${id}-${part}`}
              value={value.partNames[part] ?? ''}
              placeholder={MEMO_PART_NAMES[part]}
              onChange={(event) => onChange({ ...value, partNames: { ...value.partNames, [part]: event.target.value } })}
            />
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-standard`}>{t('organisation.memo.standardPoints')}</label>
        <textarea
          id={`${id}-standard`}
          rows={4}
          aria-describedby={`${id}-standard-hint`}
          value={standardPoints(value).join('\n')}
          onChange={(event) => onChange({ ...value, standardPoints: event.target.value.split('\n') })}
        />
        <p id={`${id}-standard-hint`} className="field__hint">
          {t('organisation.memo.standardPointsHint')}
        </p>
      </div>
    </fieldset>
  );
}
