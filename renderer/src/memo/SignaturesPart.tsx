import { moveSignatory, setSignatory } from '@shared/memo/edits';
import type { Memo } from '@shared/model/memo';
import type { Person } from '@shared/model/organisation';
import { useTranslation } from 'react-i18next';
import { Part } from './MemoPart';

const nameAndTitle = (person: Person) => [person.name, person.title].filter(Boolean).join(', ');

/**
 * Who signs, and in what order: the people are ticked in the organisation's list, and the signatures
 * stand below in the order they will be printed, moved with the arrows (not the order they were ticked).
 */
export function SignaturesPart({ memo, people, readOnly, onChange }: { memo: Memo; people: readonly Person[]; readOnly: boolean; onChange: (memo: Memo) => void }) {
  const { t } = useTranslation();
  const signatories = memo.signatoryIds.flatMap((id) => people.filter((person) => person.id === id));
  return (
    <Part title={t('memo.signatures')}>
      <div className="memo-signatures">
        {people.map((person) => (
          <label key={person.id} className="checkbox">
            <input type="checkbox" checked={memo.signatoryIds.includes(person.id)} disabled={readOnly} onChange={(event) => onChange(setSignatory(memo, person.id, event.target.checked))} />
            {nameAndTitle(person)}
          </label>
        ))}
      </div>
      {signatories.length > 1 && (
        <div className="front-page-fields">
          <p className="muted">{t('memo.signatureOrder')}</p>
          <ol aria-label={t('memo.signatureOrder')}>
            {signatories.map((person, position) => (
              <li key={person.id}>
                <span>
                  {position + 1}. {nameAndTitle(person)}
                </span>
                {!readOnly && (
                  <span className="front-page-fields__move">
                    <button type="button" className="button button--quiet" disabled={position === 0} aria-label={t('memo.signatoryUp', { name: person.name })} onClick={() => onChange(moveSignatory(memo, person.id, -1))}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={position === signatories.length - 1}
                      aria-label={t('memo.signatoryDown', { name: person.name })}
                      onClick={() => onChange(moveSignatory(memo, person.id, 1))}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Part>
  );
}
