import { describeDocxRefusal, describeImportWarning } from '@shared/i18n/word-import';
import { isLocale } from '@shared/i18n/locales';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from '@shared/model/kinds';
import { formatDecisionReference } from '@shared/model/decision';
import { content, type SerializedNode } from '@shared/model/content';
import { contentPlainText } from '@shared/model/tree';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../../storage/metadata-labels';
import { Dialog } from '../../ui/Dialog';
import { OriginalPreview } from './OriginalPreview';
import type { ReadyFile, WordImportFile } from './use-word-import';
import { WordBackChoice, type RenderCompare } from './WordBackChoice';

/** The key under which the decision history is accepted or declined, beside the metadata fields. */
const DECISIONS = 'decisions';

/** A block's text as one line, its fields and items apart ("Chefer · ansvarar för att · planera …"). */
const summary = (node: SerializedNode) => {
  const text = contentPlainText(content(node)).split('\n').join(' · ');
  return text.length > 110 ? `${text.slice(0, 109)}…` : text;
};

/**
 * The import review: each file beside what Handbok proposes to make of it. Every proposed block and
 * metadata value is a checkbox, accepted until the user unticks it (then it stays as ordinary text);
 * nothing is created until "Importera". A file exported from a library document is offered as a new
 * draft of it, with what it changed against the version it came from.
 */
