import { useId, type ReactNode } from 'react';

/** One part of the memo's skeleton: a section named by its heading. */
export function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="memo-part" aria-labelledby={id}>
      <h2 id={id} className="memo-part__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A part that is one text; its paragraphs are separated by a blank line. */
export function TextPart({
  label,
  value,
  guidance,
  readOnly,
  rows = 6,
  onChange,
}: {
  label: string;
  value: string;
  guidance: string;
  readOnly: boolean;
  rows?: number;
  onChange: (value: string) => void;
}) {
  return (
    <Part title={label}>
      <textarea className="memo-text" aria-label={label} placeholder={guidance} rows={rows} value={value} readOnly={readOnly} onChange={(event) => onChange(event.target.value)} />
    </Part>
  );
}
