import type { ChosenWordFile, MenuCommand } from '@shared/ipc';
import { formatDateTime, toIsoDate } from '@shared/model/dates';
import type { DocumentHeader } from '@shared/model/document';
import { DOCUMENT_KINDS } from '@shared/model/kinds';
import { reviewDeadline } from '@shared/model/metadata';
import { reviewOf } from '@shared/model/review';
import type { SnippetPart } from '@shared/search/snippet';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readWordFiles } from '../host/read-word-files';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { hrefOf } from '../ui/routes';
import type { LoadedHeader } from '../storage/documents-repository';
import { useMetadataLabel } from '../storage/metadata-labels';
import { useDocumentHeaders, useOrganisation, useStorage } from '../storage/storage';
import { RenameDialog } from './RenameDialog';
import { StatusBadge, VersionNote } from './StatusBadge';
import { SharedLibrarySection } from './SharedLibrarySection';

type UnreadableHeader = Extract<LoadedHeader, { ok: false }>;

function matches(header: DocumentHeader, query: string) {
  const needle = query.trim().toLocaleLowerCase('sv');
  if (!needle) return true;
  return [header.title, header.metadata.registryNumber ?? '', header.metadata.owner ?? '']
    .some((text) => text.toLocaleLowerCase('sv').includes(needle));
}

/** Where a document's text matched the search box: the block to open at and the passage. */
export interface TextMatch {
  blockId: string | null;
  snippet: readonly SnippetPart[];
}
/**
 * Finds the documents (not in the trash) whose text matches a query; the app gives the search index's.
 * `complete` is false while the index is still catching up with the library (a change is indexed once
 * typing pauses), and the box then asks again a moment later.
 */
export type TextFinder = (query: string) => Promise<{ matches: ReadonlyMap<string, TextMatch>; complete: boolean }>;

const NO_MATCHES: ReadonlyMap<string, TextMatch> = new Map();
/** How soon the box asks again when the index was still catching up. */
const ASK_AGAIN_MS = 1_000;

/** The text-search answer to what is in the search box, or an empty map while the box is empty or no finder is given. */
function useTextMatches(findText: TextFinder | undefined, query: string): ReadonlyMap<string, TextMatch> {
  // The answer with the query it answers: an answer to an earlier query is never shown for the current one.
  const [found, setFound] = useState<{ query: string; matches: ReadonlyMap<string, TextMatch> } | null>(null);
  const trimmed = query.trim();
  useEffect(() => {
    if (!findText || !trimmed) return;
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void findText(trimmed).then(({ matches, complete }) => {
        if (!current) return;
        setFound({ query: trimmed, matches });
        if (!complete) again = setTimeout(ask, ASK_AGAIN_MS);
      });
    ask();
    return () => {
      current = false;
      clearTimeout(again);
    };
  }, [findText, trimmed]);
  return found && found.query === trimmed && trimmed ? found.matches : NO_MATCHES;
}

