import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Organisation } from '@shared/model/organisation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageRefusal, readImageFile } from '../ui/read-image';

/**
 * Who the organisation is: its name, office and logo. All the first run asks for; the settings show it
 * above the rest of the profile.
 */
export function OrganisationIdentityFields({
  value,
  onChange,
}: {
  value: Pick<Organisation, 'name' | 'unit' | 'logo'>;
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
    <>
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
    </>
  );
}
