import type { DocumentHeader } from '@shared/model/document';
import type { SerializedContent } from '@shared/model/content';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import { useNotice } from '../app/notices';
import { onDocumentCommand } from '../app/document-commands';
import { hrefOf } from '../app/routes';
import { ContentEditor, EditingSurface } from '../editor/ContentEditor';
import { OutlinePanel } from '../editor/OutlinePanel';
import { QualityPanel } from '../editor/QualityPanel';
import { EditorErrorBoundary } from '../editor/EditorErrorBoundary';
import { headerStamp, readableHeaders, type ContentBase, type LoadedDocument } from '../storage/documents-repository';
import { useDocumentHeader, useDocumentHeaders, useOrganisation, useStorage } from '../storage/storage';
import { DecisionHistory } from './DecisionHistory';
import { useMetadataLabel } from '../storage/metadata-labels';
import { MetadataPanel, type HeaderDraft } from './MetadataPanel';
import { ExportResult } from './ExportResult';
import { SaveIndicator } from './SaveIndicator';
import { SideTabs } from './SideTabs';
import { UnreadableDocument } from './UnreadableDocument';
import { combineSaveStates, useAutosavedDraft } from './use-autosave';
import { useContentSaving } from './use-content-saving';
import { ContentConflictDialog } from './ContentConflictDialog';
import { UnsavedContentBanner } from './UnsavedContentBanner';
import { useExportWord } from './use-export-word';
import { useExportPdf } from './use-export-pdf';
import { PdfExportResult } from './PdfExportResult';
import { checkMemo } from '@shared/memo/checks';
import { hasMemo } from '@shared/model/memo';
import { CreateMemoDialog } from '../memo/CreateMemoDialog';
import { LinkedMemos } from '../memo/LinkedMemos';
import { MemoChecks } from '../memo/MemoChecks';
import { MemoForm } from '../memo/MemoForm';
import { MemoExportWarning } from '../memo/MemoExportWarning';

