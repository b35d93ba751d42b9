import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface RowField<T> {
  key: keyof T & string;
  label: string;
  type?: 'text' | 'email' | 'tel';
  narrow?: boolean;
}

/**
 * A list of records edited as rows of text fields, with add and remove: the bodies and the people of
 * the organisation profile.
 */
export function RowsFieldset<T extends { id: string; name: string }>({
  legend,
  intro,
  rows,
  fields,
  addLabel,
  removeLabel,
  create,
  onChange,
}: {
  legend: string;
  intro: string;
  rows: readonly T[];
  fields: readonly RowField<T>[];
  addLabel: string;
  removeLabel: (name: string) => string;
  create: () => T;
  onChange: (rows: T[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const change = (rowId: string, key: keyof T, value: string) =>
    onChange(rows.map((row) => (row.id === rowId ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <p className="muted">{intro}</p>
      <ul className="rows">
        {rows.map((row, index) => (
          <li key={row.id} className={fields.length > 2 ? 'rows__row rows__row--wrap' : 'rows__row'}>
            {fields.map((field) => (
              <div className={field.narrow ? 'field field--narrow' : 'field'} key={field.key}>
                <label htmlFor={`${id}-${index}-${field.key}`}>{field.label}</label>
                <input
                  id={`${id}-${index}-${field.key}`}
                  type={field.type ?? 'text'}
                  value={String(row[field.key] ?? '')}
                  onChange={(event) => change(row.id, field.key, event.target.value)}
                />
              </div>
            ))}
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={removeLabel(row.name || t('organisation.unnamed'))}
              onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => onChange([...rows, create()])}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
