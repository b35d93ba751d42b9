import type { SharedDocumentEntry } from '@shared/collab/shared-document';
import { formatDateTime } from '@shared/model/dates';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { hrefOf } from '../ui/routes';
import { useNotice } from '../ui/notices';
import { fetchSharedDocument, fetchSharedLibrary, type SharedLibraryConnection, type SharedLibraryResult } from '../storage/shared-library';
import { useSharedLibraryConnection, useStorage } from '../storage/storage';
import { StatusBadge } from './StatusBadge';

/**
 * The shared library beside the local one, when this computer is connected to one: its documents, the
 * user's role in each, and a local copy of any of them to keep (for reading offline, or to work on alone).
 */
export function SharedLibrarySection({ standalone = false }: { standalone?: boolean }) {
  const connection = useSharedLibraryConnection();
  if (!connection) return null;
  // Below the empty library's invitation it stands as a screen of its own, as wide as the library's list.
  return standalone ? (
    <div className="screen">
      <SharedDocuments connection={connection} />
    </div>
  ) : (
    <SharedDocuments connection={connection} />
  );
}

function SharedDocuments({ connection }: { connection: SharedLibraryConnection }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { documents } = useStorage();
  // The answer with the connection it answers: a change of server never shows the last server's list.
  const [fetched, setFetched] = useState<{ from: SharedLibraryConnection; answer: SharedLibraryResult<SharedDocumentEntry[]> } | null>(null);
  useEffect(() => {
    let current = true;
    void fetchSharedLibrary(connection).then((answer) => current && setFetched({ from: connection, answer }));
    return () => {
      current = false;
    };
  }, [connection]);
  const answer = fetched?.from === connection ? fetched.answer : null;

  const keepCopy = async (entry: SharedDocumentEntry) => {
    const shared = await fetchSharedDocument(connection, entry.id);
    if (!shared.ok) return notice({ tone: 'error', text: t(`sharedLibrary.problems.${shared.problem}`) });
    try {
      await documents.create(shared.value);
      notice({ tone: 'info', text: t('sharedLibrary.keptCopy', { title: entry.title }) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  return (
    <section className="library-group" aria-labelledby="group-shared">
      <h2 id="group-shared">{t('sharedLibrary.listHeading')}</h2>
      <p className="muted">{t('sharedLibrary.listIntro', { origin: connection.address })}</p>
      {answer === null && <p className="muted">{t('sharedLibrary.loading')}</p>}
      {answer && !answer.ok && (
        <p className="field__error" role="alert">
          {t(`sharedLibrary.problems.${answer.problem}`)}
        </p>
      )}
      {answer?.ok && answer.value.length === 0 && <p>{t('sharedLibrary.listEmpty')}</p>}
      {answer?.ok && answer.value.length > 0 && (
        <table className="document-table">
          <thead>
            <tr>
              <th scope="col">{t('library.columns.title')}</th>
              <th scope="col">{t('library.columns.status')}</th>
              <th scope="col">{t('sharedLibrary.role')}</th>
              <th scope="col">{t('library.columns.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.value.map((entry) => {
              const title = entry.title || t('library.untitled');
              return (
                <tr key={entry.id} data-shared-document-id={entry.id}>
                  <th scope="row">
                    <a className="document-table__title" href={hrefOf({ screen: 'shared', id: entry.id })} title={title}>
                      {title}
                    </a>{' '}
                    <span className="muted">{t(`kind.${entry.kind}`)}</span>
                  </th>
                  <td>
                    <StatusBadge status={entry.status} />
                  </td>
                  <td>{t(`sharedLibrary.roles.${entry.role}`)}</td>
                  <td>{formatDateTime(entry.updatedAt)}</td>
                  <td className="row-actions" aria-label={t('library.actionsFor', { title })}>
                    <button type="button" className="button button--small" onClick={() => void keepCopy(entry)}>
                      {t('sharedLibrary.keepCopy')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
