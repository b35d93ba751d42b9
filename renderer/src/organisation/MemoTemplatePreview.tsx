import { HEADER_FACT_LABELS, kindTitle, templatePartName } from '@shared/memo/words';
import type { MemoSettings } from '@shared/model/memo';
import { templateOrder, type MemoTemplate } from '@shared/model/memo-template';
import { useTranslation } from 'react-i18next';

/**
 * The skeleton of a memo made with the template, as it will be printed: the kind word and the
 * header's labels at the top, the title, then each part in order under its name. It shows no text,
 * only where things stand, so that the official sees the effect of each change at once.
 */
export function MemoTemplatePreview({ template, settings, registryLabel }: { template: MemoTemplate; settings: MemoSettings; registryLabel: string }) {
  const { t } = useTranslation();
  const labelOf = (fact: MemoTemplate['header'][number]) => fact.label.trim() || (fact.fact === 'registryNumber' ? registryLabel : HEADER_FACT_LABELS[fact.fact]);
  return (
    <figure className="memo-preview" aria-label={t('organisation.memoTemplate.preview')}>
      <figcaption className="field__hint">{t('organisation.memoTemplate.preview')}</figcaption>
      <div className="memo-preview__page">
        <p className="memo-preview__kind">{(template.kindWord.trim() || 'Tjänsteskrivelse').toLocaleUpperCase('sv')}</p>
        <ul className="memo-preview__facts">
          {template.header.map((fact) => (
            <li key={fact.fact}>{fact.fact === 'officer' && template.officerOnLines ? `${labelOf(fact)}: ${t('organisation.memoTemplate.officerLines')}` : `${labelOf(fact)}: …`}</li>
          ))}
        </ul>
        <p className="memo-preview__title">{kindTitle(template.kindWord)} – …</p>
        <ol className="memo-preview__parts">
          {templateOrder(template).map((key) => (
            <li key={key}>
              {templatePartName(key, settings)}
              {key === 'remiss' && ` (${t('organisation.memoTemplate.remissOnly')})`}
              {template.required.includes(key) && <span className="muted"> · {t('organisation.memoTemplate.required')}</span>}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
