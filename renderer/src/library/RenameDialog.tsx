import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';

export function RenameDialog({
  title,
  onRename,
  onClose,
}: {
  title: string;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const id = useId();
  return (
    <FormDialog
      title={t('rename.title')}
      submitLabel={t('rename.save')}
      canSubmit={value.trim() !== ''}
      onSubmit={() => onRename(value.trim())}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={id}>{t('rename.name')}</label>
        <input id={id} value={value} autoFocus onChange={(event) => setValue(event.target.value)} />
      </div>
    </FormDialog>
  );
}
