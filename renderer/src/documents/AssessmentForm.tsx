import type { DocumentHeader } from '@shared/model/document';
import { formatVersionNumber, nextVersionNumber, type Assessment } from '@shared/model/versions';
import type { Comparison } from '@shared/text/compare';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserName } from '../ui/user-name';

export interface AssessmentControl {
  header: DocumentHeader;
  /** Records the choice; the dialog closes when it is stored. */
  onAssess: (change: Assessment['change'], by: string) => Promise<void>;
}

/**
 * Under a compare of the draft with the version in force: the person decides whether the revision is
 * editorial or substantive, starting from Handbok's proposal (or their earlier choice), and signs it
 * with their name, which this computer remembers.
 */
export function AssessmentForm({ control: { header, onAssess }, proposal }: { control: AssessmentControl; proposal: Comparison['overall'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [storedName, storeName] = useUserName();
  const current = header.versioning?.assessment ?? null;
  const latest = header.versioning?.latest?.number ?? null;
  const [change, setChange] = useState<Assessment['change']>(current?.change ?? (proposal === 'substantive' ? 'substantive' : 'editorial'));
  const [name, setName] = useState(current?.by ?? storedName);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!name.trim()) return;
    setSaving(true);
    storeName(name);
    try {
      await onAssess(change, name.trim());
    } finally {
      setSaving(false);
    }
  };
  const choices = (['editorial', 'substantive'] as const).map((each) => ({
    each,
    label: t(`versions.assessment.${each}`, { number: formatVersionNumber(nextVersionNumber(latest, each)) }),
  }));
  return (
    <form
      className="assessment"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-heading`}>{t('versions.assessment.heading')}</h3>
      <fieldset className="choices">
        <legend className="visually-hidden">{t('versions.assessment.heading')}</legend>
        {choices.map(({ each, label }) => (
          <label key={each} className="checkbox">
            <input type="radio" name={`${id}-change`} value={each} checked={change === each} onChange={() => setChange(each)} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('versions.assessment.name')}</label>
        <input id={`${id}-name`} value={name} required autoComplete="name" onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={saving || !name.trim()}>
        {t('versions.assessment.save')}
      </button>
    </form>
  );
}
