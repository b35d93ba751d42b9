import { LABELLED_FIELD_KEYS } from '@shared/model/metadata';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { BackupFolderSetting } from './BackupFolderSetting';
import { SaveIndicator } from '../ui/SaveIndicator';
import type { LoadedOrganisation } from '../storage/organisation-repository';
import { useOrganisation } from '../storage/storage';
import { ExportLayoutFields } from './ExportLayoutFields';
import { OrganisationForm } from './OrganisationForm';
import { UserNameSetting } from './UserNameSetting';
import { SharedLibrarySetting } from './SharedLibrarySetting';
import { useReadsOnly } from '../ui/reading-preference';
import { useOrganisationDraft } from './use-organisation-draft';

export function SettingsScreen() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  if (organisation === undefined) return <p className="loading">{t('app.loading')}</p>;
  return (
    <section className="screen screen--narrow" aria-labelledby="settings-title">
      <header className="screen__header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <p className="muted">{t('settings.languageIntro')}</p>
        <LanguageSwitch />
      </section>
      <UserNameSetting />
      <SharedLibrarySetting />
      <ReadingSetting />
      <BackupFolderSetting />
      {organisation.status === 'invalid' ? (
        <div className="banner banner--error" role="alert">
          <p>{t('organisation.unreadable')}</p>
          <pre className="raw-data">{JSON.stringify(organisation.raw, null, 2)}</pre>
        </div>
      ) : (
        <OrganisationSettings loaded={organisation} />
      )}
    </section>
  );
}

/** "Jag läser bara": every document opens in reading mode on this computer. */
function ReadingSetting() {
  const { t } = useTranslation();
  const id = useId();
  const [readsOnly, setReadsOnly] = useReadsOnly();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reading.settingHeading')}</h2>
      <p className="muted">{t('reading.settingIntro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={readsOnly} onChange={(event) => setReadsOnly(event.target.checked)} /> {t('reading.settingLabel')}
      </label>
    </section>
  );
}

function OrganisationSettings({ loaded }: { loaded: Exclude<LoadedOrganisation, { status: 'invalid' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, change, saveState } = useOrganisationDraft(loaded);
  return (
    <>
      <section className="card" aria-labelledby={`${id}-organisation`}>
        <div className="card__header">
          <h2 id={`${id}-organisation`}>{t('organisation.heading')}</h2>
          <SaveIndicator source={saveState} />
        </div>
        <p className="muted">{t('organisation.intro')}</p>
        <OrganisationForm value={draft} onChange={change} />
      </section>
      <section className="card" aria-labelledby={`${id}-labels`}>
        <h2 id={`${id}-labels`}>{t('settings.labels')}</h2>
        <p className="muted">{t('settings.labelsIntro')}</p>
        <div className="label-grid">
          {LABELLED_FIELD_KEYS.map((key) => {
            const fallback = t(`metadata.labels.${key}`);
            return (
              <div className="field" key={key}>
                <label htmlFor={`${id}-label-${key}`}>{fallback}</label>
                <input
                  id={`${id}-label-${key}`}
                  value={draft.metadataLabels[key] ?? ''}
                  placeholder={t('settings.labelDefault', { label: fallback })}
                  onChange={(event) => change({ metadataLabels: { ...draft.metadataLabels, [key]: event.target.value } })}
                />
              </div>
            );
          })}
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-layout`}>
        <h2 id={`${id}-layout`}>{t('exportLayout.heading')}</h2>
        <p className="muted">{t('exportLayout.intro')}</p>
        <ExportLayoutFields value={draft.exportLayout} labels={draft.metadataLabels} onChange={(exportLayout) => change({ exportLayout })} />
      </section>
    </>
  );
}
