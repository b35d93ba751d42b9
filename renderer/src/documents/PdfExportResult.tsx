import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { ExportResult } from './ExportResult';
import { PrintPreview } from './PrintPreview';
import type { useExportPdf, PdfExportState } from './use-export-pdf';
import type { ExportState } from './use-export-word';

/** The PDF export's progress, preview, result, or, where no PDF can be made, what to do instead. */
export function PdfExportResult({ exportPdf }: { exportPdf: ReturnType<typeof useExportPdf> }) {
  const { t } = useTranslation();
  const { state, save, saveHtml, reset } = exportPdf;
  if (state.status === 'preview') return <PrintPreview preview={state.preview} onSave={() => void save(state.preview)} onClose={reset} />;
  if (state.status === 'unavailable') {
    return (
      <Dialog
        title={t('export.pdfUnavailable.title')}
        onClose={reset}
        footer={
          <button type="button" className="button button--primary" onClick={() => void saveHtml(state.variant, state.caseFile)}>
            {t('export.pdfUnavailable.saveHtml')}
          </button>
        }
      >
        <p>{t('export.pdfUnavailable.text')}</p>
      </Dialog>
    );
  }
  return <ExportResult state={asExportState(state, t)} format={state.status === 'done' ? state.format : 'pdf'} onClose={reset} />;
}

function asExportState(state: PdfExportState, t: (key: string) => string): ExportState {
  return state.status === 'working' ? { status: 'working', detail: t(`export.stages.${state.stage}`) } : state.status === 'preview' || state.status === 'unavailable' ? { status: 'idle' } : state;
}
