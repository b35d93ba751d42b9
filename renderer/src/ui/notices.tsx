import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A short message at the bottom of the window, optionally with one action ("Ångra"). */
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

type ShowNotice = (notice: Omit<Notice, 'id'>) => void;
const NoticeContext = createContext<ShowNotice>(() => undefined);

const NOTICE_MILLISECONDS = 8000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const show = useCallback<ShowNotice>(
    (notice) => {
      const id = Date.now() + Math.random();
      setNotices((all) => [...all.slice(-2), { ...notice, id }]);
      // Errors stay until dismissed: a message about lost work must not vanish while nobody looks.
      if (notice.tone === 'info') window.setTimeout(() => dismiss(id), NOTICE_MILLISECONDS);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
            <span>{notice.text}</span>
            {notice.action && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('dialog.close')} onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotice(): ShowNotice {
  return useContext(NoticeContext);
}
