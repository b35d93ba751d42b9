import type { MemoCheck } from '@shared/memo/checks';
import type { MemoSettings } from '@shared/model/memo';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemoProblemText } from './memo-problems';

/** The quality panel of a memo: what it lacks before decision, and its LIX. */
export function MemoChecks({ check, settings }: { check: MemoCheck; settings: MemoSettings | undefined }) {
  const { t } = useTranslation();
  const describeMemoProblem = useMemoProblemText(settings);
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('memo.checks.heading')}</h2>
      {check.problems.length === 0 ? (
        <p className="banner banner--ok">{t('memo.checks.ready')}</p>
      ) : (
        <ul className="memo-problems">
          {check.problems.map((problem, index) => (
            <li key={index}>{describeMemoProblem(problem)}</li>
          ))}
        </ul>
      )}
      {check.lix && <p className="muted">{t('memo.checks.lix', { value: Math.round(check.lix.value) })}</p>}
    </section>
  );
}
