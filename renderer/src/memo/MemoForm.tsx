import type { DocumentHeader } from '@shared/model/document';
import { MEMO_TEXT_PARTS, type Memo } from '@shared/model/memo';
import type { Organisation } from '@shared/model/organisation';
import { ASSESSMENTS_IN_ORDER, memoPartName, proposalHeading } from '@shared/memo/words';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { useMetadataLabel } from '../storage/metadata-labels';

export type MemoDraft = Pick<DocumentHeader, 'title' | 'metadata'> & { memo: Memo };

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="memo-part" aria-labelledby={id}>
      <h2 id={id} className="memo-part__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function TextPart({
  label,
  value,
  guidance,
  readOnly,
  rows = 6,
  onChange,
}: {
  label: string;
  value: string;
  guidance: string;
  readOnly: boolean;
  rows?: number;
  onChange: (value: string) => void;
}) {
  return (
    <Part title={label}>
      <textarea className="memo-text" aria-label={label} placeholder={guidance} rows={rows} value={value} readOnly={readOnly} onChange={(event) => onChange(event.target.value)} />
    </Part>
  );
}

/**
 * The tjänsteskrivelse as its fixed skeleton: every part in order, typed (people and bodies chosen
 * from the organisation, attachments from the library), none of them removable. Paragraphs of the
 * text parts are separated by a blank line.
 */
