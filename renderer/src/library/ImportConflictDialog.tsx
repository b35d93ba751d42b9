import type { ConflictChoice } from '@shared/archive/merge';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import type { ImportConflict } from './use-library-archive';

/** An imported file holds documents the library has already: keep both, replace them, or import nothing. */
export function ImportConflictDialog({ conflict, onChoose }: { conflict: ImportConflict; onChoose: (choice: ConflictChoice | null) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('archive.conflict.title')}
      onClose={() => onChoose(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('replace')}>
            {t('archive.conflict.replace')}
          </button>
          <button type="button" className="button button--primary" onClick={() => onChoose('keep-both')}>
            {t('archive.conflict.keepBoth')}
          </button>
        </>
      }
    >
      <p>{t('archive.conflict.intro', { count: conflict.conflicts.length, file: conflict.fileName })}</p>
      <ul>
        {conflict.conflicts.slice(0, 10).map((document) => (
          <li key={document.id}>{document.title || t('library.untitled')}</li>
        ))}
      </ul>
      {conflict.conflicts.length > 10 && <p className="muted">{t('archive.moreProblems', { count: conflict.conflicts.length - 10 })}</p>}
      <p className="muted">{t('archive.conflict.explain')}</p>
    </Dialog>
  );
}
