import { useEffect, useRef, useState } from 'react';
import { onDocumentCommand } from '../ui/document-commands';
import { useExportPdf } from './use-export-pdf';
import { useExportWord } from './use-export-word';
import type { ExportVariant } from './use-export-source';

/**
 * The document's exports (Word, PDF, print preview, the memo's case file), from its bar and from the
 * menu. Each first stores what is unsaved (`flushAll`). Where `needsConfirmation` (a memo not ready for
 * decision), an export waits as `pending` until the user has seen what is lacking and confirms.
 */
export function useDocumentExports(id: string, flushAll: () => Promise<void>, needsConfirmation: boolean) {
  const word = useExportWord(id, flushAll);
  const pdf = useExportPdf(id, flushAll);
  const [pendingExport, setPendingExport] = useState<(() => void) | null>(null);
  const guarded = (run: () => void) => () => {
    if (needsConfirmation) setPendingExport(() => run);
    else run();
  };
  const { run: runWordNow } = word;
  const { run: runPdfNow } = pdf;
  const runWord = (variant?: ExportVariant) => guarded(() => void runWordNow(variant))();
  const runPdf = (purpose: 'preview' | 'save', withAttachments = false, variant?: ExportVariant) => guarded(() => void runPdfNow(purpose, withAttachments, variant))();

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

  return {
    word,
    pdf,
    runWord,
    runPdf,
    pending: pendingExport !== null,
    confirmPending: () => {
      setPendingExport(null);
      pendingExport?.();
    },
    cancelPending: () => setPendingExport(null),
  };
}

export type DocumentExports = ReturnType<typeof useDocumentExports>;
