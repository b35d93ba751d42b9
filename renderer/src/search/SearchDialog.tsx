import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from '@shared/model/kinds';
import type { DocumentHit } from '@shared/search/library-index';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { navigate } from '../ui/routes';
import type { SearchClient } from './search-client';
import { Snippet } from './Snippet';

/**
 * Search across the library (Ctrl+K): results as you type, each with its kind, status and the passage
 * that matched; arrow keys move, Enter opens the document in reading mode at the block that matched.
 */
export function SearchDialog({ client, onClose }: { client: SearchClient | null; onClose: () => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [everything, setEverything] = useState(false);
  // The answer with the question it answers: shown only while that is still what is asked.
  const [answer, setAnswer] = useState<{ key: string; hits: DocumentHit[] } | null>(null);
  const [ready, setReady] = useState(client?.isReady() ?? false);
  const [active, setActive] = useState(0);

  useEffect(() => client?.onReadyChange(setReady), [client]);

  const key = JSON.stringify([query.trim(), kind, status, everything]);
  const hits = answer?.key === key && query.trim() ? answer.hits : [];

  useEffect(() => {
    if (!client || !query.trim()) return;
    let current = true;
    const filters = { kinds: kind ? [kind] : [], statuses: status ? [status] : [], includeRepealedAndTrash: everything };
    void client.search(query, filters).then((found) => {
      // A slower answer to an earlier query must not replace the answer to what is typed now.
      if (!current) return;
      setAnswer({ key, hits: found.hits });
      setReady(found.ready);
      setActive(0);
    });
    return () => {
      current = false;
    };
  }, [client, key, query, kind, status, everything, ready]);

  const open = (hit: DocumentHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate({ screen: 'document', id: hit.documentId, view: 'read', ...(hit.blockId ? { block: hit.blockId } : {}) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[active]);
    } else if (event.key === 'Escape') {
      // A search field's own Escape only empties it; here Escape closes the search, as the dialog's other fields do.
      event.preventDefault();
      onClose();
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const trimmed = query.trim();
  return (
    <Dialog title={t('search.title')} onClose={onClose} className="dialog--search">
      <div className="search-dialog">
        <input
          type="search"
          className="search search-dialog__input"
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="search-dialog__filters">
          <label>
            {t('search.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind | '')}>
              <option value="">{t('search.allKinds')}</option>
              {DOCUMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`kind.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('search.status')}
            <select value={status} onChange={(event) => setStatus(event.target.value as DocumentStatus | '')}>
              <option value="">{t('search.allStatuses')}</option>
              {DOCUMENT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`status.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={everything} onChange={(event) => setEverything(event.target.checked)} />
            {t('search.includeRepealedAndTrash')}
          </label>
        </div>
        <p className="muted search-dialog__status" role="status">
          {!ready ? t('search.indexing') : trimmed ? (hits.length ? t('search.count', { count: hits.length }) : t('search.none', { query: trimmed })) : t('search.hint')}
        </p>
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
          {hits.map((hit, index) => (
            <li
              key={hit.documentId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-result"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => open(hit)}
              onMouseMove={() => setActive(index)}
            >
              <span className="search-result__title">{hit.title || t('library.untitled')}</span>
              <span className="search-result__marks">
                <span className="search-result__kind">{t(`kind.${hit.kind}`)}</span>
                <span className={`badge badge--${hit.status}`}>{t(`status.${hit.status}`)}</span>
                {hit.deleted && <span className="badge">{t('search.inTrash')}</span>}
              </span>
              <Snippet parts={hit.snippet} />
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
