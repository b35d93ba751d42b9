import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workbox } from 'workbox-window';
import { useHost } from '../host';

declare global {
  interface ImportMetaEnv {
    /**
     * The service worker's address, put in only by the browser build (vite.web.config.ts): the desktop
     * app loads its files from disk through app:// and needs none, and the dev server makes none.
     */
    readonly HANDBOK_SERVICE_WORKER?: string;
  }
}

/**
 * Lets the browser build start without a network: registers the service worker that keeps the built
 * app (scripts, styles, fonts, workers) in the browser's cache, and says when a newer version has been
 * fetched and waits. The new version takes over only when the user reloads from the notice, so that a
 * page never runs half old and half new code while a document is open.
 */
export function OfflineUpdates() {
  const { t } = useTranslation();
  const host = useHost();
  const [waiting, setWaiting] = useState<Workbox | null>(null);

  useEffect(() => {
    const url = import.meta.env.HANDBOK_SERVICE_WORKER;
    if (host.kind !== 'browser' || !url || !('serviceWorker' in navigator)) return;
    let current = true;
    void import('workbox-window').then(({ Workbox }) => {
      if (!current) return;
      const workbox = new Workbox(url);
      workbox.addEventListener('waiting', () => setWaiting(workbox));
      // Registration fails where the browser refuses service workers (a private window in some
      // browsers, a policy): the app works as before, only not without a network.
      workbox.register().catch(() => undefined);
    });
    return () => {
      current = false;
    };
  }, [host]);

  if (!waiting) return null;
  const reload = () => {
    // Reloads once the new worker has taken over, so the page loads the new version's files.
    waiting.addEventListener('controlling', () => window.location.reload());
    waiting.messageSkipWaiting();
  };
  return (
    <div className="update-notice notice" role="status">
      <span>{t('offline.updateReady')}</span>
      <button type="button" className="button button--quiet" onClick={reload}>
        {t('offline.reload')}
      </button>
      <button type="button" className="icon-button" aria-label={t('offline.later')} title={t('offline.later')} onClick={() => setWaiting(null)}>
        ×
      </button>
    </div>
  );
}
