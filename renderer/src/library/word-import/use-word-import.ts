import type { ChosenWordFile } from '@shared/ipc';
import { importedSeed, type ImportChoices, type ImportProposal } from '@shared/import/propose';
import type { WordBackPlan } from '@shared/import/word-back/plan';
import { DocumentChangedError } from '@shared/storage-errors';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host';
import { useOrganisation, useStorage } from '../../storage/storage';
import { describeError } from '../../ui/describe-error';
import { useNotice } from '../../ui/notices';
import { navigate } from '../../ui/routes';
import { readWordFileInWorker, type WordRefusal } from './read-in-worker';
import { draftContentOf, loadWordBackPlan } from './word-back';

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
  /**
   * What the file can become when it came from a library document (a new draft of it); null when it
   * came from none, undefined while the library is being looked in.
   */
  wordBack: WordBackPlan | null | undefined;
  /** A new draft of the document the file came from, or a new document. */
  target: 'draft' | 'new';
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
  /** Counts the imports that made drafts: the document screen is keyed by it, so that it loads the new draft. */
  const [reopened, setReopened] = useState(0);

  const update = useCallback((key: number, change: (file: WordImportFile) => WordImportFile) => {
    setFiles((current) => current && current.map((file) => (file.key === key ? change(file) : file)));
  }, []);

  /** Where the file came from, looked up after it is read; the review starts on what the plan suggests. */
  const lookUpOrigin = useCallback(
    async (id: number, key: number, proposal: ImportProposal) => {
      let plan: WordBackPlan | null = null;
      try {
        plan = await loadWordBackPlan(documents, proposal);
      } catch {
        // The library could not be read: the file is still imported as a new document, as any other.
      }
      if (session.current !== id) return;
      update(key, (current) => (current.state === 'ready' ? { ...current, wordBack: plan, target: plan?.draftFrom && plan.suggested === 'draft' ? 'draft' : 'new' } : current));
    },
    [documents, update],
  );

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
            ? { ...current, state: 'ready', proposal: result.proposal, include: true, choices: { declinedBlocks: new Set(), declinedFields: new Set() }, wordBack: undefined, target: 'new' }
            : { ...current, state: 'refused', refusal: result.refusal },
        );
        if (result.ok) void lookUpOrigin(id, file.key, result.proposal);
      }
    },
    [organisation, update, lookUpOrigin],
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
    const drafting = ready.filter((file) => file.target === 'draft' && file.wordBack?.draftFrom && file.wordBack.documentId !== null);
    const created = ready.filter((file) => !drafting.includes(file));
    const drafts = drafting.map((file) => {
      const plan = file.wordBack!;
      return { id: plan.documentId!, fromVersionId: plan.draftFrom!.id, content: draftContentOf(file.proposal, plan.draftFrom!.content), revision: plan.revision!, title: plan.title ?? '' };
    });
    const twice = drafts.find((draft, index) => drafts.findIndex((other) => other.id === draft.id) !== index);
    if (twice) {
      notice({ tone: 'error', text: t('wordImport.back.sameDocumentTwice', { title: twice.title }) });
      return;
    }
    try {
      await documents.importWordFiles(
        created.map((file) => importedSeed(file.proposal, file.choices)),
        drafts,
      );
      session.current++;
      setFiles(null);
      const said = [
        ...(created.length ? [t('wordImport.imported', { count: created.length })] : []),
        ...(drafts.length ? [t('wordImport.back.draftsMade', { count: drafts.length, title: drafts[0]!.title })] : []),
      ];
      notice({ tone: 'info', text: said.join(' ') });
      if (drafts.length) {
        // The document is opened on its new draft; a screen already showing it is drawn again from storage.
        setReopened((count) => count + 1);
        navigate({ screen: 'document', id: drafts[0]!.id });
      }
    } catch (error) {
      const changed = error instanceof DocumentChangedError ? drafts.find((draft) => draft.id === error.documentId) : undefined;
      // The review is brought up to date, so that what the user imports next is judged on the document as it is now.
      if (changed) for (const file of ready) void lookUpOrigin(session.current, file.key, file.proposal);
      const reason = changed ? t('wordImport.back.changedSinceReview', { title: changed.title }) : describeError(error, t);
      notice({ tone: 'error', text: t('wordImport.failed', { reason }) });
    }
  }, [files, documents, notice, t, lookUpOrigin]);

  return { files, start, choose, update, cancel, finish, reopened };
}
