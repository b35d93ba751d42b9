import type { SerializedContent } from '@shared/model/content';
import type { DocumentHeader } from '@shared/model/document';
import { mergeContent, type ContentConflict } from '@shared/model/merge-content';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { ContentSerializer, putStoredContent, serializedAsEditor } from '../editor';
import { ContentConflictError } from '@shared/storage-errors';
import { headerStamp, type ContentBase } from '../storage/documents-repository';
import { useStorage } from '../storage/storage';
import { forgetUnsaved, rememberUnsaved } from './unsaved-journal';
import { useAutosave } from '../ui/use-autosave';
import { STILL_SAVING } from '../ui/save-state';

type Stored = { content: string; revision: string | null };
/**
 * What this window's content was last in step with: the stored content as text (null until needed:
 * the content as loaded, made on demand), its revision and the header's stamp.
 */
type Base = ContentBase & { content: string | null };

/** Both sides changed the same blocks: the user chooses, and the version not chosen becomes a copy. */
export interface OpenConflict {
  theirs: Stored;
  conflicts: ContentConflict[];
}

const parse = (text: string) => JSON.parse(text) as SerializedContent;

/**
 * Autosaves the editor's content so that two windows on one document never overwrite each other:
 * each save is made over the revision this window last loaded or saved. When another window saved
 * in between, its content is merged with this window's changes block by block and put in the editor;
 * when both changed the same blocks, the conflict is shown (`conflict`) for the user to settle. An
 * idle window takes in what another one saved as soon as it was saved. A save that fails for another
 * reason keeps the content in memory, retries, and leaves it in the unsaved journal for a restart.
 */
export function useContentSaving(header: DocumentHeader, initialContent: SerializedContent, loaded: ContentBase) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { documents } = useStorage();
  const id = header.id;
  const editorRef = useRef<LexicalEditor | null>(null);
  // The serialiser of the editor's changes, once there was one (ContentChangesPlugin's).
  const latestSerialize = useRef<(() => string) | null>(null);
  const base = useRef<Base>({ content: null, ...loaded });
  const saving = useRef(0);
  const [conflict, setConflict] = useState<OpenConflict | null>(null);

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
  }, []);

  // Both in the serialiser's own form, so that blocks nobody touched compare equal. The loaded
  // content is serialised only when a merge needs it: never, as long as one window edits.
  const baseText = (editor: LexicalEditor) => (base.current.content ??= serializedAsEditor(editor, initialContent));
  const currentText = (editor: LexicalEditor) => latestSerialize.current?.() ?? new ContentSerializer(editor).serialize();

  const reconcileRef = useRef<(theirs: Stored) => void>(() => undefined);
  const save = useCallback(
    async (text: string) => {
      saving.current += 1;
      try {
        base.current = { content: text, ...(await documents.saveContent(id, text, base.current)) };
        forgetUnsaved(id);
      } catch (error) {
        if (error instanceof ContentConflictError) reconcileRef.current(error.theirs);
        else {
          rememberUnsaved(id, text);
          throw error;
        }
      } finally {
        saving.current -= 1;
      }
    },
    [documents, id],
  );
  // The content is serialised only when it is saved, not on every keystroke.
  const autosave = useAutosave<() => string>((serialize) => save(serialize()));
  const { schedule } = autosave;
  const onChange = useCallback(
    (serialize: () => string) => {
      latestSerialize.current = serialize;
      schedule(serialize);
    },
    [schedule],
  );

  // Brings in content another window stored: merged with this window's unsaved changes, or shown.
  const reconcile = (theirs: Stored) => {
    const editor = editorRef.current;
    if (!editor) return;
    const mine = currentText(editor);
    const merged = mergeContent(parse(baseText(editor)), parse(mine), parse(theirs.content));
    if (!merged.ok) {
      setConflict({ theirs, conflicts: merged.conflicts });
      return;
    }
    const unsavedHere = mine !== baseText(editor);
    base.current = { ...theirs, headerStamp: null };
    putStoredContent(editor, merged.content);
    if (unsavedHere) {
      const mergedText = currentText(editor);
      schedule(() => mergedText);
      notice({ tone: 'info', text: t('conflict.merged') });
    }
  };
  useEffect(() => {
    reconcileRef.current = reconcile;
  });

  // An idle window follows the stored content. Every content save moves the header, so the content is
  // read only when the header moved and this window did not move it.
  const { pending } = autosave;
  const stamp = headerStamp(header);
  useEffect(() => {
    if (stamp === base.current.headerStamp || pending.current || saving.current > 0 || conflict) return;
    let current = true;
    void documents.storedContent(id).then((stored) => {
      if (!current || !stored || pending.current || saving.current > 0) return;
      if (stored.revision === base.current.revision) base.current = { ...base.current, headerStamp: stamp };
      else reconcileRef.current(stored);
    });
    return () => {
      current = false;
    };
  }, [documents, id, stamp, pending, conflict]);

  /** Puts content a failed save left behind back into the editor, and saves it. */
  const restoreUnsaved = (text: string) => {
    const editor = editorRef.current;
    if (!editor) return;
    putStoredContent(editor, parse(text));
    schedule(() => text);
  };

  /** Settles an open conflict: the chosen version stays in the document, the other becomes a copy. */
  const settleConflict = async (keep: 'mine' | 'theirs') => {
    const editor = editorRef.current;
    if (!conflict || !editor) return;
    const mine = currentText(editor);
    const [kept, copied] = keep === 'mine' ? [mine, conflict.theirs.content] : [conflict.theirs.content, mine];
    try {
      const copyTitle = t(keep === 'mine' ? 'conflict.theirsCopyTitle' : 'conflict.mineCopyTitle', { title: header.title });
      await documents.create({ kind: header.kind, title: copyTitle, status: 'utkast', metadata: { ...header.metadata }, decisions: [], content: parse(copied) });
      base.current = { ...conflict.theirs, headerStamp: null };
      setConflict(null);
      if (keep === 'theirs') putStoredContent(editor, parse(kept));
      else await save(kept);
      notice({ tone: 'info', text: t('conflict.copySaved', { title: copyTitle }) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  // Until the user settles a conflict, this window's version is not stored: the indicator says so.
  const saveState = conflict ? STILL_SAVING : autosave.saveState;
  return { saveState, flush: autosave.flush, retry: autosave.retry, onChange, onReady, conflict, settleConflict, restoreUnsaved };
}
