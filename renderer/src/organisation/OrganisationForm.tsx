import type { Body, Organisation, Person } from '@shared/model/organisation';
import { useTranslation } from 'react-i18next';
import { HouseStyleFields } from './HouseStyleFields';
import { MemoSettingsFields } from './MemoSettingsFields';
import { OrganisationIdentityFields } from './OrganisationIdentityFields';
import { ReviewIntervalFields } from './ReviewIntervalFields';
import { RowsFieldset } from './RowsFieldset';

/**
 * The organisation profile: who it is (name, office, logo), its house style and memo settings, the
 * bodies that decide and the people who write.
 */
export function OrganisationForm({
  value,
  onChange,
}: {
  value: Organisation;
  onChange: (changes: Partial<Organisation>) => void;
}) {
  const { t } = useTranslation();

  return (
    <div className="form">
      <OrganisationIdentityFields value={value} onChange={onChange} />

      <HouseStyleFields value={value.houseStyle} onChange={(houseStyle) => onChange({ houseStyle })} />
      <MemoSettingsFields value={value.memoSettings} onChange={(memoSettings) => onChange({ memoSettings })} />
      <ReviewIntervalFields value={value.reviewIntervals} onChange={(reviewIntervals) => onChange({ reviewIntervals })} />

      <RowsFieldset<Body>
        legend={t('organisation.bodies')}
        intro={t('organisation.bodiesIntro')}
        rows={value.bodies}
        fields={[
          { key: 'name', label: t('organisation.bodyName') },
          { key: 'abbreviation', label: t('organisation.bodyAbbreviation'), narrow: true },
        ]}
        addLabel={t('organisation.addBody')}
        removeLabel={(name) => t('organisation.removeBody', { name })}
        create={() => ({ id: crypto.randomUUID(), name: '', abbreviation: '' })}
        onChange={(bodies) => onChange({ bodies })}
      />
      <RowsFieldset<Person>
        legend={t('organisation.people')}
        intro={t('organisation.peopleIntro')}
        rows={value.people}
        fields={[
          { key: 'name', label: t('organisation.personName') },
          { key: 'title', label: t('organisation.personTitle') },
          { key: 'email', label: t('organisation.personEmail'), type: 'email' },
          { key: 'phone', label: t('organisation.personPhone'), type: 'tel' },
        ]}
        addLabel={t('organisation.addPerson')}
        removeLabel={(name) => t('organisation.removePerson', { name })}
        create={() => ({ id: crypto.randomUUID(), name: '', title: '', email: '', phone: '' })}
        onChange={(people) => onChange({ people })}
      />
    </div>
  );
}
