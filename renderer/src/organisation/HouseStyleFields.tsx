import { HOUSE_FONTS, type HouseStyle } from '@shared/model/organisation';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The house style of exported documents: the fonts, the text size and the colour of headings. */
export function HouseStyleFields({ value, onChange }: { value: HouseStyle; onChange: (value: HouseStyle) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const change = (changes: Partial<HouseStyle>) => onChange({ ...value, ...changes });
  const fontSelect = (key: 'bodyFont' | 'headingFont') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`organisation.houseStyle.${key}`)}</label>
      <select id={`${id}-${key}`} value={value[key]} onChange={(event) => change({ [key]: event.target.value as HouseStyle[typeof key] })}>
        {HOUSE_FONTS.map((font) => (
          <option key={font} value={font}>
            {font}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="fieldset">
      <legend>{t('organisation.houseStyle.legend')}</legend>
      <p className="field__hint">{t('organisation.houseStyle.intro')}</p>
      <div className="house-style">
        {fontSelect('bodyFont')}
        <div className="field">
          <label htmlFor={`${id}-size`}>{t('organisation.houseStyle.bodySize')}</label>
          <select id={`${id}-size`} value={value.bodySize} onChange={(event) => change({ bodySize: Number(event.target.value) })}>
            {[10, 10.5, 11, 11.5, 12, 13].map((size) => (
              <option key={size} value={size}>
                {size.toLocaleString(i18n.language)} pt
              </option>
            ))}
          </select>
        </div>
        {fontSelect('headingFont')}
        <div className="field">
          <label htmlFor={`${id}-color`}>{t('organisation.houseStyle.headingColor')}</label>
          <input
            id={`${id}-color`}
            type="color"
            value={`#${value.headingColor}`}
            onChange={(event) => change({ headingColor: event.target.value.slice(1).toUpperCase() })}
          />
        </div>
      </div>
    </fieldset>
  );
}
