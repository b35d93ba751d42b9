import type { MemoCheck } from '@shared/memo/checks';
import type { MemoSettings } from '@shared/model/memo';
import type { DocumentMetadata } from '@shared/model/metadata';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataWords } from '../storage/metadata-labels';
import { useMemoProblemText } from './memo-problems';

/** The quality panel of a memo: what it lacks before decision, and its LIX. */
export function MemoChecks({ check, settings, metadata }: { check: MemoCheck; settings: MemoSettings | undefined; metadata: DocumentMetadata }) {
  const { t } = useTranslation();
  const describeMemoProblem = useMemoProblemText(settings);
  // Its details are part of being ready: a malformed date goes to the registry as it is.
  const problems = [...check.problems.map(describeMemoProblem), ...useMetadataWords().invalid(metadata)];
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('memo.checks.heading')}</h2>
      {problems.length === 0 ? (
        <p className="banner banner--ok">{t('memo.checks.ready')}</p>
      ) : (
        <ul className="memo-problems">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {check.lix && <p className="muted">{t('memo.checks.lix', { value: Math.round(check.lix.value) })}</p>}
    </section>
  );
}
