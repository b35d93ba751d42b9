import { renderDocx, type DocxWarning } from '@shared/render/docx';
import { useCallback, useState } from 'react';
import { useHost } from '../host';
import { readableHeaders } from '../storage/documents-repository';
import { useOrganisation, useStorage } from '../storage/storage';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; warnings: DocxWarning[] }
  | { status: 'failed'; error: unknown };

/**
 * Exports a document to Word: what is typed is saved first (`flush`), then the stored document is
 * written with the organisation's profile and handed to the host to save. The state drives the
 * progress and the result shown to the user.
 */
export function useExportWord(id: string, flush: () => Promise<void>) {
  const { documents } = useStorage();
  const host = useHost();
  const organisation = useOrganisation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const run = useCallback(async () => {
    setState({ status: 'working' });
    try {
      await flush();
      const loaded = await documents.get(id);
      if (!loaded?.ok) throw new Error('document-unreadable');
      const library = readableHeaders(await documents.listHeaders());
      // Let the "exporting" state reach the screen before the work takes the main thread.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const { bytes, warnings } = await renderDocx(loaded.document, organisation?.status === 'ok' ? organisation.organisation : null, {
        resolveReference: (target) => library.get(target),
      });
      const saved = await host.saveFile({ kind: 'docx', suggestedName: loaded.document.title || 'dokument', bytes });
      setState(saved ? { status: 'done', warnings } : { status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [documents, flush, host, id, organisation]);

  return { state, run, reset: () => setState({ status: 'idle' }) };
}
