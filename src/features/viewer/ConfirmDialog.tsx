import { onMount } from 'solid-js';
import { vt } from './messages';

/** Asks before something is removed for good; Escape or Cancel keeps it. */
export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  return (
    <dialog
      ref={dialog}
      class="viewer-dialog confirm-dialog"
      aria-labelledby="viewer-confirm-title"
      aria-describedby="viewer-confirm-message"
      onClose={() => props.onClose()}
    >
      <h2 id="viewer-confirm-title">{props.title}</h2>
      <p id="viewer-confirm-message">{props.message}</p>
      <div class="confirm-actions">
        <button
          type="button"
          class="button danger"
          onClick={() => {
            props.onConfirm();
            dialog.close();
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="button" onClick={() => dialog.close()} autofocus>
          {vt('viewer.annotations.cancel')}
        </button>
      </div>
    </dialog>
  );
}
