import { normalizeLinkInput } from '@shared/url';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../ui/FormDialog';

/** Asks for a link's address; an existing link can be changed or removed. */
export function LinkDialog({
  initialUrl,
  onSubmit,
  onClose,
}: {
  initialUrl: string | null;
  /** Null removes the link. */
  onSubmit: (url: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialUrl ?? '');
  const [error, setError] = useState(false);
  const id = useId();
  return (
    <FormDialog
      title={initialUrl ? t('editor.linkEdit') : t('editor.linkInsert')}
      submitLabel={initialUrl ? t('editor.save') : t('editor.insert')}
      canSubmit={value.trim() !== ''}
      onSubmit={() => {
        const url = normalizeLinkInput(value);
        if (url) onSubmit(url);
        else setError(true);
      }}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={id}>{t('editor.linkUrl')}</label>
        <input
          id={id}
          value={value}
          autoFocus
          placeholder="https://"
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(false);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field__error" role="alert">
            {t('editor.linkInvalid')}
          </p>
        )}
      </div>
      {initialUrl && (
        <button type="button" className="button" onClick={() => onSubmit(null)}>
          {t('editor.linkRemove')}
        </button>
      )}
    </FormDialog>
  );
}