/** Opens one document: its content in the editor, its metadata and decision history beside it. */
export function DocumentScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const header = useDocumentHeader(id);
  const { documents } = useStorage();
  const [loaded, setLoaded] = useState<LoadedDocument | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void documents.get(id).then((document) => current && setLoaded(document ?? null));
    return () => {
      current = false;
    };
  }, [documents, id]);

  if (header === undefined || loaded === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (header === null || loaded === null) {
    return (
      <section className="screen">
        <p>{t('document.notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{t('document.back')}</a>
      </section>
    );
  }
  if (!header.ok || !loaded.ok) {
    const problems = !header.ok ? header.problems : !loaded.ok ? loaded.problems : [];
    const raw = !loaded.ok ? loaded.raw : { header: !header.ok ? header.raw : undefined };
    return <UnreadableDocument problems={problems} raw={raw} />;
  }
  return (
    <DocumentEditor
      header={header.header}
      initialContent={loaded.document.content}
      loadedBase={{ revision: loaded.contentRevision, headerStamp: headerStamp(loaded.document) }}
    />
  );
}

const draftOf = ({ title, kind, status, metadata, decisions, memo, tableOfContents }: DocumentHeader): HeaderDraft => ({
  title,
  kind,
  status,
  metadata,
  decisions,
  ...(memo ? { memo } : {}),
  ...(tableOfContents === undefined ? {} : { tableOfContents }),
});

function DocumentEditor({
  header,
  initialContent,
  loadedBase,
}: {
  header: DocumentHeader;
  initialContent: SerializedContent;
  /** What the loaded content is in step with, for saves that never overwrite another window's. */
  loadedBase: ContentBase;
}) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const organisation = useOrganisation();
  const label = useMetadataLabel();
  const bodies = organisation?.status === 'ok' ? organisation.organisation.bodies : [];
  const inTrash = header.deletedAt !== null;
  const id = header.id;

  // The form writes only what it changed, so that another window's change to another field stays;
  // where another window changed the same field meanwhile, the user hears what was replaced.
  const headerBase = useRef(draftOf(header));
  const headerSave = useAutosavedDraft<HeaderDraft>(draftOf(header), header.revision, async (draft) => {
    const replaced = await documents.updateChangedFields(id, draft, headerBase.current);
    headerBase.current = draft;
    if (replaced.length > 0) {
      const fields = replaced.map(({ field }) => t(`conflict.fields.${field}`)).join(', ');
      notice({ tone: 'info', text: t('conflict.headerReplaced', { fields }) });
    }
  });
  const contentSave = useContentSaving(header, initialContent, loadedBase);

  // Several changes can arrive before React renders again (an undo right after an edit): each one
  // must build on the one before, not on the last rendered draft.
  const latestDraft = useRef(headerSave.draft);
  useEffect(() => {
    latestDraft.current = headerSave.draft;
  }, [headerSave.draft]);
  const { update: updateHeader } = headerSave;
  const changeHeader = useCallback(
    (changes: Partial<HeaderDraft>) => {
      const next = { ...latestDraft.current, ...changes };
      latestDraft.current = next;
      updateHeader(next);
    },
    [updateHeader],
  );

  const { flush: flushHeader } = headerSave;
  const { flush: flushContent } = contentSave;
  const flushAll = useCallback(async () => {
    await Promise.all([flushHeader(), flushContent()]);
  }, [flushHeader, flushContent]);
  const exportWord = useExportWord(id, flushAll);
  const exportPdf = useExportPdf(id, flushAll);
  const draft = headerSave.draft;
  const organisationProfile = organisation?.status === 'ok' ? organisation.organisation : null;
  const memoDraft = hasMemo(draft) ? draft : null;
  // Checked when the memo or the organisation changes, not on every render (a keystroke in another field, a save state).
  const memoCheck = useMemo(() => (memoDraft ? checkMemo(memoDraft, memoDraft.memo, organisationProfile) : null), [memoDraft, organisationProfile]);
  // A memo that is not ready for decision is exported only after the user has seen what it lacks.
  const [pendingExport, setPendingExport] = useState<(() => void) | null>(null);
  const guarded = (run: () => void) => () => {
    if (memoCheck && memoCheck.problems.length > 0) setPendingExport(() => run);
    else run();
  };
  const { run: runWordNow } = exportWord;
  const { run: runPdfNow } = exportPdf;
  const runWord = guarded(() => void runWordNow());
  const runPdf = (purpose: 'preview' | 'save', withAttachments = false) => guarded(() => void runPdfNow(purpose, withAttachments))();
  // The menu's commands run the latest guarded exports, without subscribing anew on every render.
  const commands = useRef({ runWord, runPdf });
  useEffect(() => {
    commands.current = { runWord, runPdf };
  });
  useEffect(
    () =>
      onDocumentCommand((command) => {
        if (command === 'export-word') commands.current.runWord();
        if (command === 'export-pdf') commands.current.runPdf('save');
        if (command === 'print-preview') commands.current.runPdf('preview');
      }),
    [],
  );
  const pdfBusy = exportPdf.state.status === 'working';
  const [creatingMemo, setCreatingMemo] = useState(false);
  const library = readableHeaders(useDocumentHeaders() ?? []);

  const details = (
    <>
      <MetadataPanel draft={draft} bodies={bodies} readOnly={inTrash} onChange={changeHeader} />
      <LinkedMemos documentId={id} />
      <DecisionHistory
        decisions={draft.decisions}
        bodies={bodies}
        readOnly={inTrash}
        onChange={(update) => changeHeader({ decisions: update(latestDraft.current.decisions) })}
      />
    </>
  );
  return (
    <div className="document">
      <header className="document__bar">
        <a href={hrefOf({ screen: 'library' })} className="document__back">
          ← {t('document.back')}
        </a>
        <div className="document__actions">
          <SaveIndicator
            state={combineSaveStates(headerSave.state, contentSave.state)}
            readOnly={inTrash}
            onRetry={() => void Promise.all([headerSave.retry(), contentSave.retry()])}
          />
          <button
            type="button"
            className="button button--small"
            aria-keyshortcuts="Control+Shift+E"
            disabled={exportWord.state.status === 'working'}
            onClick={runWord}
          >
            {t('export.word')}
          </button>
          <button type="button" className="button button--small" aria-keyshortcuts="Control+P" disabled={pdfBusy} onClick={() => void runPdf('preview')}>
            {t('export.preview')}
          </button>
          <button type="button" className="button button--small" aria-keyshortcuts="Control+Shift+P" disabled={pdfBusy} onClick={() => void runPdf('save')}>
            {t('export.pdf')}
          </button>
          {memoDraft && (
            <button type="button" className="button button--small" disabled={pdfBusy} onClick={() => runPdf('save', true)}>
              {t('memo.caseFile')}
            </button>
          )}
          {!memoDraft && !inTrash && (
            <button type="button" className="button button--small" onClick={() => setCreatingMemo(true)}>
              {t('memo.create')}
            </button>
          )}
        </div>
      </header>
      <ExportResult state={exportWord.state} format="word" onClose={exportWord.reset} />
      <PdfExportResult exportPdf={exportPdf} />
      {creatingMemo && <CreateMemoDialog subject={header} organisation={organisationProfile} onClose={() => setCreatingMemo(false)} />}
      {contentSave.conflict && <ContentConflictDialog conflict={contentSave.conflict} onSettle={(keep) => void contentSave.settleConflict(keep)} />}
      {pendingExport && memoCheck && (
        <MemoExportWarning
          problems={memoCheck.problems}
          settings={organisationProfile?.memoSettings}
          onCancel={() => setPendingExport(null)}
          onConfirm={() => {
            setPendingExport(null);
            pendingExport();
          }}
        />
      )}
      {inTrash && (
        <div className="banner banner--warning" role="status">
          <span>{t('document.inTrash')}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void documents.restore(id).catch((error: unknown) => notice({ tone: 'error', text: describeError(error, t) }))}
          >
            {t('document.restore')}
          </button>
        </div>
      )}
      {!inTrash && <UnsavedContentBanner documentId={id} onRestore={contentSave.restoreUnsaved} />}
      <input
        className="document__title"
        aria-label={label('documentName')}
        value={draft.title}
        title={draft.title}
        placeholder={t('library.untitled')}
        readOnly={inTrash}
        onChange={(event) => changeHeader({ title: event.target.value })}
      />
      <div className="document__kind muted">
        {t(`kind.${draft.kind}`)} · {t(`status.${draft.status}`)}
      </div>
      {memoDraft && memoCheck ? (
        <div className="document__body">
          <article className="document__content document__content--memo" aria-label={t('document.content')}>
            <MemoForm draft={memoDraft} organisation={organisationProfile} library={library} readOnly={inTrash} onChange={changeHeader} />
          </article>
          <aside className="document__aside" aria-label={t('document.details')}>
            <SideTabs
              label={t('document.details')}
              tabs={[
                { id: 'quality', label: t('document.tabs.quality'), content: <MemoChecks check={memoCheck} settings={organisationProfile?.memoSettings} metadata={draft.metadata} /> },
                { id: 'details', label: t('document.tabs.details'), content: <MetadataPanel draft={draft} bodies={bodies} readOnly={inTrash} onChange={changeHeader} /> },
              ]}
            />
          </aside>
        </div>
      ) : (
        <EditorErrorBoundary
          fallback={
            <div className="document__body">
              <p className="banner banner--error" role="alert">
                {t('editor.failed')}
              </p>
              <aside className="document__aside" aria-label={t('document.details')}>
                {details}
              </aside>
            </div>
          }
        >
          <ContentEditor initialContent={initialContent} readOnly={inTrash} onChange={contentSave.onChange} onReady={contentSave.onReady}>
            <div className="document__body">
              <article className="document__content" aria-label={t('document.content')}>
                <EditingSurface readOnly={inTrash} />
              </article>
              <aside className="document__aside" aria-label={t('document.details')}>
                <SideTabs
                  label={t('document.details')}
                  tabs={[
                    { id: 'details', label: t('document.tabs.details'), content: details },
                    { id: 'outline', label: t('document.tabs.outline'), content: <OutlinePanel /> },
                    { id: 'quality', label: t('document.tabs.quality'), content: <QualityPanel header={draft} /> },
                  ]}
                />
              </aside>
            </div>
          </ContentEditor>
        </EditorErrorBoundary>
      )}
    </div>
  );
}
