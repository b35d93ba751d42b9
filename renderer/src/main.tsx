import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { OfflineUpdates } from './app/offline-updates';
import { changeLocale, setUpI18n } from './ui/i18n';
import { NoticeProvider } from './ui/notices';
import './app/styles.css';
import { detectHost, HostProvider } from './host';
import { createBrowserBackupStore } from './storage/browser-backups';
import { NewerLibraryError, openLibrary, UpgradeBackupError } from './storage/open-library';
import { createStorage, StorageProvider, type Storage } from './storage/storage';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const host = detectHost(() => createBrowserBackupStore());
  // Asks the browser to keep the library when disk space runs low, instead of clearing it as a cache.
  // Refused or unsupported, the library works as before; nothing waits for the answer.
  void navigator.storage?.persist?.().catch(() => false);
  const i18n = await setUpI18n();
  let storage: Storage;
  let locale;
  try {
    // An older library is backed up before its schema is upgraded (see open-library.ts).
    storage = createStorage(await openLibrary((text) => host.backups.write(text, 'before-upgrade')));
    locale = await storage.settings.locale();
  } catch (error) {
    // The database cannot be opened (storage blocked or broken, written by a newer Handbok, or its
    // backup before an upgrade failed): say so in both languages, since the chosen one is stored in
    // that database, rather than show an empty library as if all were lost.
    const key =
      error instanceof NewerLibraryError
        ? 'errors.libraryFromNewerVersion'
        : error instanceof UpgradeBackupError
          ? 'errors.upgradeBackupFailed'
          : 'errors.storageUnavailable';
    root.render(
      <main className="fatal" role="alert">
        <p lang="sv">{i18n.t(key, { lng: 'sv' })}</p>
        <p lang="en">{i18n.t(key, { lng: 'en' })}</p>
      </main>,
    );
    return;
  }
  await changeLocale(locale);
  await host.setLocale(locale);
  root.render(
    <StrictMode>
      <HostProvider host={host}>
        <StorageProvider storage={storage}>
          <NoticeProvider>
            <App />
            <OfflineUpdates />
          </NoticeProvider>
        </StorageProvider>
      </HostProvider>
    </StrictMode>,
  );
}

void start();
