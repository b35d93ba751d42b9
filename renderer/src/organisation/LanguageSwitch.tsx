import { LOCALES, type Locale } from '@shared/i18n/locales';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { changeLocale } from '../ui/i18n';

const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/** Language names are written in their own language, so a user lost in the wrong one finds theirs. */
export function useSwitchLocale() {
  const host = useHost();
  const { settings } = useStorage();
  return async (locale: Locale) => {
    await changeLocale(locale);
    await settings.setLocale(locale);
    await host.setLocale(locale);
  };
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const switchLocale = useSwitchLocale();
  return (
    <label className="language-switch">
      <span>{t('nav.language')}</span>
      <select value={i18n.language} onChange={(event) => void switchLocale(event.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
