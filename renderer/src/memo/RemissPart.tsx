import type { Memo, Remiss } from '@shared/model/memo';
import type { Body } from '@shared/model/organisation';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Part } from './MemoPart';

/** The remiss a remissvar answers: who sent it (a body of the organisation or any other), their registry number and the answer date. */
export function RemissPart({ memo, bodies, readOnly, onChange }: { memo: Memo; bodies: readonly Body[]; readOnly: boolean; onChange: (memo: Memo) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const set = (changes: Partial<Remiss>) => onChange({ ...memo, remiss: { ...memo.remiss, ...changes } });
  const field = (key: 'from' | 'registryNumber' | 'answerBy', placeholder: string, list?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`memo.remiss.${key}`)}</label>
      <input id={`${id}-${key}`} value={memo.remiss[key]} readOnly={readOnly} placeholder={placeholder} list={list} onChange={(event) => set({ [key]: event.target.value })} />
    </div>
  );
  return (
    <Part title={t('memo.remiss.title')}>
      <div className="memo-header">
        {field('from', 'Kommunstyrelsen', `${id}-bodies`)}
        {field('registryNumber', 'KS 2026/123')}
        {field('answerBy', 'ÅÅÅÅ-MM-DD')}
      </div>
      <datalist id={`${id}-bodies`}>
        {bodies.map((body) => (
          <option key={body.id} value={body.name} />
        ))}
      </datalist>
    </Part>
  );
}
