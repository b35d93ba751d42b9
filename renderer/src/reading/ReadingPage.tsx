import type { DocumentHeader, HandbokDocument } from '@shared/model/document';
import { documentAsVersion, formatVersionNumber } from '@shared/model/versions';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { ReadingView, type ReadingViewProps } from './ReadingView';

/**
 * Reading mode of a document as it is in force. While a revision is in work the stored content is the
 * draft, which binds no one yet: the reader gets the adopted version, and is told that a new one is
 * being written. Anything else is read as it is stored.
 */
export function ReadingPage({ header, document, block }: ReadingViewProps) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const latest = header.versioning?.revising ? header.versioning.latest : null;
  const [adopted, setAdopted] = useState<{ id: string; document: HandbokDocument | null } | undefined>(undefined);
  useEffect(() => {
    if (!latest) return;
    let current = true;
    void documents.getVersion(latest.id).then(
      (version) => current && setAdopted({ id: latest.id, document: version ? documentAsVersion(header, version) : null }),
      () => current && setAdopted({ id: latest.id, document: null }),
    );
    return () => {
      current = false;
    };
  }, [documents, header, latest]);

  if (!latest) return <ReadingView header={header} document={document} block={block} />;
  if (adopted?.id !== latest.id) return <p className="loading">{t('app.loading')}</p>;
  if (!adopted.document) {
    // The adopted version cannot be read (a damaged archive): the draft, said to be one, rather than nothing.
    return <ReadingView header={header} document={document} block={block} notice={t('reading.versionUnreadable')} />;
  }
  const shown = adopted.document;
  return <ReadingView header={shown as DocumentHeader} document={shown} block={block} notice={t('reading.revising', { version: formatVersionNumber(latest.number) })} />;
}
