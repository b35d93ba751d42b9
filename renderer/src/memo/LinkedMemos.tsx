import { hasMemo } from '@shared/model/memo';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../ui/routes';
import { readableHeaders } from '../storage/documents-repository';
import { useDocumentHeaders } from '../storage/storage';

/** The memos that concern a governing document: the other half of the link a memo makes to it. */
export function LinkedMemos({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const headers = useDocumentHeaders();
  const memos = [...readableHeaders(headers ?? []).values()].filter((header) => hasMemo(header) && header.memo.subjectId === documentId && header.deletedAt === null);
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('memo.linked')}</h2>
      {memos.length === 0 ? (
        <p className="muted">{t('memo.linkedNone')}</p>
      ) : (
        <ul>
          {memos.map((memo) => (
            <li key={memo.id}>
              <a href={hrefOf({ screen: 'document', id: memo.id })}>{memo.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
