import { draftMemo } from '@shared/memo/draft';
import type { DocumentHeader } from '@shared/model/document';
import { MEMO_MATTERS, type MemoMatter } from '@shared/model/memo';
import type { Organisation } from '@shared/model/organisation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { navigate } from '../ui/routes';
import { useStorage } from '../storage/storage';

const today = () => new Date().toLocaleDateString('sv-SE');

/** "Skapa tjänsteskrivelse": the user chooses the matter; Handbok writes the draft and opens it. */
export function CreateMemoDialog({ subject, organisation, onClose }: { subject: DocumentHeader; organisation: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { documents } = useStorage();
  const notice = useNotice();
  const [matter, setMatter] = useState<MemoMatter>(subject.status === 'gallande' ? 'revidera' : 'anta');

  const create = async () => {
    try {
      const seed = draftMemo({ subject, matter, organisation, today: today(), newId: () => crypto.randomUUID() });
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
    </FormDialog>
  );
}
