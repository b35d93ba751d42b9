import { qualityReport } from '@shared/text/quality';
import type { Lix } from '@shared/text/lix';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contentOf } from './ContentEditor';
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

/** Readability (LIX) of the whole and of each section, and headings that skip a level. */
export function QualityPanel() {
  const { t } = useTranslation();
  const state = useDebouncedEditorState(500);
  const report = useMemo(() => qualityReport(contentOf(state)), [state]);
  return (
    <div className="quality">
      <p className="quality__total">
        <span>{t('quality.documentLix')}</span> <LixValue lix={report.document} />
      </p>
      <p className="field__hint">{t('quality.scale')}</p>
      {(report.headingSkips.length > 0 || report.emptyRequiredFields.length > 0) && (
        <ul className="quality__warnings">
          {report.headingSkips.map((skip, index) => (
            <li key={`skip-${index}`}>{t('quality.headingSkip', { title: skip.title, from: skip.from, to: skip.to })}</li>
          ))}
          {report.emptyRequiredFields.map((empty, index) => (
            <li key={`empty-${index}`}>
              {t('quality.emptyField', {
                block: t(`blocks.${empty.block}.name`),
                ordinal: empty.ordinal,
                field: t(`blocks.${empty.block}.fields.${empty.field}`),
              })}
            </li>
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
