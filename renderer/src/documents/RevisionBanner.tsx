import type { DocumentHeader } from '@shared/model/document';
import { draftVersionNumber, formatVersionNumber } from '@shared/model/versions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { CompareDialog, type CompareSide } from './CompareDialog';

const today = () => new Date().toLocaleDateString('sv-SE');

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
    try {
      await flush();
      await documents.adoptEditorially(header.id, today());
      notice({ tone: 'info', text: t('versions.adoptedEditorially', { number: next }) });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <>
      <div className="banner banner--info" role="status" data-testid="version-banner">
        <span>
          {t('versions.revisingBanner', { number: inForce })}{' '}
          {assessment
            ? t(`versions.assessed.${assessment.change}`, { by: assessment.by, date: assessment.at.slice(0, 10), number: next })
            : t('versions.notAssessed')}
        </span>
        <span className="banner__actions">
          <button type="button" className="button button--small" onClick={() => void compare()}>
            {t('versions.compareAndAssess')}
          </button>
          {assessment?.change === 'editorial' && (
            <button type="button" className="button button--small button--primary" onClick={() => void adopt()}>
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
