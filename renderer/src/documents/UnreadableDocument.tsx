import type { NormalizeProblem } from '@shared/model/normalize-document';
import { useTranslation } from 'react-i18next';
import { describeNormalizeProblem } from '../ui/describe-problem';
import { hrefOf } from '../ui/routes';

/** A stored document that does not validate: explained, shown as it is, and never written over. */
export function UnreadableDocument({ problems, raw }: { problems: readonly NormalizeProblem[]; raw: unknown }) {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="unreadable-title">
      <a href={hrefOf({ screen: 'library' })} className="document__back">
        ← {t('document.back')}
      </a>
      <div className="banner banner--error" role="alert">
        <h1 id="unreadable-title">{t('document.unreadableTitle')}</h1>
        <p>{t('document.unreadableText')}</p>
        <p>{t('document.unreadableProblems')}</p>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>{describeNormalizeProblem(problem, t)}</li>
          ))}
        </ul>
      </div>
      <h2>{t('document.unreadableRaw')}</h2>
      <pre className="raw-data" tabIndex={0}>
        {JSON.stringify(raw, null, 2)}
      </pre>
    </section>
  );
}
