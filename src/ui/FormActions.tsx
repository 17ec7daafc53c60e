import { Show } from 'solid-js';
import { Alert } from './Alert';

export interface FormActionsProps {
  /** Why the last save failed, shown above the buttons; null when it did not. */
  readonly failure: string | null | undefined;
  readonly saveLabel: string;
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly busy?: boolean;
}

/** The end of an edit form: its error, the submit button and Cancel. */
export function FormActions(props: FormActionsProps) {
  return (
    <>
      <Show when={props.failure}>
        <Alert tone="error">{props.failure}</Alert>
      </Show>
      <div class="button-row">
        <button type="submit" class="button primary" disabled={props.busy}>
          {props.saveLabel}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {props.cancelLabel}
        </button>
      </div>
    </>
  );
}
