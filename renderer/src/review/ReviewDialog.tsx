import { normalizeParagraph } from '@shared/model/dates';
import { validateDecision, type Decision } from '@shared/model/decision';
import type { DocumentHeader } from '@shared/model/document';
import type { Body } from '@shared/model/organisation';
import { reviewOf, type Review, type ReviewIntervals } from '@shared/model/review';
import { delegatedBody } from '@shared/model/versions';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorage } from '../storage/storage';
import { describeError } from '../ui/describe-error';
import { FormDialog } from '../ui/FormDialog';
import { useNotice } from '../ui/notices';

type Issue = 'missing-date' | 'invalid-date' | 'future-date' | 'missing-body' | 'missing-paragraph' | 'invalid-paragraph';

/**
 * What keeps the decision from being recorded: a decision's own checks (validateDecision), except that a
 * decision under delegation needs no paragraph of a deciding body, and a date that has not come yet.
 */
function issuesOf(decision: Decision, underDelegation: boolean, today: string): Partial<Record<'date' | 'body' | 'paragraph', Issue>> {
  const issues: Partial<Record<'date' | 'body' | 'paragraph', Issue>> = {};
  for (const issue of validateDecision(decision)) {
    if (issue.code === 'missing-paragraph' && underDelegation) continue;
    issues[issue.field] ??= issue.code;
  }
  if (!issues.date && decision.date.trim() > today) issues.date = 'future-date';
  return issues;
}

/**
 * "Aktualitetsprövad utan ändring": records that decision in the document's history. The document may be
 * adopted and its text locked; the decision changes only the header, so no version is frozen, and the
 * next review counts from its date.
 */
export function ReviewDialog({
  header,
  review,
  bodies,
  intervals,
  today,
  onClose,
}: {
  header: DocumentHeader;
  review: Review;
  bodies: readonly Body[];
  intervals: ReviewIntervals | undefined;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const id = useId();
  const owner = delegatedBody(header);
  const choices = [...new Set([...bodies.map((body) => body.name.trim()), review.basis?.body.trim() ?? '', owner].filter(Boolean))];
  const [date, setDate] = useState(today);
  const [body, setBody] = useState(review.basis && choices.includes(review.basis.body.trim()) ? review.basis.body.trim() : choices[0]!);
  const [paragraph, setParagraph] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const underDelegation = body === owner;
  const decision: Decision = { id: '', body, date: date.trim(), paragraph: paragraph.trim() ? normalizeParagraph(paragraph) : '', action: 'aktualitetsprovad', summary: '' };
  const issues = issuesOf(decision, underDelegation, today);
  const shown = tried ? issues : {};
  const title = header.title || t('library.untitled');

  const record = async () => {
    setTried(true);
    if (Object.keys(issues).length > 0 || saving) return;
    setSaving(true);
    try {
      const updated = await documents.addDecision(header.id, { ...decision, id: crypto.randomUUID() });
      const next = reviewOf(updated, intervals, today);
      notice({ tone: 'info', text: t('review.recorded', { title, date: next?.due ?? '' }) });
      onClose();
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
      setSaving(false);
    }
  };

  const error = (field: 'date' | 'body' | 'paragraph') =>
    shown[field] ? (
      <p id={`${id}-${field}-error`} className="field__error">
        {t(`review.dialog.issues.${shown[field]}`)}
      </p>
    ) : null;
  const described = (field: 'date' | 'body' | 'paragraph') =>
    shown[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <FormDialog title={t('review.markReviewed')} submitLabel={t('review.dialog.submit')} canSubmit={!saving} onSubmit={() => void record()} onClose={onClose}>
      <p className="review-dialog__intro">{t('review.dialog.intro', { title })}</p>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('review.dialog.body')}</label>
        <select id={`${id}-body`} value={body} onChange={(event) => setBody(event.target.value)} {...described('body')}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
        {error('body')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('review.dialog.date')}</label>
          <input id={`${id}-date`} value={date} placeholder="ÅÅÅÅ-MM-DD" autoFocus onChange={(event) => setDate(event.target.value)} {...described('date')} />
          {error('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-paragraph`}>{underDelegation ? t('review.dialog.paragraphOptional') : t('review.dialog.paragraph')}</label>
          <input
            id={`${id}-paragraph`}
            value={paragraph}
            placeholder="§ 64"
            onChange={(event) => setParagraph(event.target.value)}
            onBlur={() => paragraph.trim() && setParagraph(normalizeParagraph(paragraph))}
            {...described('paragraph')}
          />
          {error('paragraph')}
        </div>
      </div>
    </FormDialog>
  );
}
