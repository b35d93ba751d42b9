import { toIsoDate } from '@shared/model/dates';
import type { DocumentHeader } from '@shared/model/document';
import { draftVersionNumber, formatVersionNumber } from '@shared/model/versions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CompareDialog, type CompareSide } from './CompareDialog';

/**
 * The draft of the next version in work: it is compared with the version in force and assessed as
 * editorial or substantive; then an editorial one is adopted by the owner here, and a substantive one
 * goes to its decision through a tjänsteskrivelse.
 */
export function RevisionBanner({ header, flush, onCreateMemo }: { header: DocumentHeader; flush: () => Promise<void>; onCreateMemo: () => void }) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const [comparing, setComparing] = useState<{ from: CompareSide; to: CompareSide } | null>(null);
  const [adopting, setAdopting] = useState(false);
  const latest = header.versioning!.latest!;
  const assessment = header.versioning?.assessment ?? null;
  const inForce = formatVersionNumber(latest.number);
  const next = formatVersionNumber(draftVersionNumber(header));
  const failed = (error: unknown) => notice({ tone: 'error', text: describeError(error, t) });

  const compare = async () => {
    try {
      await flush();
      const [version, draft] = await Promise.all([documents.getVersion(latest.id), documents.get(header.id)]);
      if (!version || !draft?.ok) throw new Error('document-unreadable');
      setComparing({ from: { label: inForce, content: version.content }, to: { label: t('compare.draft'), content: draft.document.content } });
    } catch (error) {
      failed(error);
    }
  };
  const adopt = async () => {
    setAdopting(false);
    try {
      await flush();
      await documents.adoptEditorially(header.id, toIsoDate(new Date()));
      notice({ tone: 'info', text: t('versions.adoptedEditorially', { number: next }) });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <>
      {/* Only the sentence is a live region: the buttons beside it are not read out on every change. */}
      <div className="banner banner--info" data-testid="version-banner">
        <span role="status">
          {t('versions.revisingBanner', { number: inForce })}{' '}
          {assessment
            ? t(`versions.assessed.${assessment.change}`, { by: assessment.by, date: toIsoDate(new Date(assessment.at)), number: next })
            : t('versions.notAssessed')}
        </span>
        <span className="banner__actions">
          <button type="button" className="button button--small" onClick={() => void compare()}>
            {t('versions.compareAndAssess')}
          </button>
          {assessment?.change === 'editorial' && (
            <button type="button" className="button button--small button--primary" onClick={() => setAdopting(true)}>
              {t('versions.adoptEditorially', { number: next })}
            </button>
          )}
          {assessment?.change === 'substantive' && (
            <button type="button" className="button button--small button--primary" onClick={onCreateMemo}>
              {t('versions.createMemo')}
            </button>
          )}
        </span>
      </div>
      {adopting && (
        <ConfirmDialog title={t('versions.adoptEditorially', { number: next })} confirmLabel={t('versions.adoptEditorially', { number: next })} onCancel={() => setAdopting(false)} onConfirm={() => void adopt()}>
          <p>{t('versions.adoptEditoriallyConfirm', { number: next, inForce })}</p>
        </ConfirmDialog>
      )}
      {comparing && (
        <CompareDialog
          from={comparing.from}
          to={comparing.to}
          onClose={() => setComparing(null)}
          assessment={{
            header,
            onAssess: async (change, by) => {
              try {
                await documents.assess(header.id, { change, by, at: new Date().toISOString() });
                setComparing(null);
              } catch (error) {
                failed(error);
              }
            },
          }}
        />
      )}
    </>
  );
}
