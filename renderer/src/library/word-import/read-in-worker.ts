import type { DocxRefusal } from '@shared/import/docx/package';
import type { ImportProposal } from '@shared/import/propose';
import type { Organisation } from '@shared/model/organisation';

export interface WordReadRequest {
  bytes: Uint8Array;
  fileName: string;
  organisation: Organisation | null;
}

/** A refusal of the reader, or 'too-slow' when the Worker was stopped at the time limit. */
export type WordRefusal = DocxRefusal | { code: 'too-slow'; detail?: string };
export type WordReadResult = { ok: true; proposal: ImportProposal } | { ok: false; refusal: WordRefusal };

/** Long enough for a 300-page handbook on a slow laptop; a file that takes longer is not a document. */
export const WORD_READ_TIME_LIMIT_MS = 60_000;

/**
 * Reads a Word file in a Worker of its own and ends the Worker when it answers or when the time limit
 * passes, so that no file can hold the window or leave work running behind it.
 */
export function readWordFileInWorker(request: WordReadRequest, timeLimitMs = WORD_READ_TIME_LIMIT_MS): Promise<WordReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./word-import.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: WordReadResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, refusal: { code: 'too-slow' } }), timeLimitMs);
    worker.onmessage = (event: MessageEvent<WordReadResult>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, refusal: { code: 'truncated', detail: event.message } });
    };
    // Copied, not transferred: the review still draws the original from the same bytes.
    worker.postMessage(request);
  });
}
