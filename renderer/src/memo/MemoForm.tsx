import { sendToText, setAssessment, setRegistryNumber, setSendTo, type MemoDraft } from '@shared/memo/edits';
import { partHasText } from '@shared/memo/layout';
import { ASSESSMENTS_IN_ORDER, memoPartName, memoTemplate, templatePartName } from '@shared/memo/words';
import type { DocumentHeader } from '@shared/model/document';
import type { Memo, MemoTextPart } from '@shared/model/memo';
import { EMPTY_MEMO_TEXT } from '@shared/model/memo-text';
import { ownPartId, templateOrder, type MemoBuiltinPart, type MemoPartKey } from '@shared/model/memo-template';
import type { Organisation } from '@shared/model/organisation';
import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';
import { hrefOf } from '../ui/routes';
import { AttachmentsPart } from './AttachmentsPart';
import { Part, TextPart } from './MemoPart';
import { ProposalPart } from './ProposalPart';
import { RemissPart } from './RemissPart';
import { SignaturesPart } from './SignaturesPart';

/**
 * The tjänsteskrivelse as the organisation's template lays it out: the header, then every part in the
 * template's order, typed (people and bodies chosen from the organisation, attachments from the
 * library). Which parts there are is the template's to say, not the official's. Each text part is
 * rich text in an editor of its own.
 */
export function MemoForm({
  memoId,
  draft,
  organisation,
  library,
  readOnly,
  onChange,
}: {
  memoId: string;
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
  const template = memoTemplate(settings);
  const people = organisation?.people ?? [];
  const bodies = organisation?.bodies ?? [];
  const change = (next: Memo) => onChange({ memo: next });
  const setMemo = (changes: Partial<Memo>) => change({ ...memo, ...changes });
  const subject = library.get(memo.subjectId);
  const assessments = ASSESSMENTS_IN_ORDER.filter((assessment) => assessment in memo.assessments || settings?.assessments.includes(assessment));

  /** The field of one place of the template; the form follows the template's order, as the export does. */
  const partField = (key: MemoPartKey): ReactNode => {
    const own = ownPartId(key);
    if (own !== null)
      return (
        <TextPart
          label={templatePartName(key, settings)}
          value={memo.ownParts[own] ?? EMPTY_MEMO_TEXT}
          guidance={t('memo.guidance.ownPart')}
          readOnly={readOnly}
          onChange={(value) => setMemo({ ownParts: { ...memo.ownParts, [own]: value } })}
        />
      );
    switch (key as MemoBuiltinPart) {
      case 'remiss':
        return memo.matter === 'remissvar' ? <RemissPart memo={memo} bodies={bodies} readOnly={readOnly} onChange={change} /> : null;
      case 'summary':
      case 'description':
      case 'opinion': {
        const part = key as MemoTextPart;
        return (
          <TextPart
            label={memoPartName(part, settings)}
            value={memo[part]}
            guidance={t(`memo.guidance.${part}`)}
            readOnly={readOnly}
            onChange={(value) => setMemo({ [part]: value })}
          />
        );
      }
      case 'assessments':
        return assessments.map((assessment) => (
          <TextPart
            key={assessment}
            label={memoPartName(assessment, settings)}
            value={memo.assessments[assessment] ?? EMPTY_MEMO_TEXT}
            guidance={t('memo.guidance.assessment')}
            readOnly={readOnly}
            onChange={(value) => change(setAssessment(memo, assessment, value))}
          />
        ));
      case 'proposal':
        return <ProposalPart memo={memo} settings={settings} bodies={bodies} readOnly={readOnly} onChange={change} />;
      case 'sendTo':
        return (
          <Part title={memoPartName('sendTo', settings)}>
            <textarea
              className="memo-text"
              aria-label={memoPartName('sendTo', settings)}
              aria-describedby={`${idPrefix}-send-help`}
              rows={3}
              value={sendToText(memo)}
              readOnly={readOnly}
              onChange={(event) => change(setSendTo(memo, event.target.value))}
            />
            <p id={`${idPrefix}-send-help`} className="muted">
              {t('memo.sendToHelp')}
            </p>
          </Part>
        );
      case 'signatures':
        return <SignaturesPart memo={memo} people={people} readOnly={readOnly} onChange={change} />;
      case 'attachments':
        return <AttachmentsPart memoId={memoId} memo={memo} settings={settings} library={library} readOnly={readOnly} onChange={change} />;
    }
  };

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
              onChange={(event) => onChange(setRegistryNumber(draft, event.target.value))}
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

      {templateOrder(template, (key) => partHasText(memo, key)).map((key) => (
        <Fragment key={key}>{partField(key)}</Fragment>
      ))}
    </div>
  );
}
