import type { DocumentHeader, HandbokDocument } from '@shared/model/document';
import type { SerializedContent } from '@shared/model/content';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { checkMemo } from '@shared/memo/checks';
import { hasMemo } from '@shared/model/memo';
import { hasVersions, isLocked } from '@shared/model/versions';
import { FindBar, useFindInElement } from '../find';
import { ContentEditor, EditingSurface, EditorErrorBoundary, EditorLibraryProvider, OutlinePanel, QualityPanel, type EditorLibrary } from '../editor';
import { headerStamp, readableHeaders, type ContentBase, type LoadedDocument } from '../storage/documents-repository';
import { useMetadataLabel, useMetadataWords } from '../storage/metadata-labels';
import { useDocumentHeader, useDocumentHeaders, useOrganisation, useStorage } from '../storage/storage';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { chosenView, useReadsOnly } from '../ui/reading-preference';
import { hrefOf, type DocumentView } from '../ui/routes';
import { combinedSaveStateSource } from '../ui/save-state';
import { ContentConflictDialog } from './ContentConflictDialog';
import { DecisionHistory } from './DecisionHistory';
import { DocumentBar } from './DocumentBar';
import { ExportResult } from './ExportResult';
import type { MemoParts } from './memo-parts';
import { MetadataPanel } from './MetadataPanel';
import { PdfExportResult } from './PdfExportResult';
import { SideTabs } from './SideTabs';
import { UnreadableDocument } from './UnreadableDocument';
import { UnsavedContentBanner } from './UnsavedContentBanner';
import { VersionBanner } from './VersionBanner';
import { VersionsPanel } from './VersionsPanel';
import { useContentSaving } from './use-content-saving';
import { useDocumentExports } from './use-document-exports';
import { useHeaderDraft } from './use-header-draft';

/**
 * The reading page of a document, which the reading feature makes and the app hands in (features do
 * not import one another, as with the memo's parts).
 */
export type ReadingPart = ComponentType<{ header: DocumentHeader; document: HandbokDocument; block?: string | undefined }>;

/**
 * Opens one document: in reading mode, or its content in the editor with its metadata and decision
 * history beside it. `view` is the one the address asks for; `block` a block to open at.
 */
export function DocumentScreen({ id, memo, reading: Reading, view, block }: { id: string; memo: MemoParts; reading: ReadingPart; view?: DocumentView | undefined; block?: string | undefined }) {
  const { t } = useTranslation();
  const header = useDocumentHeader(id);
  const { documents } = useStorage();
  const [readsOnly] = useReadsOnly();
  const [openedIn, setOpenedIn] = useState<DocumentView | null>(null);
  const [loaded, setLoaded] = useState<LoadedDocument | null | undefined>(undefined);
  // Counts the times the stored content was replaced under the editor (a revision begun, a version restored).
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    void documents.get(id).then((document) => current && setLoaded(document ?? null));
    return () => {
      current = false;
    };
    // Read again when the view changes: reading mode shows what the editor has just stored, and the editor starts from it.
  }, [documents, id, reloads, view]);

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
  const viewed = { ...header.header, isMemo: hasMemo(header.header) };
  // The view a document opens in is chosen once, when it opens: a status set to Gällande in the editor
  // must not carry the writer off to reading mode in the middle of their work.
  if (openedIn === null) setOpenedIn(chosenView(viewed, undefined, readsOnly));
  if (chosenView(viewed, view ?? openedIn ?? undefined, readsOnly) === 'read') return <Reading header={header.header} document={loaded.document} block={block} />;
  return (
    <DocumentEditor
      key={`${id}:${loaded.contentRevision ?? ''}:${reloads}`}
      onReload={reload}
      header={header.header}
      memo={memo}
      initialContent={loaded.document.content}
      loadedBase={{ revision: loaded.contentRevision, headerStamp: headerStamp(loaded.document) }}
    />
  );
}

/**
 * The editor with find (Ctrl+F) over its text. Find searches the editable surface only, found inside
 * the article as the element with contenteditable (Lexical's root), so the toolbar's words never match.
 * Memoised: every autosave moves the document's header and renders the screen again, and the editing
 * surface (toolbar included) has nothing to show for it.
 */
