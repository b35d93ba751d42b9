import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { hrefOf } from '../ui/routes';
import { methodGuides, roles, type AtHandEntry, type ReadDocument } from './at-hand';
import { useDocumentsInForce } from './use-documents-in-force';

interface AtHandWords {
  title: string;
  intro: string;
  /** The caption before an entry's one line: "Syfte", "Ansvarar bland annat för". */
  summary: string;
  none: string;
}

/**
 * A list of what the documents in force hold (method guides, roles), each a link that opens its
 * document in reading mode at that block.
 */
function AtHandScreen({ collect, words }: { collect: (documents: readonly ReadDocument[]) => AtHandEntry[]; words: AtHandWords }) {
  const { t } = useTranslation();
  const titleId = useId();
  const state = useDocumentsInForce();
  const entries = useMemo(() => (state.status === 'ready' ? collect(state.documents) : []), [state, collect]);
  return (
    <section className="screen screen--narrow" aria-labelledby={titleId}>
      <header className="screen__header">
        <div>
          <h1 id={titleId}>{words.title}</h1>
          <p className="at-hand__intro">{words.intro}</p>
        </div>
      </header>
      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {state.status === 'failed' && (
        <p className="banner banner--error" role="alert">
          {t('methods.failed', { reason: describeError(state.error, t) })}
        </p>
      )}
      {state.status === 'ready' && state.unreadable > 0 && (
        <p className="banner banner--warning" role="status">
          {t('methods.unreadable', { count: state.unreadable })}
        </p>
      )}
      {state.status === 'ready' && entries.length === 0 && <p className="muted">{words.none}</p>}
      {entries.length > 0 && (
        <ul className="at-hand">
          {entries.map((entry, index) => (
            <li key={`${entry.documentId}:${entry.blockId ?? index}`} className="at-hand__entry">
              <a className="at-hand__name" href={hrefOf({ screen: 'document', id: entry.documentId, view: 'read', ...(entry.blockId && { block: entry.blockId }) })}>
                {entry.name}
              </a>
              {entry.summary && (
                <p className="at-hand__summary">
                  <span className="at-hand__caption">{words.summary}: </span>
                  {entry.summary}
                </p>
              )}
              <p className="at-hand__document muted">
                {t('methods.document')}: {entry.documentTitle}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Metodstöd: every method guide of the documents in force, by name. */
export function MethodsScreen() {
  const { t } = useTranslation();
  return <AtHandScreen collect={methodGuides} words={{ title: t('methods.title'), intro: t('methods.intro'), summary: t('methods.purpose'), none: t('methods.none') }} />;
}

/** Vem ansvarar för vad: every role of the documents in force, by name. */
export function RolesScreen() {
  const { t } = useTranslation();
  return <AtHandScreen collect={roles} words={{ title: t('methods.rolesTitle'), intro: t('methods.rolesIntro'), summary: t('methods.responsibility'), none: t('methods.noRoles') }} />;
}
