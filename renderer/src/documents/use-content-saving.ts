import type { SerializedContent } from '@shared/model/content';
import type { DocumentHeader } from '@shared/model/document';
import { mergeContent, type ContentConflict } from '@shared/model/merge-content';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import { useNotice } from '../app/notices';
import { ContentSerializer } from '../editor/content-serializer';
import { putStoredContent } from '../editor/ContentEditor';
import { ContentConflictError } from '../storage/errors';
import { useStorage } from '../storage/storage';
import { forgetUnsaved, rememberUnsaved } from './unsaved-journal';
import { useAutosave, type SaveState } from './use-autosave';

type Stored = { content: string; revision: string | null };

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
export function useContentSaving(header: DocumentHeader, loadedRevision: string | null) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { documents } = useStorage();
  const id = header.id;
  const editorRef = useRef<LexicalEditor | null>(null);
  // The serialiser of the editor's changes, once there was one (ContentChangesPlugin's).
  const latestSerialize = useRef<(() => string) | null>(null);
  // What this window's content was last in step with: the stored revision and its text.
  const base = useRef<Stored>({ content: '', revision: loadedRevision });
  const saving = useRef(0);
  const [conflict, setConflict] = useState<OpenConflict | null>(null);

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
    // The base in the serialiser's own form, so that blocks nobody touched compare equal.
    base.current = { ...base.current, content: new ContentSerializer(editor).serialize() };
  }, []);

  const currentText = () => {
    const editor = editorRef.current;
    return latestSerialize.current?.() ?? (editor ? new ContentSerializer(editor).serialize() : base.current.content);
  };

  const reconcileRef = useRef<(theirs: Stored) => void>(() => undefined);
  const save = useCallback(
    async (text: string) => {
      saving.current += 1;
      try {
        const revision = await documents.saveContent(id, text, base.current.revision);
        base.current = { content: text, revision };
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
    const mine = currentText();
    const merged = mergeContent(parse(base.current.content), parse(mine), parse(theirs.content));
    if (!merged.ok) {
      setConflict({ theirs, conflicts: merged.conflicts });
      return;
    }
    const unsavedHere = mine !== base.current.content;
    base.current = theirs;
    putStoredContent(editor, merged.content);
    if (unsavedHere) {
      const mergedText = currentText();
      schedule(() => mergedText);
      notice({ tone: 'info', text: t('conflict.merged') });
    }
  };
  useEffect(() => {
    reconcileRef.current = reconcile;
  });

  // An idle window follows the stored content: the header's revision moves with every content save.
  const { pending } = autosave;
  useEffect(() => {
    if (pending.current || saving.current > 0 || conflict) return;
    let current = true;
    void documents.storedContent(id).then((stored) => {
      if (!current || !stored || stored.revision === base.current.revision) return;
      if (pending.current || saving.current > 0) return;
      reconcileRef.current(stored);
    });
    return () => {
      current = false;
    };
  }, [documents, id, header.revision, pending, conflict]);

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
    const mine = currentText();
    const [kept, copied] = keep === 'mine' ? [mine, conflict.theirs.content] : [conflict.theirs.content, mine];
    try {
      const copyTitle = t(keep === 'mine' ? 'conflict.theirsCopyTitle' : 'conflict.mineCopyTitle', { title: header.title });
      await documents.create({ kind: header.kind, title: copyTitle, status: 'utkast', metadata: { ...header.metadata }, decisions: [], content: parse(copied) });
      base.current = conflict.theirs;
      setConflict(null);
      if (keep === 'theirs') putStoredContent(editor, parse(kept));
      else await save(kept);
      notice({ tone: 'info', text: t('conflict.copySaved', { title: copyTitle }) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  // Until the user settles a conflict, this window's version is not stored: the indicator says so.
  const state: SaveState = conflict ? { status: 'saving' } : autosave.state;
  return { state, flush: autosave.flush, retry: autosave.retry, onChange, onReady, conflict, settleConflict, restoreUnsaved };
}
