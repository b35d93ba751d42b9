import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { useStorage } from '../storage/storage';
import { OrganisationIdentityFields } from './OrganisationIdentityFields';
import { useOrganisationDraft } from './use-organisation-draft';

/**
 * First run: who the user writes for, and no more (name, office, logo); the house style, the memo
 * settings, the bodies and the people wait in the settings. Everything typed is saved at once, even if
 * they skip.
 */
export function OnboardingScreen() {
  const { t } = useTranslation();
  const { settings } = useStorage();
  const { draft, change, flush } = useOrganisationDraft({ status: 'missing' });
  const [nameMissing, setNameMissing] = useState(false);

  const finish = async (requireName: boolean) => {
    if (requireName && !draft.name.trim()) return setNameMissing(true);
    await flush();
    await settings.setOnboardingDone();
  };

  return (
    <main className="onboarding" id="main">
      <div className="onboarding__card">
        <div className="onboarding__top">
          <span className="sidebar__mark" aria-hidden="true">
            H
          </span>
          <LanguageSwitch />
        </div>
        <h1>{t('onboarding.title')}</h1>
        <p>{t('onboarding.intro')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void finish(true);
          }}
        >
          <div className="form">
            <OrganisationIdentityFields value={draft} onChange={change} />
          </div>
          <p className="muted">{t('onboarding.later')}</p>
          {nameMissing && !draft.name.trim() && (
            <p className="field__error" role="alert">
              {t('onboarding.nameNeeded')}
            </p>
          )}
          <div className="button-row button-row--end">
            <button type="button" className="button button--quiet" onClick={() => void finish(false)}>
              {t('onboarding.skip')}
            </button>
            <button type="submit" className="button button--primary">
              {t('onboarding.done')}
            </button>
          </div>
        </form>
      </div>
    </main>
  );
}
