import { checkAttachedFile, type AttachFileProblem } from '@shared/memo/attached-files';
import { addAttachment, attachmentCandidates, moveAttachment, removeAttachment, setAttachmentText, whyNoCandidates } from '@shared/memo/edits';
import { memoPartName } from '@shared/memo/words';
import type { DocumentHeader } from '@shared/model/document';
import type { Memo, MemoSettings } from '@shared/model/memo';
import type { MemoAttachment } from '@shared/model/memo-attachment';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { hrefOf } from '../ui/routes';
import { Part } from './MemoPart';

/**
 * The bilagor, of three kinds: documents of the library (linked), files attached (a PDF or a Word
 * file, checked before they are kept) and lines of text naming documents kept elsewhere. Each can be
 * moved and removed; the ways to add one are always shown, and say why when the library has nothing to offer.
 */
export function AttachmentsPart({
  memoId,
  memo,
  settings,
  library,
  readOnly,
  onChange,
}: {
  memoId: string;
  memo: Memo;
  settings: MemoSettings | undefined;
  library: ReadonlyMap<string, DocumentHeader>;
  readOnly: boolean;
  onChange: (memo: Memo) => void;
}) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const [problem, setProblem] = useState<AttachFileProblem | 'failed' | null>(null);
  const candidates = attachmentCandidates(memo, memoId, library.values());
  const noCandidates = whyNoCandidates(memo, memoId, library.values());
  const count = memo.attachments.length;

  const attachFile = async (file: File) => {
    setProblem(null);
    try {
      const checked = await checkAttachedFile(file.name, new Uint8Array(await file.arrayBuffer()), () => crypto.randomUUID());
      if (!checked.ok) return setProblem(checked.problem);
      await documents.addFile(memoId, checked.file);
      onChange(addAttachment(memo, checked.attachment));
    } catch {
      setProblem('failed');
    }
  };

  return (
    <Part title={memoPartName('attachments', settings)}>
      <ol className="memo-attachments">
        {memo.attachments.map((attachment, index) => (
          <li key={attachment.id}>
            {/* Numbered as the memo prints it, so that "Bilaga 3" in the text can be checked here. */}
            <span className="memo-attachments__number">{t('memo.attachmentNumber', { number: index + 1 })}</span>
            <AttachmentLabel attachment={attachment} library={library} readOnly={readOnly} number={index + 1} onText={(text) => onChange(setAttachmentText(memo, attachment.id, text))} />
            {!readOnly && (
              <span className="memo-attachments__actions">
                <button type="button" className="icon-button" aria-label={t('memo.attachmentUp', { number: index + 1 })} disabled={index === 0} onClick={() => onChange(moveAttachment(memo, attachment.id, -1))}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={t('memo.attachmentDown', { number: index + 1 })} disabled={index === count - 1} onClick={() => onChange(moveAttachment(memo, attachment.id, 1))}>
                  ↓
                </button>
                <button type="button" className="icon-button" aria-label={t('memo.attachmentRemove', { number: index + 1 })} onClick={() => onChange(removeAttachment(memo, attachment.id))}>
                  ×
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="memo-attachments__add">
          <select
            aria-label={t('memo.attachmentAdd')}
            value=""
            disabled={candidates.length === 0}
            onChange={(event) => event.target.value && onChange(addAttachment(memo, { kind: 'document', id: crypto.randomUUID(), documentId: event.target.value }))}
          >
            <option value="">{t('memo.attachmentAdd')} …</option>
            {candidates.map((header) => (
              <option key={header.id} value={header.id}>
                {header.title}
              </option>
            ))}
          </select>
          {noCandidates && <p className="memo-attachments__why">{t(`memo.attachmentNone.${noCandidates}`)}</p>}
          <label className="button button--small">
            {t('memo.attachmentFile')}
            <input
              type="file"
              className="visually-hidden"
              accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void attachFile(file);
              }}
            />
          </label>
          <button type="button" className="button button--small" onClick={() => onChange(addAttachment(memo, { kind: 'text', id: crypto.randomUUID(), text: '' }))}>
            {t('memo.attachmentText')}
          </button>
          {problem && (
            <p role="alert" className="memo-attachments__problem">
              {t(`memo.attachmentProblem.${problem}`)}
            </p>
          )}
        </div>
      )}
    </Part>
  );
}

function AttachmentLabel({ attachment, library, readOnly, number, onText }: { attachment: MemoAttachment; library: ReadonlyMap<string, DocumentHeader>; readOnly: boolean; number: number; onText: (text: string) => void }) {
  const { t } = useTranslation();
  switch (attachment.kind) {
    case 'document': {
      const header = library.get(attachment.documentId);
      return header ? <a href={hrefOf({ screen: 'document', id: attachment.documentId })}>{header.title}</a> : <span>{t('memo.attachmentMissing')}</span>;
    }
    case 'file':
      return <span>{t('memo.attachmentFileLabel', { name: attachment.name, size: Math.max(1, Math.round(attachment.size / 1024)) })}</span>;
    case 'text':
      return readOnly ? (
        <span>{attachment.text}</span>
      ) : (
        <input type="text" aria-label={t('memo.attachmentTextLabel', { number })} placeholder={t('memo.attachmentTextPlaceholder')} value={attachment.text} onChange={(event) => onText(event.target.value)} />
      );
  }
}
