import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { describeShortcut, SHORTCUTS, TYPED_SHORTCUTS } from '../shortcuts';

/** Every keyboard shortcut of the editor, so that nothing has to be found by chance. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('editor.shortcuts')} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={`${shortcut.label}-${shortcut.code}`}>
              <th scope="row">{t(shortcut.label)}</th>
              <td>
                <kbd>{describeShortcut(shortcut)}</kbd>
                {shortcut.note && ` ${t(shortcut.note)}`}
              </td>
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={2} className="shortcuts__group">
              {t('editor.typedShortcuts')}
            </th>
          </tr>
          {TYPED_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label}>
              <th scope="row">{t(shortcut.label)}</th>
              <td>
                {shortcut.typed.map((typed, index) => (
                  <span key={typed}>
                    {index > 0 && ` ${t('editor.or')} `}
                    <kbd>{typed}</kbd>
                  </span>
                ))}{' '}
                {t('editor.thenSpace')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