const EditorWithFind = memo(function EditorWithFind({ label, readOnly }: { label: string; readOnly: boolean }) {
  const article = useRef<HTMLElement>(null);
  const find = useFindInElement(useEditableWithin(article));
  return (
    <article ref={article} className="document__content" aria-label={label}>
      <FindBar find={find} />
      <EditingSurface readOnly={readOnly} />
    </article>
  );
});

/** A ref to the editable element inside a container, looked up when find reads it. */
function useEditableWithin(container: RefObject<HTMLElement | null>): RefObject<HTMLElement | null> {
  return useMemo(
    () => ({
      get current() {
        return container.current?.querySelector<HTMLElement>('[contenteditable]') ?? null;
      },
    }),
    [container],
  );
}

const NO_DOCUMENTS: ReadonlyMap<string, DocumentHeader> = new Map();

/** The quality tab: the editor's panel, with the metadata's problems in the organisation's words. */
function DocumentQuality({ header }: { header: Pick<DocumentHeader, 'status' | 'metadata'> }) {
  return <QualityPanel metadataProblems={useMetadataWords().problems(header)} />;
}

function DocumentEditor({
  header,
  memo: Memo,
  initialContent,
  loadedBase,
  onReload,
}: {
  /** Loads the stored content into a new editor, after something replaced it. */
  onReload: () => void;
  header: DocumentHeader;
  memo: MemoParts;
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
  // An adopted version is shown as decided: only its decision history takes new entries (a repeal, a review).
  const locked = isLocked(header);
  const readOnly = inTrash || locked;
  const id = header.id;

  const headerSave = useHeaderDraft(header);
  const contentSave = useContentSaving(header, initialContent, loadedBase);
  const { draft, latest } = headerSave;

  const { flush: flushHeader } = headerSave;
  const { flush: flushContent } = contentSave;
  const { change: changeDraft } = headerSave;
  const saveState = useMemo(() => combinedSaveStateSource(headerSave.saveState, contentSave.saveState), [headerSave.saveState, contentSave.saveState]);
  // A decision or a status may adopt the document, which freezes its stored content: what is typed is
  // stored first, and the change is made from the header as it stands then.
  const afterContentStored = useCallback((change: () => void) => void flushContent().then(change), [flushContent]);
  const changeHeader = useCallback(
    (changes: Parameters<typeof changeDraft>[0]) => ('status' in changes ? afterContentStored(() => changeDraft(changes)) : changeDraft(changes)),
    [afterContentStored, changeDraft],
  );
  const flushAll = useCallback(async () => {
    await Promise.all([flushHeader(), flushContent()]);
  }, [flushHeader, flushContent]);
  const organisationProfile = organisation?.status === 'ok' ? organisation.organisation : null;
  const memoDraft = hasMemo(draft) ? draft : null;
  // Checked when the memo or the organisation changes, not on every render (a keystroke in another field, a save state).
  const memoCheck = useMemo(() => (memoDraft ? checkMemo(memoDraft, memoDraft.memo, organisationProfile) : null), [memoDraft, organisationProfile]);
  // A memo that is not ready for decision is exported only after the user has seen what it lacks.
  const exports = useDocumentExports(id, flushAll, memoCheck !== null && memoCheck.problems.length > 0);
  const [creatingMemo, setCreatingMemo] = useState(false);
  // The memo of a revision names its changes: what is typed is stored before they are compared.
  const createMemo = () => void flushAll().then(() => setCreatingMemo(true));
  const headers = useDocumentHeaders();
  const readable = useMemo(() => (headers === undefined ? undefined : readableHeaders(headers)), [headers]);
  const library = useMemo<EditorLibrary>(() => ({ documents: readable, hrefOf: (documentId) => hrefOf({ screen: 'document', id: documentId }) }), [readable]);

  const details = (
    <>
      <MetadataPanel draft={draft} bodies={bodies} readOnly={readOnly} onChange={changeHeader} />
      <Memo.Linked documentId={id} />
      <DecisionHistory
        decisions={draft.decisions}
        bodies={bodies}
        readOnly={inTrash}
        onChange={(update) => afterContentStored(() => changeDraft({ decisions: update(latest().decisions) }))}
      />
    </>
  );
  return (
    <div className="document">
      <DocumentBar
        saveState={saveState}
        readOnly={inTrash}
        onRetry={() => void Promise.all([headerSave.retry(), contentSave.retry()])}
        exports={exports}
        isMemo={memoDraft !== null}
        onCreateMemo={createMemo}
        documentId={header.id}
      />
      <ExportResult state={exports.word.state} format="word" onClose={exports.word.reset} />
      <PdfExportResult exportPdf={exports.pdf} />
      {creatingMemo && <Memo.CreateDialog subject={header} organisation={organisationProfile} onClose={() => setCreatingMemo(false)} />}
      {contentSave.conflict && <ContentConflictDialog conflict={contentSave.conflict} onSettle={(keep) => void contentSave.settleConflict(keep)} />}
      {exports.pending && memoCheck && (
        <Memo.ExportWarning problems={memoCheck.problems} settings={organisationProfile?.memoSettings} onCancel={exports.cancelPending} onConfirm={exports.confirmPending} />
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
      {!inTrash && (
        <VersionBanner
          header={header}
          flush={flushAll}
          onCreateMemo={createMemo}
          onRevise={() => void documents.revise(id).then(onReload, (error: unknown) => notice({ tone: 'error', text: describeError(error, t) }))}
        />
      )}
      {!readOnly && <UnsavedContentBanner documentId={id} onRestore={contentSave.restoreUnsaved} />}
      {!memoDraft && !inTrash && (
        <div className="document__views">
          <a className="button button--small" href={hrefOf({ screen: 'document', id, view: 'read' })} title={t('reading.readHint')}>
            {t('reading.read')}
          </a>
        </div>
      )}
      <input
        className="document__title"
        aria-label={label('documentName')}
        value={draft.title}
        title={draft.title}
        placeholder={t('library.untitled')}
        readOnly={readOnly}
        onChange={(event) => changeHeader({ title: event.target.value })}
      />
      <div className="document__kind muted">
        {t(`kind.${draft.kind}`)} · {t(`status.${draft.status}`)}
      </div>
      {memoDraft && memoCheck ? (
        <div className="document__body">
          <article className="document__content document__content--memo" aria-label={t('document.content')}>
            <Memo.Form memoId={id} draft={memoDraft} organisation={organisationProfile} library={readable ?? NO_DOCUMENTS} readOnly={inTrash} onChange={changeHeader} />
          </article>
          <aside className="document__aside" aria-label={t('document.details')}>
            <SideTabs
              label={t('document.details')}
              tabs={[
                { id: 'quality', label: t('document.tabs.quality'), content: <Memo.Checks check={memoCheck} settings={organisationProfile?.memoSettings} metadata={draft.metadata} /> },
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
          <EditorLibraryProvider library={library}>
            <ContentEditor initialContent={initialContent} readOnly={readOnly} onChange={contentSave.onChange} onReady={contentSave.onReady}>
              <div className="document__body">
                <EditorWithFind label={t('document.content')} readOnly={readOnly} />
                <aside className="document__aside" aria-label={t('document.details')}>
                  <SideTabs
                    label={t('document.details')}
                    tabs={[
                      { id: 'details', label: t('document.tabs.details'), content: details },
                      { id: 'outline', label: t('document.tabs.outline'), content: <OutlinePanel /> },
                      { id: 'quality', label: t('document.tabs.quality'), content: <DocumentQuality header={draft} /> },
                      ...(hasVersions(header) ? [{ id: 'versions', label: t('versions.tab'), content: <VersionsPanel header={header} flush={flushAll} exports={exports} onRestored={onReload} /> }] : []),
                    ]}
                  />
                </aside>
              </div>
            </ContentEditor>
          </EditorLibraryProvider>
        </EditorErrorBoundary>
      )}
    </div>
  );
}