export function MemoForm({
  draft,
  organisation,
  library,
  readOnly,
  onChange,
}: {
  draft: MemoDraft;
  organisation: Organisation | null;
  library: ReadonlyMap<string, DocumentHeader>;
  readOnly: boolean;
  onChange: (changes: Partial<MemoDraft>) => void;
}) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const idPrefix = useId();
  const { memo } = draft;
  const settings = organisation?.memoSettings;
  const people = organisation?.people ?? [];
  const bodies = organisation?.bodies ?? [];
  const setMemo = (changes: Partial<Memo>) => onChange({ memo: { ...memo, ...changes } });
  const subject = library.get(memo.subjectId);
  const assessments = ASSESSMENTS_IN_ORDER.filter((assessment) => assessment in memo.assessments || settings?.assessments.includes(assessment));
  const proposalName = memoPartName('proposal', settings);
  const candidates = [...library.values()].filter((header) => header.id !== undefined && header.kind !== 'tjansteskrivelse' && header.deletedAt === null && !memo.attachmentIds.includes(header.id));

  const setGroup = (index: number, changes: Partial<Memo['proposal'][number]>) =>
    setMemo({ proposal: memo.proposal.map((group, at) => (at === index ? { ...group, ...changes } : group)) });

  return (
    <div className="memo-form" role="group" aria-label={t('memo.form')}>
      <Part title={t('memo.headerPart')}>
        {memo.subjectId && (
          <p className="muted">
            {t('memo.subject')}: {subject ? <a href={hrefOf({ screen: 'document', id: subject.id })}>{subject.title}</a> : t('memo.subjectMissing')}
          </p>
        )}
        <div className="memo-header">
          <div className="field">
            <label htmlFor={`${idPrefix}-date`}>{t('memo.date')}</label>
            <input id={`${idPrefix}-date`} value={memo.date} readOnly={readOnly} placeholder="ÅÅÅÅ-MM-DD" onChange={(event) => setMemo({ date: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-registry`}>{label('registryNumber')}</label>
            <input
              id={`${idPrefix}-registry`}
              value={draft.metadata.registryNumber ?? ''}
              readOnly={readOnly}
              onChange={(event) => onChange({ metadata: { ...draft.metadata, registryNumber: event.target.value } })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-officer`}>{t('memo.officer')}</label>
            <select id={`${idPrefix}-officer`} value={memo.officerId} disabled={readOnly} onChange={(event) => setMemo({ officerId: event.target.value })}>
              <option value="">{t('memo.choose')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {[person.name, person.title].filter(Boolean).join(', ')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-recipient`}>{t('memo.recipient')}</label>
            <select id={`${idPrefix}-recipient`} value={memo.recipientId} disabled={readOnly} onChange={(event) => setMemo({ recipientId: event.target.value })}>
              <option value="">{t('memo.choose')}</option>
              {bodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {people.length === 0 && <p className="muted">{t('memo.noPeople')}</p>}
      </Part>

      {MEMO_TEXT_PARTS.map((part) => (
        <TextPart
          key={part}
          label={memoPartName(part, settings)}
          value={memo[part]}
          guidance={t(`memo.guidance.${part}`)}
          readOnly={readOnly}
          rows={part === 'summary' ? 3 : 8}
          onChange={(value) => setMemo({ [part]: value })}
        />
      ))}
      {assessments.map((assessment) => (
        <TextPart
          key={assessment}
          label={memoPartName(assessment, settings)}
          value={memo.assessments[assessment] ?? ''}
          guidance={t('memo.guidance.assessment')}
          readOnly={readOnly}
          rows={3}
          onChange={(value) => setMemo({ assessments: { ...memo.assessments, [assessment]: value } })}
        />
      ))}

      <Part title={proposalName}>
        {memo.proposal.map((group, groupIndex) => (
          <fieldset key={group.id} className="memo-proposal">
            <legend>{proposalHeading(proposalName, group.body)}</legend>
            <div className="field">
              <label htmlFor={`${idPrefix}-body-${groupIndex}`}>{t('memo.proposalBody')}</label>
              <input
                id={`${idPrefix}-body-${groupIndex}`}
                value={group.body}
                readOnly={readOnly}
                list={`${idPrefix}-bodies`}
                onChange={(event) => setGroup(groupIndex, { body: event.target.value })}
              />
            </div>
            <ol className="memo-points">
              {group.points.map((point, pointIndex) => (
                <li key={pointIndex}>
                  <div className="memo-point">
                  <textarea
                    aria-label={t('memo.point', { number: pointIndex + 1 })}
                    placeholder={t('memo.guidance.point')}
                    rows={2}
                    value={point}
                    readOnly={readOnly}
                    onChange={(event) => setGroup(groupIndex, { points: group.points.map((each, at) => (at === pointIndex ? event.target.value : each)) })}
                  />
                  {!readOnly && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('memo.removePoint', { number: pointIndex + 1 })}
                      onClick={() => setGroup(groupIndex, { points: group.points.filter((_, at) => at !== pointIndex) })}
                    >
                      ×
                    </button>
                  )}
                  </div>
                </li>
              ))}
            </ol>
            {!readOnly && (
              <button type="button" className="button button--small" onClick={() => setGroup(groupIndex, { points: [...group.points, ''] })}>
                {t('memo.addPoint')}
              </button>
            )}
          </fieldset>
        ))}
        {!readOnly && (
          <button type="button" className="button button--small" onClick={() => setMemo({ proposal: [...memo.proposal, { id: crypto.randomUUID(), body: '', points: [''] }] })}>
            {t('memo.addGroup')}
          </button>
        )}
        <datalist id={`${idPrefix}-bodies`}>
          {bodies.map((body) => (
            <option key={body.id} value={body.name} />
          ))}
        </datalist>
      </Part>

      <Part title={memoPartName('sendTo', settings)}>
        <textarea
          className="memo-text"
          aria-label={memoPartName('sendTo', settings)}
          aria-describedby={`${idPrefix}-send-help`}
          rows={3}
          value={memo.sendTo.join('\n')}
          readOnly={readOnly}
          onChange={(event) => setMemo({ sendTo: event.target.value.split('\n') })}
        />
        <p id={`${idPrefix}-send-help`} className="muted">
          {t('memo.sendToHelp')}
        </p>
      </Part>

      <Part title={t('memo.signatures')}>
        <div className="memo-signatures">
          {people.map((person) => (
            <label key={person.id} className="checkbox">
              <input
                type="checkbox"
                checked={memo.signatoryIds.includes(person.id)}
                disabled={readOnly}
                onChange={(event) =>
                  setMemo({ signatoryIds: event.target.checked ? [...memo.signatoryIds, person.id] : memo.signatoryIds.filter((id) => id !== person.id) })
                }
              />
              {[person.name, person.title].filter(Boolean).join(', ')}
            </label>
          ))}
        </div>
      </Part>

      <Part title={memoPartName('attachments', settings)}>
        <ol className="memo-attachments">
          {memo.attachmentIds.map((id, index) => (
            <li key={id}>
              {library.get(id) ? <a href={hrefOf({ screen: 'document', id })}>{library.get(id)!.title}</a> : t('memo.subjectMissing')}
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('memo.attachmentRemove', { number: index + 1 })}
                  onClick={() => setMemo({ attachmentIds: memo.attachmentIds.filter((each) => each !== id) })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
        {!readOnly && candidates.length > 0 && (
          <select
            aria-label={t('memo.attachmentAdd')}
            value=""
            onChange={(event) => event.target.value && setMemo({ attachmentIds: [...memo.attachmentIds, event.target.value] })}
          >
            <option value="">{t('memo.attachmentAdd')} …</option>
            {candidates.map((header) => (
              <option key={header.id} value={header.id}>
                {header.title}
              </option>
            ))}
          </select>
        )}
      </Part>
    </div>
  );
}
