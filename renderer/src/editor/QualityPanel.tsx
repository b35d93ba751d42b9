import { qualityReport } from '@shared/text/quality';
import type { Lix } from '@shared/text/lix';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contentOf } from './ContentEditor';
import { useEditorLibrary } from './library-context';
import { useDebouncedEditorState } from './use-debounced-editor-state';

function LixValue({ lix }: { lix: Lix | null }) {
  const { t, i18n } = useTranslation();
  if (!lix) return <span className="muted">–</span>;
  return (
    <span className={`lix lix--${lix.level}`}>
      {lix.value.toLocaleString(i18n.language, { maximumFractionDigits: 0 })} · {t(`quality.level.${lix.level}`)}
    </span>
  );
}

/**
 * What to correct in the document's details (required ones left empty, malformed ones: the document
 * screen words them, since their labels are the organisation's), readability (LIX) of the whole and
 * of each section, and the faults qualityReport finds.
 */
export function QualityPanel({ metadataProblems }: { metadataProblems: readonly string[] }) {
  const { t } = useTranslation();
  const problemsId = useId();
  const state = useDebouncedEditorState(500);
  const { documents } = useEditorLibrary();
  const report = useMemo(() => {
    const report = qualityReport(contentOf(state), (id) => documents?.get(id));
    // Until the library has loaded, no reference can be judged: none is called broken.
    return documents === undefined ? { ...report, brokenReferences: [] } : report;
  }, [state, documents]);
  const warnings = [
    ...report.headingSkips.map((skip) => t('quality.headingSkip', { title: skip.title, from: skip.from, to: skip.to })),
    ...report.emptyRequiredFields.map((empty) => {
      const names = { block: t(`blocks.${empty.block}.name`), ordinal: empty.ordinal, field: t(`blocks.${empty.block}.fields.${empty.field}`) };
      return empty.parent
        ? t('quality.emptyItemField', { ...names, parent: t(`blocks.${empty.parent.block}.name`), parentOrdinal: empty.parent.ordinal })
        : t('quality.emptyField', names);
    }),
    ...report.imagesWithoutAlt.map((ordinal) => t('quality.imageWithoutAlt', { ordinal })),
    ...report.brokenReferences.map(({ ordinal, problem }) => t('quality.brokenReference', { ordinal, problem: t(`blocks.reference.${problem}`) })),
  ];
  return (
    <div className="quality">
      {metadataProblems.length > 0 && (
        <>
          <h3 id={problemsId}>{t('metadata.problemsHeading')}</h3>
          <ul className="quality__warnings" aria-labelledby={problemsId}>
            {metadataProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      <p className="quality__total">
        <span>{t('quality.documentLix')}</span> <LixValue lix={report.document} />
      </p>
      <p className="field__hint">{t('quality.scale')}</p>
      {warnings.length > 0 && (
        <ul className="quality__warnings">
          {warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      )}
      <h3>{t('quality.sections')}</h3>
      <table className="quality__table">
        <tbody>
          {report.sections.map((section, index) => (
            <tr key={index}>
              <th scope="row" className={`quality__section quality__section--${section.level}`}>
                {section.title ?? t('quality.beforeFirstHeading')}
              </th>
              <td>
                <LixValue lix={section.lix} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
