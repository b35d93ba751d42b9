import { normalizeParagraph } from '@shared/model/dates';
import {
  DECISION_ACTIONS,
  formatDecisionReference,
  validateDecision,
  type Decision,
} from '@shared/model/decision';
import type { Body } from '@shared/model/organisation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../ui/notices';

/**
 * The document history: each decision with body, date, paragraph and what it decided. A new entry
 * shows its problems only once the user has left one of its fields, so it does not start out red.
 */
export function DecisionHistory({
  decisions,
  bodies,
  readOnly,
  onChange,
}: {
  decisions: readonly Decision[];
  bodies: readonly Body[];
  readOnly: boolean;
  /** Takes an updater, so that an undo applies to the history as it is then, not as it was. */
  onChange: (update: (decisions: readonly Decision[]) => Decision[]) => void;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const idPrefix = useId();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const bodyListId = `${idPrefix}-bodies`;

  const change = (id: string, changes: Partial<Decision>) =>
    onChange((current) => current.map((decision) => (decision.id === id ? { ...decision, ...changes } : decision)));
  const remove = (removed: Decision, index: number, reference: string) => {
    onChange((current) => current.filter((other) => other.id !== removed.id));
    notice({
      tone: 'info',
      text: t('decisions.removed', { reference }),
      action: {
        label: t('library.undo'),
        run: () => onChange((current) => [...current.slice(0, index), removed, ...current.slice(index)]),
      },
    });
  };
  const settle = (id: string) =>
    setFresh((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  const add = () => {
    const decision: Decision = { id: crypto.randomUUID(), body: '', date: '', paragraph: '', action: 'antagen', summary: '' };
    setFresh((current) => new Set(current).add(decision.id));
    onChange((current) => [...current, decision]);
  };

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t('decisions.heading')}</h2>
      {decisions.length === 0 && <p className="muted">{t('decisions.empty')}</p>}
      <ol className="decision-list">
        {decisions.map((decision, index) => {
          const id = `${idPrefix}-${index}`;
          const issues = fresh.has(decision.id) ? [] : validateDecision(decision);
          const issueFor = (field: 'body' | 'date' | 'paragraph') => issues.find((issue) => issue.field === field);
          const reference = formatDecisionReference(decision) || String(index + 1);
          const input = (field: 'body' | 'date' | 'paragraph', extra: { list?: string; placeholder?: string } = {}) => {
            const issue = issueFor(field);
            return (
              <div className="field">
                <label htmlFor={`${id}-${field}`}>{t(`decisions.${field}`)}</label>
                <input
                  id={`${id}-${field}`}
                  value={decision[field]}
                  readOnly={readOnly}
                  aria-invalid={issue ? true : undefined}
                  aria-describedby={issue ? `${id}-${field}-error` : undefined}
                  onChange={(event) => change(decision.id, { [field]: event.target.value })}
                  onBlur={(event) => {
                    settle(decision.id);
                    if (field === 'paragraph') {
                      const normalized = normalizeParagraph(event.target.value);
                      if (normalized !== event.target.value) change(decision.id, { paragraph: normalized });
                    }
                  }}
                  {...extra}
                />
                {issue && (
                  <p id={`${id}-${field}-error`} className="field__error">
                    {t(`decisions.issues.${issue.code}`)}
                  </p>
                )}
              </div>
            );
          };
          return (
            <li key={decision.id} className="decision">
              {input('body', { list: bodyListId })}
              <div className="field-row">
                {input('date', { placeholder: 'ÅÅÅÅ-MM-DD' })}
                {input('paragraph', { placeholder: '§ 64' })}
              </div>
              <div className="field">
                <label htmlFor={`${id}-action`}>{t('decisions.action')}</label>
                <select
                  id={`${id}-action`}
                  value={decision.action}
                  disabled={readOnly}
                  onChange={(event) => change(decision.id, { action: event.target.value as Decision['action'] })}
                >
                  {DECISION_ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {t(`decisions.actions.${action}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-summary`}>{t('decisions.summary')}</label>
                <textarea
                  id={`${id}-summary`}
                  rows={2}
                  value={decision.summary}
                  readOnly={readOnly}
                  onChange={(event) => change(decision.id, { summary: event.target.value })}
                />
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={t('decisions.removeNamed', { reference })}
                  onClick={() => remove(decision, index, reference)}
                >
                  {t('decisions.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <datalist id={bodyListId}>
        {bodies.map((body) => (
          <option key={body.id} value={body.name} />
        ))}
      </datalist>
      {!readOnly && (
        <button type="button" className="button" onClick={add}>
          + {t('decisions.add')}
        </button>
      )}
    </section>
  );
}
