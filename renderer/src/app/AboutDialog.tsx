import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc';
import { useHost } from '../host';
import { Dialog } from '../ui/Dialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, [host]);
  return (
    <Dialog
      title={t('about.title')}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('about.close')}
        </button>
      }
    >
      <p>{t('about.text')}</p>
      {info && (
        <p className="muted">
          {t('about.version', { version: info.version })}
          {info.electron ? ` · Electron ${info.electron}` : ''}
          {info.chrome ? ` · Chromium ${info.chrome}` : ''}
        </p>
      )}
    </Dialog>
  );
}
