import { answeringBody, draftMemo, type RevisionChanges } from '@shared/memo/draft';
import { toIsoDate } from '@shared/model/dates';
import { draftVersionNumber } from '@shared/model/versions';
import { compareContents } from '@shared/text/compare';
import type { DocumentHeader } from '@shared/model/document';
import { MEMO_MATTERS, type MemoMatter } from '@shared/model/memo';
import type { Organisation } from '@shared/model/organisation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { navigate } from '../ui/routes';
import { useStorage } from '../storage/storage';

/** "Skapa tjänsteskrivelse": the user chooses the matter; Handbok writes the draft and opens it. */
export function CreateMemoDialog({ subject, organisation, onClose }: { subject: DocumentHeader; organisation: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const id = useId();
  const [matter, setMatter] = useState<MemoMatter>(subject.status === 'gallande' ? 'revidera' : 'anta');
  // A remissvar is the organisation's own nämnd's answer; the likeliest one is chosen to begin with.
  const [answeringBodyId, setAnsweringBodyId] = useState(answeringBody(organisation)?.id ?? '');

  /** For a draft of the next version in work: what it changes against the version in force, for the memo to name. */
  const revisionChanges = async (): Promise<RevisionChanges | undefined> => {
    const latest = subject.versioning?.revising ? subject.versioning.latest : null;
    if (!latest) return undefined;
    const [version, draft] = await Promise.all([documents.getVersion(latest.id), documents.get(subject.id)]);
    if (!version || !draft?.ok) return undefined;
    return {
      from: latest.number,
      to: draftVersionNumber(subject),
      comparison: compareContents(version.content, draft.document.content),
      assessment: subject.versioning?.assessment ?? null,
    };
  };

  const create = async () => {
    try {
      const revision = matter === 'revidera' ? await revisionChanges() : undefined;
      const seed = draftMemo({ subject, matter, organisation, today: toIsoDate(new Date()), newId: () => crypto.randomUUID(), answeringBodyId, ...(revision ? { revision } : {}) });
      const id = await documents.create(seed);
      onClose();
      navigate({ screen: 'document', id });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };

  return (
    <FormDialog title={t('memo.createTitle')} submitLabel={t('memo.createSubmit')} onSubmit={() => void create()} onClose={onClose}>
      <p>{t('memo.createIntro')}</p>
      <fieldset className="choices">
        <legend>{t('memo.matterLabel')}</legend>
        {MEMO_MATTERS.map((each) => (
          <label key={each} className="checkbox">
            <input type="radio" name="matter" value={each} checked={matter === each} onChange={() => setMatter(each)} />
            {t(`memo.matters.${each}`)}
          </label>
        ))}
      </fieldset>
      {matter === 'remissvar' && (organisation?.bodies.length ?? 0) > 0 && (
        <div className="field">
          <label htmlFor={`${id}-answering`}>{t('memo.answeringBody')}</label>
          <select id={`${id}-answering`} value={answeringBodyId} onChange={(event) => setAnsweringBodyId(event.target.value)}>
            {organisation!.bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormDialog>
  );
}
