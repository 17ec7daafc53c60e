import { createMemo, For, Show } from 'solid-js';
import { estimateStrength } from '../../domain/passphrase/strength';
import { t, type MessageKey } from '../../ui/i18n/catalog';

/** Honest feedback while a passphrase is typed: a level, the rough number of guesses, and what is wrong. */
export function StrengthMeter(props: { passphrase: string }) {
  const estimate = createMemo(() => estimateStrength(props.passphrase));
  return (
    <div class="strength" aria-live="polite" hidden={props.passphrase.length === 0}>
      <div class="strength-bar" data-level={estimate().level}>
        <For each={[0, 1, 2, 3, 4]}>{(i) => <span classList={{ filled: i <= estimate().level }} />}</For>
      </div>
      <p class="strength-label">
        {t('strength.label')}: <strong>{t(`strength.${estimate().level}` as MessageKey)}</strong>
        <Show when={props.passphrase.length > 0}>
          {' — '}
          {t('strength.bits', { bits: estimate().bits })}
        </Show>
      </p>
      <Show when={props.passphrase.length > 0 && estimate().warnings.length > 0}>
        <ul class="strength-warnings">
          <For each={estimate().warnings}>{(w) => <li>{t(`strength.warning.${w}` as MessageKey)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
