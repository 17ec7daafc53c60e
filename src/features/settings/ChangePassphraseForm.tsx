import { createSignal, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { isAcceptableNewPassphrase, isTooWeak, NewPassphraseFields, useVault } from '../vault';

export function ChangePassphraseForm() {
  const { session } = useVault();
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  // Once the new passphrase has been typed twice, a disabled button alone would not say what is wrong.
  const [typedTwice, setTypedTwice] = createSignal(false);
  const [result, setResult] = createSignal<{ ok: boolean; message: string } | null>(null);

  const ready = () => current().length > 0 && isAcceptableNewPassphrase(next(), confirm());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!ready()) return;
    setBusy(true);
    setResult(null);
    try {
      await session.changePassphrase(current(), next());
      setCurrent('');
      setNext('');
      setConfirm('');
      setTypedTwice(false);
      setResult({ ok: true, message: t('settings.changePassphrase.done') });
    } catch (e) {
      setResult({ ok: false, message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} novalidate aria-labelledby="change-passphrase-title">
      <h3 id="change-passphrase-title">{t('settings.changePassphrase')}</h3>
      <p class="muted">{t('settings.changePassphrase.intro')}</p>
      <TextField
        label={t('settings.currentPassphrase')}
        type="password"
        autocomplete="current-password"
        value={current()}
        onInput={(e) => setCurrent(e.currentTarget.value)}
        disabled={busy()}
      />
      <NewPassphraseFields
        passphraseLabel={t('settings.newPassphrase')}
        confirmLabel={t('settings.confirmPassphrase')}
        passphrase={next()}
        confirm={confirm()}
        onPassphraseInput={setNext}
        onConfirmInput={setConfirm}
        onConfirmBlur={() => setTypedTwice(true)}
        disabled={busy()}
      />
      <Show when={typedTwice() && isTooWeak(next())}>
        <Alert tone="warning">{t('create.tooWeak')}</Alert>
      </Show>
      <Show when={result()}>{(r) => <Alert tone={r().ok ? 'success' : 'error'}>{r().message}</Alert>}</Show>
      <button type="submit" class="button primary" disabled={busy() || !ready()}>
        {t('settings.changePassphrase.submit')}
      </button>
    </form>
  );
}
