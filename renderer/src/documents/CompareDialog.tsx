import { describeChange, summarizeComparison } from '@shared/i18n/compare';
import { isLocale } from '@shared/i18n/locales';
import type { SerializedContent } from '@shared/model/content';
import { compareContents, type BlockChange, type WordPart } from '@shared/text/compare';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { AssessmentForm, type AssessmentControl } from './AssessmentForm';

export interface CompareSide {
  label: string;
  content: SerializedContent;
}

/**
 * Words as marked text: an insertion underlined and a deletion struck through, each also named for a
 * screen reader, so that no change is told by colour alone.
 */
function MarkedWords({ words, show = 'both' }: { words: readonly WordPart[]; show?: 'both' | 'before' | 'after' }) {
  const { t } = useTranslation();
  return (
    <p className="compare__text">
      {words.map((part, index) => {
        if (part.kind === 'inserted') return show === 'before' ? null : <ins key={index} aria-label={`${t('compare.inserted')}: ${part.text}`}>{part.text}</ins>;
        if (part.kind === 'deleted') return show === 'after' ? null : <del key={index} aria-label={`${t('compare.deleted')}: ${part.text}`}>{part.text}</del>;
        return <span key={index}>{part.text}</span>;
      })}
    </p>
  );
}

function ChangeEntry({ change, sideBySide }: { change: BlockChange; sideBySide: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'sv';
  const parts = change.parts.length ? change.parts.map((part) => ({ key: part.path, words: part.words })) : [{ key: '', words: change.words }];
  return (
    <>
      <h3 className="compare__heading">
        {describeChange(change.kind, change.type, locale)}
        {change.title && `: ”${change.title}”`}
      </h3>
      <p className="compare__proposal muted">{t('compare.proposal', { kind: t(change.classification.kind === 'editorial' ? 'compare.editorial' : 'compare.substantive') })}</p>
      {parts.map((part) =>
        sideBySide ? (
          <div key={part.key} className="compare__columns">
            <div>
              <div className="muted">{t('compare.before')}</div>
              <MarkedWords words={part.words} show="before" />
            </div>
            <div>
              <div className="muted">{t('compare.after')}</div>
              <MarkedWords words={part.words} show="after" />
            </div>
          </div>
        ) : (
          <MarkedWords key={part.key} words={part.words} />
        ),
      )}
    </>
  );
}

/**
 * Two versions compared: a summary, then every change, inline or side by side; Alt+↓ and Alt+↑ step
 * between changes. Comparing a draft with the version in force, the user also assesses the revision.
 */
export function CompareDialog({ from, to, assessment, onClose }: { from: CompareSide; to: CompareSide; assessment?: AssessmentControl; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const comparison = useMemo(() => compareContents(from.content, to.content), [from.content, to.content]);
  const [sideBySide, setSideBySide] = useState(false);
  const [current, setCurrent] = useState(0);
  const entries = useRef<(HTMLElement | null)[]>([]);
  const count = comparison.changes.length;
  const go = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setCurrent(next);
    entries.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    go(current + (event.key === 'ArrowDown' ? 1 : -1));
  };
  const summary = summarizeComparison(comparison, isLocale(i18n.language) ? i18n.language : 'sv');
  return (
    <Dialog title={t('compare.title', { from: from.label, to: to.label })} className="dialog--wide" onClose={onClose}>
      <div className="compare" onKeyDown={onKeyDown}>
        <p className="compare__summary" data-testid="compare-summary">
          {summary}
          {comparison.overall !== 'none' && ` · ${t('compare.proposal', { kind: t(comparison.overall === 'editorial' ? 'compare.editorial' : 'compare.substantive') })}`}
        </p>
        {count > 0 && (
          <div className="compare__tools">
            <button type="button" className="button button--small" aria-keyshortcuts="Alt+ArrowUp" disabled={current === 0} onClick={() => go(current - 1)}>
              ↑ {t('compare.previous')}
            </button>
            <button type="button" className="button button--small" aria-keyshortcuts="Alt+ArrowDown" disabled={current >= count - 1} onClick={() => go(current + 1)}>
              ↓ {t('compare.next')}
            </button>
            <span className="muted">{t('compare.position', { index: current + 1, count })}</span>
            <label className="compare__mode">
              <input type="checkbox" checked={sideBySide} onChange={(event) => setSideBySide(event.target.checked)} /> {t('compare.sideBySide')}
            </label>
          </div>
        )}
        <ol className="compare__changes">
          {comparison.changes.map((change, index) => (
            <li
              key={`${change.kind}-${change.id ?? index}-${index}`}
              ref={(element) => {
                entries.current[index] = element;
              }}
              tabIndex={-1}
              className={index === current ? 'compare__change compare__change--current' : 'compare__change'}
              data-testid="compare-change"
            >
              <ChangeEntry change={change} sideBySide={sideBySide} />
            </li>
          ))}
        </ol>
        {assessment && <AssessmentForm control={assessment} proposal={comparison.overall} />}
      </div>
    </Dialog>
  );
}
