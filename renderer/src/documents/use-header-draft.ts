import type { DocumentHeader } from '@shared/model/document';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { useNotice } from '../ui/notices';
import { useAutosavedDraft } from '../ui/use-autosave';
import type { HeaderDraft } from './MetadataPanel';

const draftOf = ({ title, kind, status, metadata, decisions, memo, tableOfContents }: DocumentHeader): HeaderDraft => ({
  title,
  kind,
  status,
  metadata,
  decisions,
  ...(memo ? { memo } : {}),
  ...(tableOfContents === undefined ? {} : { tableOfContents }),
});

/**
 * The document's header (title, kind, status, metadata, decisions, memo) as an autosaved draft.
 * `change` merges a change into the latest draft; `latest` reads it for changes that build on it.
 */
export function useHeaderDraft(header: DocumentHeader) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const id = header.id;

  // The form writes only what it changed, so that another window's change to another field stays;
  // where another window changed the same field meanwhile, the user hears what was replaced.
  const headerBase = useRef(draftOf(header));
  const headerSave = useAutosavedDraft<HeaderDraft>(draftOf(header), header.revision, async (draft) => {
    const replaced = await documents.updateChangedFields(id, draft, headerBase.current);
    headerBase.current = draft;
    if (replaced.length > 0) {
      const fields = replaced.map(({ field }) => t(`conflict.fields.${field}`)).join(', ');
      notice({ tone: 'info', text: t('conflict.headerReplaced', { fields }) });
    }
  });

  // Several changes can arrive before React renders again (an undo right after an edit): each one
  // must build on the one before, not on the last rendered draft.
  const latestDraft = useRef(headerSave.draft);
  useEffect(() => {
    latestDraft.current = headerSave.draft;
  }, [headerSave.draft]);
  const { update } = headerSave;
  const change = useCallback(
    (changes: Partial<HeaderDraft>) => {
      const next = { ...latestDraft.current, ...changes };
      latestDraft.current = next;
      update(next);
    },
    [update],
  );
  const latest = useCallback(() => latestDraft.current, []);

  return { draft: headerSave.draft, change, latest, saveState: headerSave.saveState, flush: headerSave.flush, retry: headerSave.retry };
}
