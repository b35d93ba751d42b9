import { serverOrigin } from '@shared/url';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host';
import { fetchSharedLibrary, type SharedLibraryConnection, type SharedLibraryProblem } from '../storage/shared-library';
import { useSharedLibraryConnection, useStorage } from '../storage/storage';

type Check = { state: 'checking' } | { state: 'connected'; count: number } | { state: 'failed'; problem: SharedLibraryProblem };

/**
 * "Delat bibliotek": the server's address and the user's token. The connection is kept, then the page is
 * allowed to reach that server (the desktop app loads the page again for it), and then the server is asked
 * for the library with the token: the card always says whether the stored connection works, and why not.
 */
export function SharedLibrarySetting() {
  const { t } = useTranslation();
  const id = useId();
  const host = useHost();
  const { settings } = useStorage();
  const stored = useSharedLibraryConnection();
  const [address, setAddress] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [badAddress, setBadAddress] = useState(false);
  // The check with the connection it checked: a changed connection is never shown another's answer.
  const [checked, setChecked] = useState<{ of: SharedLibraryConnection; check: Check } | null>(null);

  useEffect(() => {
    if (!stored) return;
    let current = true;
    void fetchSharedLibrary(stored).then((answer) => {
      if (current) setChecked({ of: stored, check: answer.ok ? { state: 'connected', count: answer.value.length } : { state: 'failed', problem: answer.problem } });
    });
    return () => {
      current = false;
    };
  }, [stored]);

  if (stored === undefined) return null;
  const shownAddress = address ?? stored?.address ?? '';
  const check: Check | null = badAddress ? { state: 'failed', problem: 'bad-address' } : stored ? (checked?.of === stored ? checked.check : { state: 'checking' }) : null;

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const origin = serverOrigin(shownAddress);
    setBadAddress(origin === null);
    if (!origin) return;
    await settings.setSharedLibrary({ address: origin, token: token.trim() || stored?.token || '' });
    setAddress(origin);
    setToken('');
    await host.allowSharedLibrary(origin);
  };
  const disconnect = async () => {
    await settings.setSharedLibrary(null);
    setAddress('');
    await host.allowSharedLibrary(null);
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sharedLibrary.heading')}</h2>
      <p className="muted">{t('sharedLibrary.intro')}</p>
      <form className="connection-form" onSubmit={(event) => void connect(event)}>
        <div className="field">
          <label htmlFor={`${id}-address`}>{t('sharedLibrary.address')}</label>
          <input
            id={`${id}-address`}
            value={shownAddress}
            placeholder={t('sharedLibrary.addressHint')}
            onChange={(event) => setAddress(event.target.value)}
            autoComplete="url"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-token`}>{t('sharedLibrary.token')}</label>
          <input id={`${id}-token`} type="password" value={token} onChange={(event) => setToken(event.target.value)} autoComplete="off" spellCheck={false} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={check?.state === 'checking' || !shownAddress.trim() || (!token.trim() && !stored)}>
            {check?.state === 'checking' ? t('sharedLibrary.connecting') : t('sharedLibrary.connect')}
          </button>
          {stored && (
            <button type="button" className="button" onClick={() => void disconnect()}>
              {t('sharedLibrary.disconnect')}
            </button>
          )}
        </div>
      </form>
      <p role="status" className={check?.state === 'failed' ? 'field__error' : 'muted'}>
        {check === null
          ? t('sharedLibrary.notConnected')
          : check.state === 'failed'
            ? t(`sharedLibrary.problems.${check.problem}`)
            : check.state === 'connected'
              ? t('sharedLibrary.connected', { origin: stored?.address, count: check.count })
              : t('sharedLibrary.connecting')}
      </p>
    </section>
  );
}
