import type { RenderWarning } from '@shared/render/warnings';
import { useCallback, useState } from 'react';
import { useHost } from '../host';
import { assetFontSource } from './font-source';
import { loadExporters } from './exporters';
import { openPdf } from './pdf-reader';
import { nextFrame, useExportSource, type ExportVariant } from './use-export-source';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; detail?: string }
  | { status: 'done'; warnings: RenderWarning[] }
  | { status: 'failed'; error: unknown };

/**
 * Exports a document to Word: the stored document (what is typed is saved first) is written with the
 * organisation's profile, its table of contents with the page numbers of the PDF's layout printing
 * where the host can print, and handed to the host to save. The state drives the progress and the result
 * shown to the user.
 */
export function useExportWord(id: string, flush: () => Promise<void>) {
  const host = useHost();
  const source = useExportSource(id, flush);
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const run = useCallback(async (variant?: ExportVariant) => {
    setState({ status: 'working' });
    try {
      const { document, fileName, organisation, resolveReference, changesAgainst } = await source(variant);
      await nextFrame();
      // Where the host can print, the layout printing gives the contents their page numbers; else Word fills them in.
      const printer = host.pdfPrinter;
      const pdfTools = printer ? { printer, openPdf, fonts: assetFontSource } : undefined;
      const { exportDocx } = await loadExporters();
      const { bytes, warnings } = await exportDocx(document, organisation, { resolveReference, ...(changesAgainst && { changesAgainst }), ...(pdfTools ? { pdfTools } : {}) });
      const saved = await host.saveFile({ kind: 'docx', suggestedName: fileName, bytes });
      setState(saved ? { status: 'done', warnings } : { status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [host, source]);

  return { state, run, reset: () => setState({ status: 'idle' }) };
}
