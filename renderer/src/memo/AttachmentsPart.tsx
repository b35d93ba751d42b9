import { addAttachment, attachmentCandidates, removeAttachment } from '@shared/memo/edits';
import { memoPartName } from '@shared/memo/words';
import type { DocumentHeader } from '@shared/model/document';
import type { Memo, MemoSettings } from '@shared/model/memo';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../ui/routes';
import { Part } from './MemoPart';

/** The attachments: documents of the library, listed with links, added from a list of those that may be attached. */
export function AttachmentsPart({
  memo,
  settings,
  library,
  readOnly,
  onChange,
}: {
  memo: Memo;
  settings: MemoSettings | undefined;
  library: ReadonlyMap<string, DocumentHeader>;
  readOnly: boolean;
  onChange: (memo: Memo) => void;
}) {
  const { t } = useTranslation();
  const candidates = attachmentCandidates(memo, library.values());
  return (
    <Part title={memoPartName('attachments', settings)}>
      <ol className="memo-attachments">
        {memo.attachmentIds.map((id, index) => (
          <li key={id}>
            {library.get(id) ? <a href={hrefOf({ screen: 'document', id })}>{library.get(id)!.title}</a> : t('memo.subjectMissing')}
            {!readOnly && (
              <button
                type="button"
                className="icon-button"
                aria-label={t('memo.attachmentRemove', { number: index + 1 })}
                onClick={() => onChange(removeAttachment(memo, id))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && candidates.length > 0 && (
        <select aria-label={t('memo.attachmentAdd')} value="" onChange={(event) => event.target.value && onChange(addAttachment(memo, event.target.value))}>
          <option value="">{t('memo.attachmentAdd')} …</option>
          {candidates.map((header) => (
            <option key={header.id} value={header.id}>
              {header.title}
            </option>
          ))}
        </select>
      )}
    </Part>
  );
}
