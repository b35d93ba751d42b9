import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Body, type Organisation, type Person } from '@shared/model/organisation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageRefusal, readImageFile } from '../app/read-image';
import { HouseStyleFields } from './HouseStyleFields';
import { MemoSettingsFields } from './MemoSettingsFields';
import { RowsFieldset } from './RowsFieldset';

/** The organisation profile: name, office, logo, the bodies that decide and the people who write. */
export function OrganisationForm({
  value,
  onChange,
}: {
  value: Organisation;
  onChange: (changes: Partial<Organisation>) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [logoError, setLogoError] = useState<string | null>(null);

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const result = await readImageFile(file, { mimeTypes: LOGO_MIME_TYPES, maxBytes: LOGO_MAX_BYTES });
    if (result.ok) {
      setLogoError(null);
      onChange({ logo: { mimeType: result.mimeType, dataUrl: result.dataUrl, fileName: result.fileName } });
      return;
    }
    setLogoError(
      imageRefusal(
        result,
        { 'wrong-type': 'organisation.logoWrongType', 'too-large': 'organisation.logoTooLarge', unreadable: 'organisation.logoUnreadable' },
        t,
        i18n.language,
      ),
    );
  };

  return (
    <div className="form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('organisation.name')}</label>
        <input
          id={`${id}-name`}
          value={value.name}
          placeholder={t('organisation.namePlaceholder')}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('organisation.unit')}</label>
        <input
          id={`${id}-unit`}
          value={value.unit}
          placeholder={t('organisation.unitPlaceholder')}
          onChange={(event) => onChange({ unit: event.target.value })}
        />
      </div>

      <fieldset className="fieldset">
        <legend>{t('organisation.logo')}</legend>
        <div className="logo-field">
          {value.logo ? (
            <img className="logo-field__preview" src={value.logo.dataUrl} alt={t('organisation.logoAlt', { name: value.name })} />
          ) : (
            <p className="muted">{t('organisation.logoNone')}</p>
          )}
          <label className="button">
            {t('organisation.logoChoose')}
            <input
              type="file"
              className="visually-hidden"
              accept="image/png,image/jpeg,image/svg+xml,image/webp"
              aria-describedby={logoError ? `${id}-logo-error` : undefined}
              onChange={(event) => {
                void chooseLogo(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </label>
          {value.logo && (
            <button type="button" className="button button--quiet" onClick={() => onChange({ logo: null })}>
              {t('organisation.logoRemove')}
            </button>
          )}
        </div>
        {logoError && (
          <p id={`${id}-logo-error`} className="field__error" role="alert">
            {logoError}
          </p>
        )}
      </fieldset>

      <HouseStyleFields value={value.houseStyle} onChange={(houseStyle) => onChange({ houseStyle })} />
      <MemoSettingsFields value={value.memoSettings} onChange={(memoSettings) => onChange({ memoSettings })} />

      <RowsFieldset<Body>
        legend={t('organisation.bodies')}
        intro={t('organisation.bodiesIntro')}
        rows={value.bodies}
        fields={[
          { key: 'name', label: t('organisation.bodyName') },
          { key: 'abbreviation', label: t('organisation.bodyAbbreviation'), narrow: true },
        ]}
        addLabel={t('organisation.addBody')}
        removeLabel={(name) => t('organisation.removeBody', { name })}
        create={() => ({ id: crypto.randomUUID(), name: '', abbreviation: '' })}
        onChange={(bodies) => onChange({ bodies })}
      />
      <RowsFieldset<Person>
        legend={t('organisation.people')}
        intro={t('organisation.peopleIntro')}
        rows={value.people}
        fields={[
          { key: 'name', label: t('organisation.personName') },
          { key: 'title', label: t('organisation.personTitle') },
          { key: 'email', label: t('organisation.personEmail'), type: 'email' },
          { key: 'phone', label: t('organisation.personPhone'), type: 'tel' },
        ]}
        addLabel={t('organisation.addPerson')}
        removeLabel={(name) => t('organisation.removePerson', { name })}
        create={() => ({ id: crypto.randomUUID(), name: '', title: '', email: '', phone: '' })}
        onChange={(people) => onChange({ people })}
      />
    </div>
  );
}
