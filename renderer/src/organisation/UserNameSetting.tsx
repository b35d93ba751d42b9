import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserName } from '../ui/user-name';

/** "Ditt namn": who assesses revisions and writes tracked changes on this computer. */
export function UserNameSetting() {
  const { t } = useTranslation();
  const id = useId();
  const [stored, store] = useUserName();
  const [name, setName] = useState(stored);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.userName')}</h2>
      <p className="muted">{t('settings.userNameIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('settings.userNameLabel')}</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} onBlur={() => store(name)} autoComplete="name" />
      </div>
    </section>
  );
}
