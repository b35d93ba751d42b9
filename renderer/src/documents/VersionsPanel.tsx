import { toIsoDate } from '@shared/model/dates';
import type { DocumentHeader } from '@shared/model/document';
import { formatVersionNumber, type DocumentVersion } from '@shared/model/versions';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { CompareDialog, type CompareSide } from './CompareDialog';
import type { DocumentExports } from './use-document-exports';

/**
 * The document's adopted versions, newest first: each can be compared with the text the document shows
 * now (the draft in work, or the version in force), shown or exported as it was adopted, or taken back
 * as the new draft.
 */
export function VersionsPanel({ header, flush, exports, onRestored }: { header: DocumentHeader; flush: () => Promise<void>; exports: DocumentExports; onRestored: () => void }) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const [listed, setListed] = useState<{ versions: DocumentVersion[]; unreadable: number } | null>(null);
  const [comparing, setComparing] = useState<{ from: CompareSide; to: CompareSide } | null>(null);
  const [restoring, setRestoring] = useState<DocumentVersion | null>(null);
  const latestId = header.versioning?.latest?.id;
  const revising = header.versioning?.revising === true;

  useEffect(() => {
    let current = true;
    void documents.listVersions(header.id).then((found) => current && setListed(found));
    return () => {
      current = false;
    };
  }, [documents, header.id, latestId]);

  const compare = async (version: DocumentVersion) => {
    await flush();
    const loaded = await documents.get(header.id);
    if (!loaded?.ok) return;
    const now = revising || version.id !== latestId ? { label: revising ? t('compare.draft') : formatVersionNumber(header.versioning!.latest!.number), content: loaded.document.content } : null;
    if (now) setComparing({ from: { label: formatVersionNumber(version.number), content: version.content }, to: now });
  };
  const restore = async (version: DocumentVersion) => {
    setRestoring(null);
    try {
      await flush();
      await documents.revise(header.id, version.id);
      notice({ tone: 'info', text: t('versions.restored', { number: formatVersionNumber(version.number) }) });
      onRestored();
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  if (!listed) return null;
  return (
    <section className="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="panel-heading">
        {t('versions.heading')}
      </h2>
      {listed.versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      {listed.unreadable > 0 && <p className="banner banner--warning">{t('versions.unreadable', { count: listed.unreadable })}</p>}
      <ol className="versions__list" reversed>
        {[...listed.versions].reverse().map((version) => (
          <li key={version.id} className="versions__item" data-testid="version">
            <strong>{t('versions.version', { number: formatVersionNumber(version.number) })}</strong>
            {version.id === latestId && <span className="versions__in-force"> · {t('versions.inForce')}</span>}
            <div className="muted">
              {t('versions.adopted', { date: version.adoptedAt })} · {t(`versions.change.${version.change}`)}
              {version.assessment && ` · ${t('versions.assessedBy', { by: version.assessment.by, date: toIsoDate(new Date(version.assessment.at)) })}`}
            </div>
            <div className="versions__actions">
              {(revising || version.id !== latestId) && (
                <button type="button" className="button button--small" onClick={() => void compare(version)}>
                  {revising ? t('versions.compare') : t('versions.compareWithInForce')}
                </button>
              )}
              <button type="button" className="button button--small" onClick={() => exports.runPdf('preview', false, { versionId: version.id })}>
                {t('versions.show')}
              </button>
              <button type="button" className="button button--small" onClick={() => exports.runWord({ versionId: version.id })}>
                {t('versions.exportWord')}
              </button>
              {(revising || version.id !== latestId) && (
                <>
                  <button type="button" className="button button--small" onClick={() => exports.runWord({ againstVersionId: version.id })}>
                    {t('versions.wordWithChanges')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => exports.runPdf('preview', false, { againstVersionId: version.id })}>
                    {t('versions.comparisonPdf')}
                  </button>
                </>
              )}
              <button type="button" className="button button--small" onClick={() => setRestoring(version)}>
                {t('versions.restore')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {comparing && <CompareDialog from={comparing.from} to={comparing.to} onClose={() => setComparing(null)} />}
      {restoring && (
        <ConfirmDialog title={t('versions.restore')} confirmLabel={t('versions.restore')} onCancel={() => setRestoring(null)} onConfirm={() => void restore(restoring)}>
          <p>{t('versions.restoreConfirm', { number: formatVersionNumber(restoring.number) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
