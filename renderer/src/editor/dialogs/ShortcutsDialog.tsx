import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { describeShortcut, SHORTCUTS } from '../shortcuts';

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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
