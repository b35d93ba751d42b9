import type { DocumentHeader } from '@shared/model/document';
import { formatVersionNumber, hasVersions, isLocked } from '@shared/model/versions';
import { useTranslation } from 'react-i18next';
import { RevisionBanner } from './RevisionBanner';

/**
 * Says which version the screen shows: an adopted version, read-only, with "Revidera" to start the
 * next one; or the draft in work beside the version in force. A document never adopted shows nothing.
 */
export function VersionBanner({ header, onRevise, flush, onCreateMemo }: { header: DocumentHeader; onRevise: () => void; flush: () => Promise<void>; onCreateMemo: () => void }) {
  const { t } = useTranslation();
  const latest = header.versioning?.latest;
  if (!hasVersions(header) || !latest) return null;
  const number = formatVersionNumber(latest.number);
  if (isLocked(header)) {
    return (
      <div className="banner banner--info" data-testid="version-banner">
        <span role="status">{t('versions.lockedBanner', { number, date: latest.adoptedAt })}</span>
        <button type="button" className="button button--small" onClick={onRevise}>
          {t('versions.revise')}
        </button>
      </div>
    );
  }
  return <RevisionBanner header={header} flush={flush} onCreateMemo={onCreateMemo} />;
}
