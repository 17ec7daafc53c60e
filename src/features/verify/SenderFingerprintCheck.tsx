import { createSignal, Show } from 'solid-js';
import { matchesFingerprint, readPastedHash } from '../../domain/verify';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';

/**
 * A valid verdict only proves the files agree with the package's own lists, and whoever changed the
 * files could have rewritten those lists (and any page shipped inside the package) too. The fingerprint
 * the sender reads out by another channel is the one independent check, so it is compared here.
 */
export function SenderFingerprintCheck(props: { readonly fingerprint: string }) {
  const [typed, setTyped] = createSignal('');
  const read = () => (typed().trim() === '' ? undefined : readPastedHash(typed()));
  const problem = () => {
    const r = read();
    return r?.kind === 'invalid' ? r.reason : null;
  };
  const verdict = () => {
    const r = read();
    if (!r || r.kind === 'invalid') return undefined;
    return matchesFingerprint(typed(), props.fingerprint) ? 'same' : 'different';
  };
  return (
    <div class="sender-fingerprint" data-testid="sender-fingerprint">
      <p>{t('verify.sender.why')}</p>
      <TextField
        label={t('verify.sender.label')}
        hint={t('verify.sender.hint')}
        class="mono"
        autocomplete="off"
        spellcheck={false}
        value={typed()}
        error={problem()}
        onInput={(e) => setTyped(e.currentTarget.value)}
      />
      <Show when={verdict()}>
        {(v) => (
          <p
            class={v() === 'same' ? 'sender-same' : 'sender-different'}
            role="status"
            data-testid="sender-fingerprint-result"
            data-result={v()}
          >
            {v() === 'same' ? t('verify.sender.same') : t('verify.sender.different')}
          </p>
        )}
      </Show>
    </div>
  );
}
