import { createSignal, onMount } from 'solid-js';
import { MAX_ANNOTATION_TEXT } from '../../domain/viewing';
import type { AnnotationDraft } from './createViewport';
import { vt } from './messages';

/**
 * The words of the arrow or note being placed: optional for an arrow, needed for a note. Enter saves,
 * Escape abandons.
 */
export function AnnotationEditor(props: {
  draft: AnnotationDraft;
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  let input!: HTMLInputElement;
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const note = () => props.draft.kind === 'text';
  onMount(() => input.focus({ preventScroll: true }));
  return (
    <form
      class="annotation-editor"
      data-testid="annotation-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy() || (note() && !text().trim())) return;
        setBusy(true);
        const saved = await props.onSave(text().trim());
        setBusy(false);
        if (saved) setText('');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <label class="inline-field">
        <span>{note() ? vt('viewer.annotations.noteText') : vt('viewer.annotations.arrowText')}</span>
        <input
          ref={input}
          type="text"
          maxLength={MAX_ANNOTATION_TEXT}
          required={note()}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="button small primary" disabled={busy() || (note() && !text().trim())}>
        {note() ? vt('viewer.annotations.saveNote') : vt('viewer.annotations.saveArrow')}
      </button>
      <button type="button" class="button small" onClick={() => props.onCancel()}>
        {vt('viewer.annotations.cancel')}
      </button>
    </form>
  );
}
