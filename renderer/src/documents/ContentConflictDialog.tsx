import { textOf } from '@shared/model/tree';
import type { SerializedNode } from '@shared/model/content';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import type { OpenConflict } from './use-content-saving';

/**
 * Another window saved changes to the same blocks this window changed. Both versions of those blocks
 * are shown; the one chosen stays in the document and the other is kept as a copy in the library.
 */
export function ContentConflictDialog({ conflict, onSettle }: { conflict: OpenConflict; onSettle: (keep: 'mine' | 'theirs') => void }) {
  const { t } = useTranslation();
  const blocks = (nodes: SerializedNode[]) =>
    nodes.length === 0 ? (
      <p className="muted">{t('conflict.removed')}</p>
    ) : (
      nodes.map((node, index) => <p key={index}>{textOf(node) || t('conflict.noText')}</p>)
    );
  return (
    <Dialog
      title={t('conflict.title')}
      className="dialog--wide"
      footer={
        <>
          <button type="button" className="button" onClick={() => onSettle('theirs')}>
            {t('conflict.useTheirs')}
          </button>
          <button type="button" className="button button--primary" autoFocus onClick={() => onSettle('mine')}>
            {t('conflict.keepMine')}
          </button>
        </>
      }
    >
      <p>{t('conflict.explanation')}</p>
      <table className="conflict">
        <thead>
          <tr>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.conflicts.map((part, index) => (
            <tr key={index}>
              <td>{blocks(part.mine)}</td>
              <td>{blocks(part.theirs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
