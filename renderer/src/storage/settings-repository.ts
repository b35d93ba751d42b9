import { DEFAULT_LOCALE, isLocale, type Locale } from '@shared/i18n/locales';
import type { HandbokDatabase } from './database';
import { sharedLibraryConnectionSchema, type SharedLibraryConnection } from './shared-library';

/** Settings are small typed values; an unknown or damaged value falls back to its default. */
export class SettingsRepository {
  constructor(private readonly db: HandbokDatabase) {}

  async locale(): Promise<Locale> {
    const row = await this.db.settings.get('locale');
    return isLocale(row?.value) ? row.value : DEFAULT_LOCALE;
  }

  async setLocale(locale: Locale): Promise<void> {
    await this.db.settings.put({ key: 'locale', value: locale });
  }

  /** True once the user has finished or skipped the first-run setup. */
  async onboardingDone(): Promise<boolean> {
    const row = await this.db.settings.get('onboardingDone');
    return row?.value === true;
  }

  async setOnboardingDone(): Promise<void> {
    await this.db.settings.put({ key: 'onboardingDone', value: true });
  }

  /** The shared library this computer signs in to, or null for none. */
  async sharedLibrary(): Promise<SharedLibraryConnection | null> {
    const row = await this.db.settings.get('sharedLibrary');
    const parsed = sharedLibraryConnectionSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : null;
  }

  async setSharedLibrary(connection: SharedLibraryConnection | null): Promise<void> {
    if (connection) await this.db.settings.put({ key: 'sharedLibrary', value: connection });
    else await this.db.settings.delete('sharedLibrary');
  }
}
