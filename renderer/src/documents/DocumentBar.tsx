import { useTranslation } from 'react-i18next';
import { hrefOf } from '../ui/routes';
import { SaveIndicator } from '../ui/SaveIndicator';
import type { SaveStateSource } from '../ui/save-state';
import type { DocumentExports } from './use-document-exports';
import { ShareButton } from './ShareButton';

/** The bar above a document: back to the library, whether it is saved, and its exports. */
export function DocumentBar({
  saveState,
  readOnly,
  onRetry,
  exports,
  isMemo,
  onCreateMemo,
  documentId,
}: {
  saveState: SaveStateSource;
  readOnly: boolean;
  onRetry: () => void;
  exports: DocumentExports;
  /** A memo offers its case file; any other document, outside the trash, the writing of a memo about it. */
  isMemo: boolean;
  onCreateMemo: () => void;
  documentId: string;
}) {
  const { t } = useTranslation();
  const pdfBusy = exports.pdf.state.status === 'working';
  const { runWord, runPdf } = exports;
  return (
    <header className="document__bar">
      <a href={hrefOf({ screen: 'library' })} className="document__back">
        ← {t('document.back')}
      </a>
      <div className="document__actions">
        <SaveIndicator source={saveState} readOnly={readOnly} onRetry={onRetry} />
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="Control+Shift+E"
          disabled={exports.word.state.status === 'working'}
          onClick={() => runWord()}
        >
          {t('export.word')}
        </button>
        <button type="button" className="button button--small" aria-keyshortcuts="Control+P" disabled={pdfBusy} onClick={() => void runPdf('preview')}>
          {t('export.preview')}
        </button>
        <button type="button" className="button button--small" aria-keyshortcuts="Control+Shift+P" disabled={pdfBusy} onClick={() => void runPdf('save')}>
          {t('export.pdf')}
        </button>
        {isMemo && (
          <button type="button" className="button button--small" disabled={pdfBusy} onClick={() => runPdf('save', true)}>
            {t('memo.caseFile')}
          </button>
        )}
        {!isMemo && !readOnly && (
          <button type="button" className="button button--small" onClick={onCreateMemo}>
            {t('memo.create')}
          </button>
        )}
        {!readOnly && <ShareButton documentId={documentId} />}
      </div>
    </header>
  );
}
