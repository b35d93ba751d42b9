import { addGroup, addPoint, changeGroup, removePoint, setPoint } from '@shared/memo/edits';
import { memoPartName, proposalHeading, standardPoints } from '@shared/memo/words';
import type { Memo, MemoSettings } from '@shared/model/memo';
import type { Body } from '@shared/model/organisation';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Part } from './MemoPart';

/** The proposal: numbered decision points, in groups by the body they are proposed to. */
export function ProposalPart({
  memo,
  settings,
  bodies,
  readOnly,
  onChange,
}: {
  memo: Memo;
  settings: MemoSettings | undefined;
  bodies: readonly Body[];
  readOnly: boolean;
  onChange: (memo: Memo) => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const proposalName = memoPartName('proposal', settings);
  // The organisation's standard points, offered as they are; the checks accept them without naming a body.
  const standard = standardPoints(settings);
  return (
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
              onChange={(event) => onChange(changeGroup(memo, groupIndex, { body: event.target.value }))}
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
                    onChange={(event) => onChange(setPoint(memo, groupIndex, pointIndex, event.target.value))}
                  />
                  {!readOnly && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('memo.removePoint', { number: pointIndex + 1 })}
                      onClick={() => onChange(removePoint(memo, groupIndex, pointIndex))}
                    >
                      ×
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {!readOnly && (
            <div className="memo-proposal__add">
              <button type="button" className="button button--small" onClick={() => onChange(addPoint(memo, groupIndex))}>
                {t('memo.addPoint')}
              </button>
              {standard.length > 0 && (
                <select
                  aria-label={t('memo.addStandardPoint', { number: groupIndex + 1 })}
                  value=""
                  onChange={(event) => event.target.value && onChange(addPoint(memo, groupIndex, event.target.value))}
                >
                  <option value="">{t('memo.addStandardPointChoose')}</option>
                  {standard.map((phrase) => (
                    <option key={phrase} value={phrase}>
                      {phrase}
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" className="button button--small" onClick={() => onChange(addGroup(memo, crypto.randomUUID()))}>
          {t('memo.addGroup')}
        </button>
      )}
      <datalist id={`${idPrefix}-bodies`}>
        {bodies.map((body) => (
          <option key={body.id} value={body.name} />
        ))}
      </datalist>
    </Part>
  );
}
