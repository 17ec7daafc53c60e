import { Show } from 'solid-js';

export interface FieldMessagesProps {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
}

/** The ids a control names in aria-describedby so its hint and error are read with it. */
export function describedBy(
  id: string,
  hint: string | undefined,
  error: string | null | undefined,
): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The hint and the error (announced via role=alert) under a labelled control. */
export function FieldMessages(props: FieldMessagesProps) {
  return (
    <>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field-hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
    </>
  );
}