/** The library: every document not in the trash, grouped by kind, with status and review date. */
/** The Word files among those dragged onto the library: a drop of anything else is not an import. */
const wordFilesOf = (event: DragEvent) => [...event.dataTransfer.files].filter((file) => /\.docx$/i.test(file.name));
const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function LibraryScreen({
  onCommand,
  onWordFiles,
  findText,
}: {
  onCommand: (command: MenuCommand) => void;
  onWordFiles: (files: ChosenWordFile[]) => void;
  findText?: TextFinder;
}) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const headers = useDocumentHeaders();
  const organisation = useOrganisation();
  const [query, setQuery] = useState('');
  const textMatches = useTextMatches(findText, query);
  const [renaming, setRenaming] = useState<DocumentHeader | null>(null);
  const { documents } = useStorage();
  const notice = useNotice();
  const [dropping, setDropping] = useState(false);
  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(false);
      const files = wordFilesOf(event);
      if (files.length) void readWordFiles(files).then(onWordFiles, (error: unknown) => notice({ tone: 'error', text: describeError(error, t) }));
    },
    'data-dropping': dropping || undefined,
  };

  const { groups, unreadable, total } = useMemo(() => {
    const live = (headers ?? []).flatMap((loaded) => (loaded.ok && loaded.header.deletedAt === null ? [loaded.header] : []));
    // A title, registry number or owner that contains the text, or a document whose text matches as search does.
    const visible = live.filter((header) => matches(header, query) || textMatches.has(header.id));
    return {
      total: live.length,
      unreadable: (headers ?? []).filter((loaded): loaded is UnreadableHeader => !loaded.ok),
      groups: DOCUMENT_KINDS.map((kind) => ({
        kind,
        documents: visible
          .filter((header) => header.kind === kind)
          .sort((a, b) => a.title.localeCompare(b.title, 'sv')),
      })).filter((group) => group.documents.length > 0),
    };
  }, [headers, query, textMatches]);

  if (headers === undefined) return <p className="loading">{t('app.loading')}</p>;

  const report = (error: unknown) =>
    notice({ tone: 'error', text: describeError(error, t) });
  const trash = async (header: DocumentHeader) => {
    try {
      await documents.moveToTrash(header.id);
      notice({
        tone: 'info',
        text: t('library.movedToTrash', { title: header.title || t('library.untitled') }),
        action: { label: t('library.undo'), run: () => void documents.restore(header.id).catch(report) },
      });
    } catch (error) {
      report(error);
    }
  };
  const duplicate = async (header: DocumentHeader) => {
    try {
      const title = t('library.copyOf', { title: header.title });
      await documents.duplicate(header.id, () => title);
      notice({ tone: 'info', text: t('library.duplicated', { title }) });
    } catch (error) {
      report(error);
    }
  };

  if (total === 0 && unreadable.length === 0) {
    return (
      <>
        <section className="screen empty-state" aria-labelledby="library-title" {...dropTarget}>
          <h1 id="library-title">{t('library.emptyTitle')}</h1>
          <p>{t('library.emptyText')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => onCommand('new-document')}>
              {t('library.newDocument')}
            </button>
            <button type="button" className="button" onClick={() => onCommand('open-sample-library')}>
              {t('library.openSample')}
            </button>
            <button type="button" className="button" onClick={() => onCommand('import-library')}>
              {t('archive.import')}
            </button>
            <button type="button" className="button" onClick={() => onCommand('import-word')}>
              {t('wordImport.button')}
            </button>
          </div>
        </section>
        <SharedLibrarySection standalone />
      </>
    );
  }

  const today = toIsoDate(new Date());
  const reviewIntervals = organisation?.status === 'ok' ? organisation.organisation.reviewIntervals : undefined;
  return (
    <section className="screen" aria-labelledby="library-title" {...dropTarget}>
      <header className="screen__header">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          <p className="muted">{t('library.count', { count: total })}</p>
        </div>
        <input
          type="search"
          className="search"
          placeholder={t('library.filter')}
          aria-label={t('library.filter')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="button-row">
          <button type="button" className="button" onClick={() => onCommand('import-library')}>
            {t('archive.import')}
          </button>
          <button type="button" className="button" onClick={() => onCommand('import-word')}>
            {t('wordImport.button')}
          </button>
          <button type="button" className="button" onClick={() => onCommand('export-library')}>
            {t('archive.export')}
          </button>
        </div>
      </header>

      {groups.length === 0 && query && <p>{t('library.noMatches', { query })}</p>}

      {groups.map((group) => (
        <section key={group.kind} className="library-group" aria-labelledby={`group-${group.kind}`}>
          <h2 id={`group-${group.kind}`}>
            {t(`kindPlural.${group.kind}`)} <span className="muted">({group.documents.length})</span>
          </h2>
          <table className="document-table">
            <thead>
              <tr>
                <th scope="col">{t('library.columns.title')}</th>
                <th scope="col">{t('library.columns.status')}</th>
                <th scope="col">{label('reviewBy')}</th>
                <th scope="col">{t('library.columns.updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.documents.map((header) => {
                // Overdue as the Att revidera view counts it (a review recorded since meets a stated date);
                // a document never decided has only the date it states.
                const review = reviewOf(header, reviewIntervals, today);
                const deadline = reviewDeadline(header.metadata);
                const overdue = review !== null && (review.basis ? review.bucket === 'overdue' : deadline !== null && deadline < today);
                const title = header.title || t('library.untitled');
                const textMatch = textMatches.get(header.id);
                return (
                  <tr key={header.id} data-document-id={header.id}>
                    <th scope="row">
                      <a className="document-table__title" href={hrefOf({ screen: 'document', id: header.id })} title={title}>
                        {title}
                      </a>
                      {header.metadata.registryNumber && (
                        <span className="muted document-table__registry">{header.metadata.registryNumber}</span>
                      )}
                      {textMatch?.snippet.length ? (
                        <a className="library-snippet" href={hrefOf({ screen: 'document', id: header.id, view: 'read', ...(textMatch.blockId ? { block: textMatch.blockId } : {}) })}>
                          <span className="visually-hidden">{t('search.textMatch')} </span>
                          {textMatch.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                        </a>
                      ) : null}
                    </th>
                    <td>
                      <StatusBadge status={header.status} />
                      <VersionNote header={header} />
                    </td>
                    <td className={overdue ? 'overdue' : undefined}>
                      {header.metadata.reviewBy ?? ''}
                      {overdue && (
                        <span className="overdue__mark" role="img" aria-label={t('library.overdue', { field: label('reviewBy') })} title={t('library.overdue', { field: label('reviewBy') })}>
                          {' '}
                          ⚠
                        </span>
                      )}
                    </td>
                    <td>{formatDateTime(header.updatedAt)}</td>
                    <td className="row-actions" aria-label={t('library.actionsFor', { title })}>
                      <button type="button" className="button button--small" onClick={() => setRenaming(header)}>
                        {t('library.rename')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => void duplicate(header)}>
                        {t('library.duplicate')}
                      </button>
                      <button type="button" className="button button--small button--danger" onClick={() => void trash(header)}>
                        {t('library.moveToTrash')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}

      {unreadable.length > 0 && (
        <section className="library-group library-group--warning" aria-labelledby="group-unreadable">
          <h2 id="group-unreadable">{t('library.unreadableGroup')}</h2>
          <ul>
            {unreadable.map((loaded) => (
              <li key={loaded.id}>
                <a href={hrefOf({ screen: 'document', id: loaded.id })}>{t('library.unreadableTitle', { id: loaded.id })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SharedLibrarySection />

      {renaming && (
        <RenameDialog
          title={renaming.title}
          onClose={() => setRenaming(null)}
          onRename={(title) => {
            void documents.update(renaming.id, { title }).then(() => setRenaming(null), report);
          }}
        />
      )}
    </section>
  );
}
