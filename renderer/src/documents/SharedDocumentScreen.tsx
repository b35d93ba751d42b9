import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { EditingSurface, EditorErrorBoundary, EditorLibraryProvider, SharedContentEditor, SharedSession, type EditorLibrary, type SharedSessionState } from '../editor';
import { useSharedLibraryConnection, useStorage } from '../storage/storage';
import { serverOrigin } from '@shared/url';
import { hrefOf } from '../ui/routes';
import { useUserName } from '../ui/user-name';

/** A shared document's references lead into the shared library, which the editor does not list: none are offered. */
const SHARED_LIBRARY: EditorLibrary = { documents: new Map(), hrefOf: (id) => hrefOf({ screen: 'shared', id }) };

/**
 * A document of the shared library, open for everyone who has it open: the edits of each appear at the
 * others as they are made, with their cursors and names. How the connection stands is always in view, so
 * that no one believes an edit is on the server when it is not.
 */
export function SharedDocumentScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const connection = useSharedLibraryConnection();
  if (connection === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (connection === null) {
    return (
      <div className="screen">
        <p className="banner banner--warning" role="status">
          {t('sharedDocument.notConnected')}
        </p>
      </div>
    );
  }
  // Stored only once it had passed serverOrigin; one that no longer does is said to be unusable.
  const origin = serverOrigin(connection.address);
  if (!origin) {
    return (
      <div className="screen">
        <p className="banner banner--error" role="alert">
          {t('sharedLibrary.problems.bad-address')}
        </p>
      </div>
    );
  }
  // A change of server or token is another session: the editor starts again from that server's document.
  return <SharedDocument key={`${origin}\n${connection.token}`} origin={origin} token={connection.token} id={id} />;
}

function SharedDocument({ origin, token, id }: { origin: string; token: string; id: string }) {
  const { t } = useTranslation();
  const [userName] = useUserName();
  const { sharedEdits } = useStorage();
  // Made in an effect, not during render: the session opens a connection, which the effect's cleanup
  // closes again (twice over in React's strict mode, which a session made during render would not survive).
  const [session, setSession] = useState<SharedSession | null>(null);
  useEffect(() => {
    const made = new SharedSession({ origin, token }, id, { load: () => sharedEdits.load(origin, id), add: (update) => sharedEdits.add(origin, id, update) });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(made);
    return () => made.destroy();
  }, [origin, token, id, sharedEdits]);
  if (!session) return <p className="loading">{t('app.loading')}</p>;
  return <SharedDocumentView session={session} userName={userName || t('sharedDocument.anonymous')} />;
}

function SharedDocumentView({ session, userName }: { session: SharedSession; userName: string }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(session.subscribe, session.state);
  const readOnly = !state.canEdit;
  const surface = useMemo(
    () => (
      <article className="document__content" aria-label={t('document.content')}>
        <EditingSurface readOnly={readOnly} />
      </article>
    ),
    [readOnly, t],
  );
  return (
    <div className="document">
      <header className="document__bar">
        <a href={hrefOf({ screen: 'library' })} className="document__back">
          ← {t('document.back')}
        </a>
        <ConnectionState state={state} />
      </header>
      {state.localCopyFailed && (
        <p className="banner banner--warning" role="status">
          {t('sharedDocument.localCopyFailed')}
        </p>
      )}
      {state.status === 'refused' && (
        <p className="banner banner--error" role="alert">
          {t('sharedDocument.refused')}
        </p>
      )}
      <h1 className="document__title document__title--shared">{state.title || t('library.untitled')}</h1>
      <p className="document__kind muted">{readOnly && state.status === 'connected' ? t('sharedDocument.readOnly') : t('sharedDocument.intro')}</p>
      <EditorErrorBoundary
        fallback={
          <p className="banner banner--error" role="alert">
            {t('editor.failed')}
          </p>
        }
      >
        <EditorLibraryProvider library={SHARED_LIBRARY}>
          <SharedContentEditor session={session} readOnly={readOnly} userName={userName}>
            {surface}
          </SharedContentEditor>
        </EditorLibraryProvider>
      </EditorErrorBoundary>
    </div>
  );
}

/** Where the document stands with the server, and who else is in it. */
function ConnectionState({ state }: { state: SharedSessionState }) {
  const { t } = useTranslation();
  const status = state.status === 'connected' && state.unsent ? 'sending' : state.status === 'offline' && !state.keptLocally ? 'keeping' : state.status;
  return (
    <div className="shared-state">
      <span className={`shared-state__status shared-state__status--${state.status}`} role="status">
        {t(`sharedDocument.status.${status}`)}
      </span>
      {state.others.length > 0 && (
        <ul className="shared-state__people" aria-label={t('sharedDocument.others')}>
          {state.others.map((person, index) => (
            <li key={index} className="shared-state__person" style={{ borderColor: person.color }}>
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
