import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { changeLocale, setUpI18n } from './app/i18n';
import { NoticeProvider } from './app/notices';
import './app/styles.css';
import { detectHost, HostProvider } from './host';
import { createStorage, StorageProvider } from './storage/storage';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const host = detectHost();
  const storage = createStorage();
  // Asks the browser to keep the library when disk space runs low, instead of clearing it as a cache.
  // Refused or unsupported, the library works as before; nothing waits for the answer.
  void navigator.storage?.persist?.().catch(() => false);
  const i18n = await setUpI18n();
  let locale;
  try {
    locale = await storage.settings.locale();
  } catch {
    // The database cannot be opened (storage blocked or broken): say so in both languages, since the
    // chosen one is stored in that database, rather than show an empty library as if all were lost.
    root.render(
      <main className="fatal" role="alert">
        <p lang="sv">{i18n.t('errors.storageUnavailable', { lng: 'sv' })}</p>
        <p lang="en">{i18n.t('errors.storageUnavailable', { lng: 'en' })}</p>
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
          </NoticeProvider>
        </StorageProvider>
      </HostProvider>
    </StrictMode>,
  );
}

void start();
