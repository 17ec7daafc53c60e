import { createSignal, Show } from 'solid-js';
import { KeySettingsChangedError } from '../../crypto/errors';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';

/** Which of the vault's two secrets a person typed. */
export type SecretKind = 'passphrase' | 'recovery';

export interface SecretUnlockFormProps {
  /** The secret asked for first: a person restoring onto a new computer is likelier to hold the kit. */
  readonly initialKind: SecretKind;
  /** Focus the passphrase field when it appears (the unlock screen, where typing it is the only task). */
  readonly autofocus?: boolean;
  /**
   * Opens the vault. Resolving means the caller's screen is about to be replaced, so the form stays
   * busy; a rejection's reason is shown on the field and the form can be used again.
   */
  readonly onUnlock: (secret: string, kind: SecretKind) => Promise<void>;
}

/**
 * The passphrase-or-recovery-key form. It exists once because the unlock screen and the restore-onto-
 * a-new-computer screen must read, sound and behave the same: the same labels, hint, switch, wait
 * message and error placement. What happens after the keys open (auditing a restore) is the caller's.
 */
export function SecretUnlockForm(props: SecretUnlockFormProps) {
  // The first kind is a starting choice, not a prop to follow.
  const [kind, setKind] = createSignal<SecretKind>(props.initialKind);
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!secret()) return;
    setBusy(true);
    setError(null);
    try {
      await props.onUnlock(secret(), kind());
    } catch (e) {
      setError(e instanceof KeySettingsChangedError ? t('unlock.keySettingsChanged') : errorMessage(e));
      setBusy(false);
    }
  };

  const toggle = () => {
    setKind(kind() === 'recovery' ? 'passphrase' : 'recovery');
    setSecret('');
    setError(null);
  };

  const onInput = (e: InputEvent & { currentTarget: HTMLInputElement }) => setSecret(e.currentTarget.value);

  return (
    <form onSubmit={submit} novalidate>
      <Show
        when={kind() === 'recovery'}
        fallback={
          <TextField
            label={t('unlock.passphrase')}
            type="password"
            autocomplete="current-password"
            value={secret()}
            onInput={onInput}
            disabled={busy()}
            error={error()}
            autofocus={props.autofocus}
          />
        }
      >
        <TextField
          label={t('unlock.recoveryKey')}
          hint={t('unlock.recoveryHint')}
          autocomplete="off"
          spellcheck={false}
          class="mono"
          value={secret()}
          onInput={onInput}
          disabled={busy()}
          error={error()}
        />
      </Show>
      <Show when={busy()}>
        <p class="muted" role="status">
          {t('unlock.working')}
        </p>
      </Show>
      <div class="button-row">
        <button type="submit" class="button primary" disabled={busy() || !secret()}>
          {t('unlock.submit')}
        </button>
        <button type="button" class="button link" onClick={toggle} disabled={busy()}>
          {kind() === 'recovery' ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
        </button>
      </div>
    </form>
  );
}
