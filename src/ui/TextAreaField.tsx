import { createUniqueId, splitProps, type JSX } from 'solid-js';
import { describedBy, FieldMessages } from './fieldMessages';

export interface TextAreaFieldProps extends JSX.TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null;
  /** Spans the whole row of a form grid (the `wide` wrapper class). */
  readonly wide?: boolean;
}

/** A labelled textarea with an optional hint and an error announced to screen readers. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [own, textarea] = splitProps(props, ['label', 'hint', 'error', 'id', 'wide']);
  const id = own.id ?? createUniqueId();
  return (
    <div class="field" classList={{ wide: own.wide === true }}>
      <label for={id}>{own.label}</label>
      <textarea
        id={id}
        aria-invalid={own.error ? true : undefined}
        aria-describedby={describedBy(id, own.hint, own.error)}
        {...textarea}
      />
      <FieldMessages id={id} hint={own.hint} error={own.error} />
    </div>
  );
}
