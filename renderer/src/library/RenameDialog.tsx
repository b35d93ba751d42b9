import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog';

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
  const submit = () => {
    if (value.trim()) onRename(value.trim());
  };
  return (
    <Dialog
      title={t('rename.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('rename.cancel')}
          </button>
          <button type="submit" form="rename-form" className="button button--primary" disabled={!value.trim()}>
            {t('rename.save')}
          </button>
        </>
      }
    >
      <form
        id="rename-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('rename.name')}</label>
          <input id={id} value={value} autoFocus onChange={(event) => setValue(event.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
