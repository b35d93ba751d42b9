import { LABELLED_FIELD_KEYS, type LabelledFieldKey } from '@shared/model/metadata';
import type { ExportLayout, MetadataLabels } from '@shared/model/organisation';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The front-page rows as the settings list them: the chosen ones in their order, then the others, so
 * that ticking one adds it at the end and the arrows move it among the chosen.
 */
const listed = (chosen: readonly LabelledFieldKey[]) => [...chosen, ...LABELLED_FIELD_KEYS.filter((key) => !chosen.includes(key))];

/**
 * How exported documents are laid out to match the municipality's own template: the word above the
 * title, the rows of the front page's table and their order, date and paragraph in one row, the
 * registry number at the top, and whether Word updates the fields whenever it opens a file.
 */
export function ExportLayoutFields({ value, labels, onChange }: { value: ExportLayout; labels: MetadataLabels; onChange: (value: ExportLayout) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = value.frontPageFields;
  const labelOf = (key: LabelledFieldKey) => labels[key]?.trim() || t(`metadata.labels.${key}`);
  const move = (key: LabelledFieldKey, by: -1 | 1) => {
    const fields = [...chosen];
    const from = fields.indexOf(key);
    const to = from + by;
    if (from < 0 || to < 0 || to >= fields.length) return;
    [fields[from], fields[to]] = [fields[to]!, fields[from]!];
    onChange({ ...value, frontPageFields: fields });
  };
  const toggle = (key: LabelledFieldKey, on: boolean) =>
    onChange({ ...value, frontPageFields: on ? [...chosen, key] : chosen.filter((each) => each !== key) });

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-above`}>{t('exportLayout.aboveTitle')}</label>
        <input
          id={`${id}-above`}
          value={value.aboveTitle}
          placeholder={t('exportLayout.aboveTitlePlaceholder')}
          aria-describedby={`${id}-above-hint`}
          onChange={(event) => onChange({ ...value, aboveTitle: event.target.value })}
        />
        <p id={`${id}-above-hint`} className="field__hint">
          {t('exportLayout.aboveTitleHint')}
        </p>
      </div>
      <fieldset className="choices front-page-fields">
        <legend>{t('exportLayout.fields')}</legend>
        <p className="field__hint">{t('exportLayout.fieldsHint')}</p>
        <ol>
          {listed(chosen).map((key) => {
            const position = chosen.indexOf(key);
            return (
              <li key={key}>
                <label>
                  <input type="checkbox" checked={position >= 0} onChange={(event) => toggle(key, event.target.checked)} />
                  {labelOf(key)}
                </label>
                <span className="front-page-fields__move">
                  <button type="button" className="button button--quiet" disabled={position <= 0} aria-label={t('exportLayout.moveUp', { field: labelOf(key) })} onClick={() => move(key, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={position < 0 || position === chosen.length - 1}
                    aria-label={t('exportLayout.moveDown', { field: labelOf(key) })}
                    onClick={() => move(key, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={value.dateWithParagraph} onChange={(event) => onChange({ ...value, dateWithParagraph: event.target.checked })} />
        {t('exportLayout.dateWithParagraph')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.registryNumberAtTop} onChange={(event) => onChange({ ...value, registryNumberAtTop: event.target.checked })} />
        {t('exportLayout.registryNumberAtTop', { label: labelOf('registryNumber') })}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.updateFieldsInWord} onChange={(event) => onChange({ ...value, updateFieldsInWord: event.target.checked })} />
        {t('exportLayout.updateFieldsInWord')}
      </label>
    </>
  );
}
