import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@shared/i18n/locales';
import { en } from './locales/en';
import { sv } from './locales/sv';

/** The one i18n layer of the interface: i18next with the Swedish and English messages bundled. */
export async function setUpI18n(locale: Locale = DEFAULT_LOCALE) {
  await i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['sv', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

/** Switches the interface language everywhere, including `<html lang>` for screen readers. */
export async function changeLocale(locale: Locale) {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
