import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../ui/FormDialog';

/** Asks for a footnote's text, when it is inserted and when it is edited. */
export function FootnoteDialog({
  initialText = '',
  onSubmit,
  onClose,
}: {
  initialText?: string;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const id = useId();
  return (
    <FormDialog
      title={initialText ? t('editor.footnoteEdit') : t('editor.footnoteInsert')}
      submitLabel={initialText ? t('editor.save') : t('editor.insert')}
      canSubmit={text.trim() !== ''}
      onSubmit={() => onSubmit(text.trim())}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={id}>{t('editor.footnoteText')}</label>
        <textarea id={id} rows={3} value={text} autoFocus onChange={(event) => setText(event.target.value)} />
      </div>
    </FormDialog>
  );
}
