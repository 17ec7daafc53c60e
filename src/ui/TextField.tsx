import { createUniqueId, splitProps, type JSX } from 'solid-js';
import { describedBy, FieldMessages } from './fieldMessages';

export interface TextFieldProps extends JSX.InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
}

/** A labelled input with an optional hint and an error announced to screen readers. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ['label', 'hint', 'error', 'id']);
  const id = own.id ?? createUniqueId();
  return (
    <div class="field">
      <label for={id}>{own.label}</label>
      <input
        id={id}
        aria-invalid={own.error ? true : undefined}
        aria-describedby={describedBy(id, own.hint, own.error)}
        {...input}
      />
      <FieldMessages id={id} hint={own.hint} error={own.error} />
    </div>
  );
}
