import { IMAGE_MAX_BYTES, IMAGE_MIME_TYPES } from '@shared/model/rich-nodes';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../ui/FormDialog';
import { imageRefusal, readImageFile } from '../../ui/read-image';

export interface ImageDetails {
  src: string;
  altText: string;
  decorative: boolean;
  caption: string;
}

/**
 * Inserts an image or edits one. The alt text is asked for here, at insert, because an image without
 * it is useless to a screen reader and fails the accessibility rules for published documents; only an
 * image marked decorative may go without.
 */
export function ImageDialog({
  initial,
  onSubmit,
  onClose,
}: {
  initial?: ImageDetails;
  onSubmit: (image: ImageDetails) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [image, setImage] = useState<ImageDetails>(initial ?? { src: '', altText: '', decorative: false, caption: '' });
  const [fileError, setFileError] = useState<string | null>(null);
  const id = useId();
  const change = (changes: Partial<ImageDetails>) => setImage((current) => ({ ...current, ...changes }));

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = await readImageFile(file, { mimeTypes: IMAGE_MIME_TYPES, maxBytes: IMAGE_MAX_BYTES });
    if (result.ok) {
      setFileError(null);
      change({ src: result.dataUrl });
      return;
    }
    setFileError(
      imageRefusal(result, { 'wrong-type': 'editor.imageWrongType', 'too-large': 'editor.imageTooLarge', unreadable: 'editor.imageUnreadable' }, t, i18n.language),
    );
  };

  const altMissing = !image.decorative && image.altText.trim() === '';
  return (
    <FormDialog
      title={initial ? t('editor.imageEdit') : t('editor.imageInsert')}
      submitLabel={initial ? t('editor.save') : t('editor.insert')}
      canSubmit={image.src !== '' && !altMissing}
      onSubmit={() => onSubmit({ ...image, altText: image.decorative ? '' : image.altText.trim(), caption: image.caption.trim() })}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('editor.imageFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={IMAGE_MIME_TYPES.join(',')}
          aria-describedby={fileError ? `${id}-file-error` : undefined}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {fileError && (
          <p id={`${id}-file-error`} className="field__error" role="alert">
            {fileError}
          </p>
        )}
        {image.src && <img className="image-dialog__preview" src={image.src} alt="" />}
      </div>
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('editor.imageAlt')}</label>
        <textarea
          id={`${id}-alt`}
          rows={2}
          value={image.altText}
          disabled={image.decorative}
          aria-describedby={`${id}-alt-hint`}
          onChange={(event) => change({ altText: event.target.value })}
        />
        <p id={`${id}-alt-hint`} className="field__hint">
          {t('editor.imageAltHint')}
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={image.decorative} onChange={(event) => change({ decorative: event.target.checked })} />
        {t('editor.imageDecorative')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-caption`}>{t('editor.imageCaption')}</label>
        <input id={`${id}-caption`} value={image.caption} onChange={(event) => change({ caption: event.target.value })} />
      </div>
    </FormDialog>
  );
}
