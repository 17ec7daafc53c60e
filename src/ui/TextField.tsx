import { createUniqueId, Show, splitProps, type JSX } from 'solid-js';

export interface TextFieldProps extends JSX.InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
}

/** A labelled input with an optional hint and an error announced to screen readers. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ['label', 'hint', 'error', 'id']);
  const id = own.id ?? createUniqueId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{own.label}</label>
      <input
        id={id}
        aria-invalid={own.error ? true : undefined}
        aria-describedby={
          [own.hint ? hintId : '', own.error ? errorId : ''].filter(Boolean).join(' ') || undefined
        }
        {...input}
      />
      <Show when={own.hint}>
        <p id={hintId} class="field-hint">
          {own.hint}
        </p>
      </Show>
      <Show when={own.error}>
        <p id={errorId} class="field-error" role="alert">
          {own.error}
        </p>
      </Show>
    </div>
  );
}
