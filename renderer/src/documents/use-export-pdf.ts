import { hasMemo, type Memo } from '@shared/model/memo';
import type { HandbokDocument } from '@shared/model/document';
import { attachedDocumentIds } from '@shared/model/memo-attachment';
import type { Organisation } from '@shared/model/organisation';
import { embeddedFontCss } from '@shared/render/fonts';
import type { PdfResult, PdfStage } from '@shared/render/pdf';
import { exportHouseStyle } from '@shared/model/organisation';
import type { RenderWarning } from '@shared/render/warnings';
import { useCallback, useState } from 'react';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { assetFontSource } from './font-source';
import { loadExporters } from './exporters';
import { openPdf } from './pdf-reader';
import { nextFrame, useExportSource, type ExportVariant } from './use-export-source';

/** The file name of a case file starts so: "Ärendepaket – Tjänsteskrivelse – …". */
const CASE_FILE_PREFIX = 'Ärendepaket – ';

/** A PDF made for the preview, kept so that "Spara" writes exactly the pages the user looked at. */
export interface PreviewedPdf {
  title: string;
  pdf: PdfResult;
}

export type PdfExportState =
  | { status: 'idle' }
  | { status: 'working'; stage: PdfStage | 'preparing' }
  | { status: 'preview'; preview: PreviewedPdf }
  | { status: 'done'; warnings: RenderWarning[]; format: 'pdf' | 'html' }
  | { status: 'failed'; error: unknown }
  /** The host cannot print (a browser tab): the user is told where PDF is made, and offered the same text as HTML. */
  | { status: 'unavailable'; variant?: ExportVariant; caseFile?: boolean };

/**
 * Makes a document's PDF with the host's printer (shared/render/pdf: a layout printing, then the
 * tagged PDF with the page numbers in its contents), to preview or to save. The state drives the
 * progress, the preview and the result shown to the user.
 */
export function useExportPdf(id: string, flush: () => Promise<void>) {
  const host = useHost();
  const source = useExportSource(id, flush);
  const { documents } = useStorage();
  const [state, setState] = useState<PdfExportState>({ status: 'idle' });

  /** The memo's bilagor as stored, resolved for the case file; one that cannot be read stops the export with its reason. */
  const loadBilagor = useCallback(
    async (memo: HandbokDocument & { memo: Memo }, organisation: Organisation | null, format: 'pdf' | 'html') => {
      const ids = attachedDocumentIds(memo.memo.attachments);
      const loaded = await Promise.all(ids.map((attachmentId) => documents.get(attachmentId)));
      if (loaded.some((each) => !each?.ok)) throw new Error('attachment-unreadable');
      const byId = new Map(loaded.flatMap((each) => (each?.ok ? [[each.document.id, each.document] as const] : [])));
      const { resolveCaseFileBilagor } = await loadExporters();
      return resolveCaseFileBilagor(memo, { document: (id) => byId.get(id), file: (id) => memo.files?.find((file) => file.id === id) }, organisation, format);
    },
    [documents],
  );

  const save = useCallback(
    async ({ title, pdf }: PreviewedPdf) => {
      try {
        const saved = await host.saveFile({ kind: 'pdf', suggestedName: title || 'dokument', bytes: pdf.bytes });
        setState(saved ? { status: 'done', warnings: pdf.warnings, format: 'pdf' } : { status: 'idle' });
      } catch (error) {
        setState({ status: 'failed', error });
      }
    },
    [host],
  );

  /**
   * `preview` shows the pages first; `save` goes straight to the save dialog. A memo's case file
   * (`withAttachments`) is the memo with its bilagor appended, in one PDF.
   */
  const run = useCallback(
    async (purpose: 'preview' | 'save', withAttachments = false, variant?: ExportVariant) => {
      const printer = host.pdfPrinter;
      if (!printer) return setState({ status: 'unavailable', ...(variant && { variant }), ...(withAttachments && { caseFile: true }) });
      setState({ status: 'working', stage: 'preparing' });
      try {
        const { document, fileName, organisation, resolveReference, changesAgainst } = await source(variant);
        const tools = { resolveReference, ...(changesAgainst && { changesAgainst }), printer, openPdf, fonts: assetFontSource, onStage: (stage: PdfStage) => setState({ status: 'working', stage }) };
        const attachments = withAttachments && hasMemo(document) ? await loadBilagor(document, organisation, 'pdf') : null;
        const { exportCaseFilePdf, exportPdf } = await loadExporters();
        await nextFrame();
        const pdf =
          attachments && hasMemo(document)
            ? await exportCaseFilePdf(document, attachments, organisation, tools)
            : await exportPdf(document, organisation, tools);
        const made = { title: attachments ? `${CASE_FILE_PREFIX}${fileName}` : fileName, pdf };
        if (purpose === 'preview') setState({ status: 'preview', preview: made });
        else await save(made);
      } catch (error) {
        setState({ status: 'failed', error });
      }
    },
    [host, save, source, loadBilagor],
  );

  /**
   * Where no PDF can be made: the same page as HTML, to open and print in a browser, with the PDF's
   * fonts inside it. The case file's page holds the memo and every bilaga, as the PDF does.
   */
  const saveHtml = useCallback(
    async (variant?: ExportVariant, caseFile = false) => {
      try {
        const { document, fileName, organisation, resolveReference, changesAgainst } = await source(variant);
        const fontCss = await embeddedFontCss(exportHouseStyle(organisation), assetFontSource);
        const options = { resolveReference, fontCss, ...(changesAgainst && { changesAgainst }) };
        const { exportCaseFileHtml, exportHtml } = await loadExporters();
        const { html, warnings } =
          caseFile && hasMemo(document)
            ? exportCaseFileHtml(document, await loadBilagor(document, organisation, 'html'), organisation, options)
            : exportHtml(document, organisation, options);
        const suggestedName = caseFile ? `${CASE_FILE_PREFIX}${fileName}` : fileName;
        const saved = await host.saveFile({ kind: 'html', suggestedName, bytes: new TextEncoder().encode(html) });
        setState(saved ? { status: 'done', warnings, format: 'html' } : { status: 'idle' });
      } catch (error) {
        setState({ status: 'failed', error });
      }
    },
    [host, source, loadBilagor],
  );

  return { state, run, save, saveHtml, reset: () => setState({ status: 'idle' }) };
}
