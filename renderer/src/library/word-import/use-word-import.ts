import type { ChosenWordFile } from '@shared/ipc';
import { importedSeed, type ImportChoices, type ImportProposal } from '@shared/import/propose';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host';
import { useOrganisation, useStorage } from '../../storage/storage';
import { describeError } from '../../ui/describe-error';
import { useNotice } from '../../ui/notices';
import { readWordFileInWorker, type WordRefusal } from './read-in-worker';

interface FileBase {
  key: number;
  name: string;
  /** The file as it is on disk, for drawing the original; null when it was too large to be read. */
  bytes: Uint8Array | null;
}

export interface ReadyFile extends FileBase {
  state: 'ready';
  proposal: ImportProposal;
  choices: Required<Pick<ImportChoices, 'declinedBlocks' | 'declinedFields'>> & ImportChoices;
  /** The user still wants this file imported. */
  include: boolean;
}

/** One file of an import: read one after another, then reviewed, then created with the others. */
export type WordImportFile =
  | (FileBase & { state: 'waiting' | 'reading' })
  | (FileBase & { state: 'refused'; refusal: WordRefusal })
  | ReadyFile;

/**
 * The Word import, from choosing files to the documents in the library. Files are read in a Worker one
 * at a time, each shown as soon as it is read; nothing reaches the library until the user imports, and
 * then every accepted file is created in one transaction: all of them or none.
 */
export function useWordImport() {
  const host = useHost();
  const { documents } = useStorage();
  const organisation = useOrganisation();
  const notice = useNotice();
  const { t } = useTranslation();
  const [files, setFiles] = useState<WordImportFile[] | null>(null);
  /** Which import the reading belongs to: a reading that finishes after a cancel changes nothing. */
  const session = useRef(0);

  const update = useCallback((key: number, change: (file: WordImportFile) => WordImportFile) => {
    setFiles((current) => current && current.map((file) => (file.key === key ? change(file) : file)));
  }, []);

  const start = useCallback(
    async (chosen: readonly ChosenWordFile[]) => {
      if (!chosen.length) return;
      const id = ++session.current;
      const initial: WordImportFile[] = chosen.map((file, key) =>
        'tooLarge' in file
          ? { key, name: file.name, bytes: null, state: 'refused', refusal: { code: 'too-large' } }
          : { key, name: file.name, bytes: file.bytes, state: 'waiting' },
      );
      setFiles(initial);
      const profile = organisation?.status === 'ok' ? organisation.organisation : null;
      for (const file of initial) {
        if (file.state !== 'waiting' || !file.bytes) continue;
        if (session.current !== id) return;
        update(file.key, (current) => ({ ...current, state: 'reading' }) as WordImportFile);
        const result = await readWordFileInWorker({ bytes: file.bytes, fileName: file.name, organisation: profile });
        if (session.current !== id) return;
        update(file.key, (current) =>
          result.ok
            ? { ...current, state: 'ready', proposal: result.proposal, include: true, choices: { declinedBlocks: new Set(), declinedFields: new Set() } }
            : { ...current, state: 'refused', refusal: result.refusal },
        );
      }
    },
    [organisation, update],
  );

  const choose = useCallback(async () => {
    try {
      await start(await host.openWordFiles());
    } catch (error) {
      notice({ tone: 'error', text: t('wordImport.failed', { reason: describeError(error, t) }) });
    }
  }, [host, start, notice, t]);

  const cancel = useCallback(() => {
    session.current++;
    setFiles(null);
  }, []);

  const finish = useCallback(async () => {
    const ready = (files ?? []).filter((file): file is ReadyFile => file.state === 'ready' && file.include);
    try {
      await documents.createMany(ready.map((file) => importedSeed(file.proposal, file.choices)));
      session.current++;
      setFiles(null);
      notice({ tone: 'info', text: t('wordImport.imported', { count: ready.length }) });
    } catch (error) {
      notice({ tone: 'error', text: t('wordImport.failed', { reason: describeError(error, t) }) });
    }
  }, [files, documents, notice, t]);

  return { files, start, choose, update, cancel, finish };
}
