import { sampleLibrary } from '@resources/samples/sample-library';
import { useTranslation } from 'react-i18next';
import { navigate } from '../ui/routes';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useStorage } from '../storage/storage';

/** Adds the built-in sample documents to the library (as new copies, never over the user's own). */
export function useOpenSampleLibrary() {
  const { documents } = useStorage();
  const notice = useNotice();
  const { t } = useTranslation();
  return async () => {
    try {
      const ids = await documents.createMany(sampleLibrary);
      navigate({ screen: 'library' });
      notice({ tone: 'info', text: t('library.sampleAdded', { count: ids.length }) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    }
  };
}
