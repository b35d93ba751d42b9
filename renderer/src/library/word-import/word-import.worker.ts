import { readDocx } from '@shared/import/docx/read-docx';
import { proposeImport } from '@shared/import/propose';
import type { WordReadRequest, WordReadResult } from './read-in-worker';

/**
 * Reads one Word file and proposes what it becomes, away from the window: a large or hostile file
 * costs this Worker's time, never the editor's, and the window can stop it (read-in-worker.ts).
 */
self.onmessage = async (event: MessageEvent<WordReadRequest>) => {
  const { bytes, fileName, organisation } = event.data;
  let result: WordReadResult;
  try {
    const read = await readDocx(bytes);
    result = read.ok ? { ok: true, proposal: proposeImport(read.reading, { fileName, organisation }) } : { ok: false, refusal: read.refusal };
  } catch (error) {
    // mammoth reads a damaged file until it cannot; what it then throws means the same to the user.
    result = { ok: false, refusal: { code: 'truncated', detail: error instanceof Error ? error.message : String(error) } };
  }
  self.postMessage(result);
};
