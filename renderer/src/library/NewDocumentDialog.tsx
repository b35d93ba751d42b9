import { templateFor } from '@resources/templates';
import { DOCUMENT_KINDS, type DocumentKind } from '@shared/model/kinds';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { navigate } from '../ui/routes';
import { useMetadataLabel } from '../storage/metadata-labels';
import { useStorage } from '../storage/storage';

/** Creates a document of a chosen kind from that kind's starting template, then opens it. */
export function NewDocumentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const { documents } = useStorage();
  const notice = useNotice();
  const [kind, setKind] = useState<DocumentKind>('handbok');
  const [title, setTitle] = useState('');
  const [showError, setShowError] = useState(false);
  const nameId = useId();
  const errorId = useId();

  const create = async () => {
    const name = title.trim();
    if (!name) return setShowError(true);
    try {
      const id = await documents.create({ ...templateFor(kind), title: name });
      onClose();
      navigate({ screen: 'document', id });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  return (
    <Dialog
      title={t('newDocument.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('newDocument.cancel')}
          </button>
          <button type="submit" form="new-document-form" className="button button--primary">
            {t('newDocument.create')}
          </button>
        </>
      }
    >
      <form
        id="new-document-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <fieldset className="kind-picker">
          <legend>{label('documentKind')}</legend>
          {DOCUMENT_KINDS.map((option) => (
            <label key={option} className="kind-picker__option">
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
              <span className="kind-picker__name">{t(`kind.${option}`)}</span>
              <span className="kind-picker__description">{t(`kindDescription.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={nameId}>{label('documentName')}</label>
          <input
            id={nameId}
            value={title}
            autoFocus
            aria-invalid={showError && !title.trim()}
            aria-describedby={showError && !title.trim() ? errorId : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {showError && !title.trim() && (
            <p id={errorId} className="field__error">
              {t('newDocument.nameRequired')}
            </p>
          )}
        </div>
      </form>
    </Dialog>
  );
}
