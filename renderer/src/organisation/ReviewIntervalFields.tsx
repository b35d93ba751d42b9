import { DEFAULT_REVIEW_INTERVALS, REVIEWED_KINDS, reviewIntervalSchema, type ReviewInterval, type ReviewIntervals } from '@shared/model/review';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';

/** The intervals offered; one stored that is not among them (from an archive, a newer Handbok) is offered too. */
const OFFERED: readonly ReviewInterval[] = [6, 12, 24, 36, 48, 'term'];

/**
 * How often each kind of governing document is reviewed (aktualitetsprövning): the default of its kind,
 * or the organisation's own choice. The memo is never reviewed and is not listed.
 */
export function ReviewIntervalFields({ value, onChange }: { value: ReviewIntervals | undefined; onChange: (value: ReviewIntervals) => void }) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const id = useId();
  const words = (interval: ReviewInterval) => (interval === 'term' ? t('review.interval.term') : t('review.interval.months', { count: interval }));
  return (
    <fieldset className="fieldset">
      <legend>{t('review.settings.legend')}</legend>
      <p className="field__hint">{t('review.settings.intro', { reviewBy: label('reviewBy') })}</p>
      <div className="house-style review-intervals">
        {REVIEWED_KINDS.map((kind) => {
          const chosen = value?.[kind];
          const offered = chosen === undefined || OFFERED.includes(chosen) ? OFFERED : [...OFFERED, chosen];
          return (
            <div className="field" key={kind}>
              <label htmlFor={`${id}-${kind}`}>{t(`kindPlural.${kind}`)}</label>
              <select
                id={`${id}-${kind}`}
                value={chosen === undefined ? '' : String(chosen)}
                onChange={(event) => {
                  // The empty choice is the default: the kind is left out, so a later default applies to it.
                  const { [kind]: _previous, ...others } = value ?? {};
                  const picked = reviewIntervalSchema.safeParse(event.target.value === 'term' ? 'term' : Number(event.target.value));
                  onChange(event.target.value !== '' && picked.success ? { ...others, [kind]: picked.data } : others);
                }}
              >
                <option value="">{t('review.settings.standard', { interval: words(DEFAULT_REVIEW_INTERVALS[kind]) })}</option>
                {offered.map((interval) => (
                  <option key={interval} value={String(interval)}>
                    {words(interval)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
