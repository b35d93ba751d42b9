import { normalizeParagraph } from '@shared/model/dates';
import { hasTableOfContents, type DocumentHeader } from '@shared/model/document';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '@shared/model/kinds';
import {
  decisionOfField,
  METADATA_FIELDS,
  separateParagraph,
  validateMetadata,
  type DocumentMetadata,
  type MetadataFieldKey,
} from '@shared/model/metadata';
import type { Body } from '@shared/model/organisation';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataWords } from '../storage/metadata-labels';

export type HeaderDraft = Pick<DocumentHeader, 'title' | 'kind' | 'status' | 'metadata' | 'decisions' | 'memo' | 'tableOfContents'>;

/** The metadata block of domain.md: every field, with the organisation's labels and clear validation. */
export function MetadataPanel({
  draft,
  bodies,
  readOnly,
  onChange,
}: {
  draft: HeaderDraft;
  bodies: readonly Body[];
  readOnly: boolean;
  onChange: (changes: Partial<HeaderDraft>) => void;
}) {
  const { t } = useTranslation();
  const words = useMetadataWords();
  const { label } = words;
  const idPrefix = useId();
  const issues = validateMetadata(draft.metadata);
  const bodyListId = `${idPrefix}-bodies`;

  const setField = (key: MetadataFieldKey, value: string) => {
    const metadata: DocumentMetadata = { ...draft.metadata, [key]: value };
    onChange({ metadata });
  };

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t('metadata.heading')}</h2>
      <div className="field">
        <label htmlFor={`${idPrefix}-kind`}>{label('documentKind')}</label>
        <select
          id={`${idPrefix}-kind`}
          value={draft.kind}
          disabled={readOnly}
          onChange={(event) => onChange({ kind: event.target.value as HeaderDraft['kind'] })}
        >
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-status`}>{t('document.status')}</label>
        <select
          id={`${idPrefix}-status`}
          value={draft.status}
          disabled={readOnly}
          onChange={(event) => onChange({ status: event.target.value as HeaderDraft['status'] })}
        >
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {METADATA_FIELDS.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const fieldIssues = issues.filter((issue) => issue.field === field.key);
        const hint = words.hint(field.key);
        const describedBy = [hint ? `${id}-hint` : '', fieldIssues.length ? `${id}-error` : ''].filter(Boolean).join(' ');
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>{label(field.key)}</label>
            <input
              id={id}
              name={field.key}
              value={draft.metadata[field.key] ?? ''}
              readOnly={readOnly}
              list={field.input === 'body' ? bodyListId : undefined}
              inputMode={field.input === 'date' ? 'numeric' : undefined}
              aria-invalid={fieldIssues.length > 0 || undefined}
              aria-describedby={describedBy || undefined}
              onChange={(event) => setField(field.key, event.target.value)}
              onBlur={(event) => {
                if (field.input === 'paragraph') {
                  const normalized = normalizeParagraph(event.target.value);
                  if (normalized !== event.target.value) setField(field.key, normalized);
                }
                // "2023-04-13 § 64" typed in a decision's date: the paragraph goes to its own field.
                const decision = decisionOfField(field.key);
                if (field.input === 'date' && decision) {
                  const separated = separateParagraph(draft.metadata, decision);
                  if (separated !== draft.metadata) onChange({ metadata: separated });
                }
              }}
            />
            {hint && (
              <p id={`${id}-hint`} className="field__hint">
                {hint}
              </p>
            )}
            {fieldIssues.length > 0 && (
              <p id={`${id}-error`} className="field__error">
                {fieldIssues.map(words.issue).join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <datalist id={bodyListId}>
        {bodies.map((body) => (
          <option key={body.id} value={body.name} />
        ))}
      </datalist>
      {bodies.length === 0 && !readOnly && <p className="field__hint">{t('metadata.noBodies')}</p>}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={hasTableOfContents(draft)}
            disabled={readOnly}
            aria-describedby={`${idPrefix}-contents-hint`}
            onChange={(event) => onChange({ tableOfContents: event.target.checked })}
          />
          {t('metadata.tableOfContents')}
        </label>
        <p id={`${idPrefix}-contents-hint`} className="field__hint">
          {t('metadata.tableOfContentsHint')}
        </p>
      </div>
    </section>
  );
}
