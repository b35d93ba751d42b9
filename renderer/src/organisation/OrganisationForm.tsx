import type { Body, Organisation, Person } from '@shared/model/organisation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, readLogo } from './read-logo';

const PERSON_FIELDS = {
  name: 'organisation.personName',
  title: 'organisation.personTitle',
  email: 'organisation.personEmail',
  phone: 'organisation.personPhone',
} as const;

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
    const result = await readLogo(file);
    if (result.ok) {
      setLogoError(null);
      onChange({ logo: result.logo });
      return;
    }
    const messages = {
      'wrong-type': t('organisation.logoWrongType', { file: result.fileName }),
      'too-large': t('organisation.logoTooLarge', { file: result.fileName, size: formatBytes(result.size, i18n.language) }),
      unreadable: t('organisation.logoUnreadable', { file: result.fileName }),
    };
    setLogoError(messages[result.reason]);
  };

  const changeBody = (bodyId: string, changes: Partial<Body>) =>
    onChange({ bodies: value.bodies.map((body) => (body.id === bodyId ? { ...body, ...changes } : body)) });
  const changePerson = (personId: string, changes: Partial<Person>) =>
    onChange({ people: value.people.map((person) => (person.id === personId ? { ...person, ...changes } : person)) });

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

      <fieldset className="fieldset">
        <legend>{t('organisation.bodies')}</legend>
        <p className="muted">{t('organisation.bodiesIntro')}</p>
        <ul className="rows">
          {value.bodies.map((body, index) => (
            <li key={body.id} className="rows__row">
              <div className="field">
                <label htmlFor={`${id}-body-${index}`}>{t('organisation.bodyName')}</label>
                <input id={`${id}-body-${index}`} value={body.name} onChange={(event) => changeBody(body.id, { name: event.target.value })} />
              </div>
              <div className="field field--narrow">
                <label htmlFor={`${id}-body-abbr-${index}`}>{t('organisation.bodyAbbreviation')}</label>
                <input
                  id={`${id}-body-abbr-${index}`}
                  value={body.abbreviation}
                  onChange={(event) => changeBody(body.id, { abbreviation: event.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('organisation.removeBody', { name: body.name || t('organisation.unnamed') })}
                onClick={() => onChange({ bodies: value.bodies.filter((other) => other.id !== body.id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={() => onChange({ bodies: [...value.bodies, { id: crypto.randomUUID(), name: '', abbreviation: '' }] })}
        >
          + {t('organisation.addBody')}
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('organisation.people')}</legend>
        <p className="muted">{t('organisation.peopleIntro')}</p>
        <ul className="rows">
          {value.people.map((person, index) => (
            <li key={person.id} className="rows__row rows__row--person">
              {(Object.keys(PERSON_FIELDS) as (keyof typeof PERSON_FIELDS)[]).map((field) => (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-person-${index}-${field}`}>
                    {t(PERSON_FIELDS[field])}
                  </label>
                  <input
                    id={`${id}-person-${index}-${field}`}
                    type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                    value={person[field]}
                    onChange={(event) => changePerson(person.id, { [field]: event.target.value })}
                  />
                </div>
              ))}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('organisation.removePerson', { name: person.name || t('organisation.unnamed') })}
                onClick={() => onChange({ people: value.people.filter((other) => other.id !== person.id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({ people: [...value.people, { id: crypto.randomUUID(), name: '', title: '', email: '', phone: '' }] })
          }
        >
          + {t('organisation.addPerson')}
        </button>
      </fieldset>
    </div>
  );
}
