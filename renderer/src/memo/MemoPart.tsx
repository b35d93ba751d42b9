import type { MemoText } from '@shared/model/memo-text';
import { useId, type ReactNode } from 'react';
import { RichTextField } from '../editor';

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

/**
 * A part that is one rich text (paragraphs, lists, sub-headings …), in its own small editor named by
 * the part. The editor owns its text once it has started: the form keys it by the part.
 */
export function TextPart({
  label,
  value,
  guidance,
  readOnly,
  onChange,
}: {
  label: string;
  value: MemoText;
  guidance: string;
  readOnly: boolean;
  onChange: (value: MemoText) => void;
}) {
  return (
    <Part title={label}>
      <RichTextField label={label} value={value} placeholder={guidance} readOnly={readOnly} onChange={onChange} />
    </Part>
  );
}