export function WordImportDialog({
  files,
  onChange,
  onImport,
  onCancel,
  renderCompare,
}: {
  files: WordImportFile[];
  onChange: (key: number, change: (file: WordImportFile) => WordImportFile) => void;
  onImport: () => void;
  onCancel: () => void;
  renderCompare: RenderCompare;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  // A file is read once the library has also been looked in for the document it came from.
  const read = files.filter((file) => (file.state === 'ready' && file.wordBack !== undefined) || file.state === 'refused').length;
  const reading = read < files.length;
  const accepted = files.filter((file) => file.state === 'ready' && file.include).length;
  const current = files[Math.min(selected, files.length - 1)]!;

  return (
    <Dialog
      title={t('wordImport.title')}
      className="dialog--word-import"
      onClose={onCancel}
      footer={
        <>
          {reading && (
            <span className="word-import__progress" role="status">
              <progress max={files.length} value={read} /> {t('wordImport.progress', { read, count: files.length })}
            </span>
          )}
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={reading || accepted === 0} onClick={onImport}>
            {t('wordImport.import', { count: accepted })}
          </button>
        </>
      }
    >
      {files.length > 1 && (
        <ul className="word-import__files" aria-label={t('wordImport.files')}>
          {files.map((file, index) => (
            <li key={file.key}>
              <button type="button" className="button button--small" aria-current={index === selected} onClick={() => setSelected(index)}>
                {file.name} <span className="muted">{t(`wordImport.state.${file.state}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FileReview file={current} onChange={(change) => onChange(current.key, change)} renderCompare={renderCompare} />
    </Dialog>
  );
}

function FileReview({
  file,
  onChange,
  renderCompare,
}: {
  file: WordImportFile;
  onChange: (change: (file: WordImportFile) => WordImportFile) => void;
  renderCompare: RenderCompare;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'sv';
  if (file.state === 'refused') {
    return (
      <p role="alert" className="word-import__refused">
        {t('wordImport.refused', { file: file.name, reason: describeDocxRefusal(file.refusal, locale) })}
      </p>
    );
  }
  if (file.state !== 'ready') return <p role="status">{t('wordImport.reading', { file: file.name })}</p>;
  const change = (update: (ready: ReadyFile) => ReadyFile) => onChange((current) => (current.state === 'ready' ? update(current) : current));
  return (
    <div className="word-import__review">
      {file.bytes && <OriginalPreview bytes={file.bytes} name={file.name} />}
      <div className="word-import__side">
        {file.wordBack && (
          <WordBackChoice file={file} plan={file.wordBack} locale={locale} renderCompare={renderCompare} onTarget={(target) => change((ready) => ({ ...ready, target }))} />
        )}
        <Proposal file={file} change={change} locale={locale} />
      </div>
    </div>
  );
}

function Proposal({ file, change, locale }: { file: ReadyFile; change: (update: (ready: ReadyFile) => ReadyFile) => void; locale: 'sv' | 'en' }) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const { proposal, choices } = file;
  const toggle = (set: 'declinedBlocks' | 'declinedFields', key: number | string, accepted: boolean) =>
    change((ready) => {
      const next = new Set<number | string>(ready.choices[set]);
      if (accepted) next.delete(key);
      else next.add(key);
      return { ...ready, choices: { ...ready.choices, [set]: next } };
    });
  const choose = (choice: Pick<ReadyFile['choices'], 'title' | 'kind' | 'status'>) => change((ready) => ({ ...ready, choices: { ...ready.choices, ...choice } }));
  const fields = proposal.metadata.fields.filter((field) => field.key !== 'documentName' && field.key !== 'documentKind');
  const decisions = proposal.metadata.decisions;
  // A new draft keeps its document's title, metadata and decisions: only a new document is made of these.
  const drafting = file.target === 'draft' && file.wordBack?.draftFrom != null;

  return (
    <section className="word-import__proposal" aria-label={t('wordImport.proposal')}>
      <label className="word-import__include">
        <input type="checkbox" checked={file.include} onChange={(event) => change((ready) => ({ ...ready, include: event.target.checked }))} />
        {t('wordImport.include')}
      </label>
      {!drafting && (
        <>
          <div className="word-import__fields">
            <label>
              {label('documentName')}
              <input type="text" value={choices.title ?? proposal.title} onChange={(event) => choose({ title: event.target.value })} />
            </label>
            <label>
              {label('documentKind')}
              <select value={choices.kind ?? proposal.kind} onChange={(event) => choose({ kind: event.target.value as DocumentKind })}>
                {DOCUMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('wordImport.status')}
              <select value={choices.status ?? proposal.status} onChange={(event) => choose({ status: event.target.value as DocumentStatus })}>
                {DOCUMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <fieldset>
            <legend>{t('wordImport.metadata')}</legend>
            {fields.length === 0 && decisions.length === 0 && <p className="muted">{t('wordImport.noMetadata')}</p>}
            {fields.map((field) => (
              <Choice key={field.key} name={label(field.key)} text={field.value} accepted={!choices.declinedFields.has(field.key)} onToggle={(accepted) => toggle('declinedFields', field.key, accepted)} />
            ))}
            {decisions.length > 0 && (
              <Choice
                name={t('wordImport.decisions', { count: decisions.length })}
                text={decisions.map(formatDecisionReference).join('; ')}
                accepted={!choices.declinedFields.has(DECISIONS)}
                onToggle={(accepted) => toggle('declinedFields', DECISIONS, accepted)}
              />
            )}
          </fieldset>

          <fieldset>
            <legend>{t('wordImport.blocks', { count: proposal.blocks.length })}</legend>
            {proposal.blocks.length === 0 && <p className="muted">{t('wordImport.noBlocks')}</p>}
            {proposal.blocks.map((match, index) => (
              <Choice
                key={match.from}
                name={match.type === 'heading' ? t('wordImport.heading') : t(`blocks.${match.type}.name`)}
                text={summary(match.block)}
                accepted={!choices.declinedBlocks.has(index)}
                onToggle={(accepted) => toggle('declinedBlocks', index, accepted)}
              />
            ))}
          </fieldset>
        </>
      )}

      {proposal.warnings.length > 0 && (
        <details className="word-import__warnings" open={proposal.warnings.length <= 5}>
          <summary>{t('wordImport.warnings', { count: proposal.warnings.length })}</summary>
          <ul>
            {proposal.warnings.map((warning, index) => (
              <li key={index}>{describeImportWarning(warning, locale)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** One proposal the user accepts (ticked) or declines: what it is, and what it holds. */
function Choice({ name, text, accepted, onToggle }: { name: string; text: string; accepted: boolean; onToggle: (accepted: boolean) => void }) {
  return (
    <label className="word-import__choice">
      <input type="checkbox" checked={accepted} onChange={(event) => onToggle(event.target.checked)} />
      <span>
        <strong>{name}:</strong> {text}
      </span>
    </label>
  );
}
