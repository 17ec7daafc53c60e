import { For, onMount } from 'solid-js';
import { vt, vtList } from './messages';

/** The list of shortcuts, as a modal dialog; Escape or the button closes it. */
export function HelpOverlay(props: { onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  onMount(() => dialog.showModal());
  return (
    <dialog
      ref={dialog}
      class="viewer-dialog"
      aria-labelledby="viewer-help-title"
      onClose={() => props.onClose()}
      onKeyDown={(e) => {
        if (e.key === '?') dialog.close();
      }}
    >
      <h2 id="viewer-help-title">{vt('viewer.help.title')}</h2>
      <dl class="shortcut-list">
        <For each={vtList('viewer.help.items')}>
          {(item) => {
            const [keys, what] = item.split(': ');
            return (
              <>
                <dt>{keys}</dt>
                <dd>{what}</dd>
              </>
            );
          }}
        </For>
      </dl>
      <button type="button" class="button primary" onClick={() => dialog.close()} autofocus>
        {vt('viewer.help.close')}
      </button>
    </dialog>
  );
}
