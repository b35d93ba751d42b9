import { exportDocx } from '@shared/render/export';
import type { RenderWarning } from '@shared/render/warnings';
import { useCallback, useState } from 'react';
import { useHost } from '../host';
import { nextFrame, useExportSource } from './use-export-source';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; detail?: string }
  | { status: 'done'; warnings: RenderWarning[] }
  | { status: 'failed'; error: unknown };

/**
 * Exports a document to Word: the stored document (what is typed is saved first) is written with the
 * organisation's profile and handed to the host to save. The state drives the progress and the result
 * shown to the user.
 */
export function useExportWord(id: string, flush: () => Promise<void>) {
  const host = useHost();
  const source = useExportSource(id, flush);
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const run = useCallback(async () => {
    setState({ status: 'working' });
    try {
      const { document, organisation, resolveReference } = await source();
      await nextFrame();
      const { bytes, warnings } = await exportDocx(document, organisation, { resolveReference });
      const saved = await host.saveFile({ kind: 'docx', suggestedName: document.title || 'dokument', bytes });
      setState(saved ? { status: 'done', warnings } : { status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [host, source]);

  return { state, run, reset: () => setState({ status: 'idle' }) };
}
