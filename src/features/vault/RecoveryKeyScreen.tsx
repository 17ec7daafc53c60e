import { createSignal, For, Show } from 'solid-js';
import { recoveryKeyGroups, normalizeRecoveryKey } from '../../crypto/recoveryKey';
import type { CreatedVault } from '../../crypto/vaultKeys';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import { useVault } from './VaultContext';

/** Two different groups (1-based) to retype, chosen at random so a person cannot skip saving the key. */
function pickGroups(count: number): [number, number] {
  const a = 1 + Math.floor(Math.random() * count);
  let b = 1 + Math.floor(Math.random() * (count - 1));
  if (b >= a) b++;
  return a < b ? [a, b] : [b, a];
}

export function RecoveryKeyScreen(props: { created: CreatedVault; onBack: () => void }) {
  const { session } = useVault();
  const groups = recoveryKeyGroups(props.created.recoveryKey);
  const [first, second] = pickGroups(groups.length);
  const [typedA, setTypedA] = createSignal('');
  const [typedB, setTypedB] = createSignal('');
  const [wrong, setWrong] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const downloadKit = () => {
    const date = new Date().toISOString().slice(0, 10);
    const text = `${t('recovery.kit.title')}\n\n${t('recovery.kit.body', {
      key: props.created.recoveryKey,
      vault: props.created.material.vaultId,
      date,
    })}`;
    downloadBlob(
      new Blob([text], { type: 'text/plain;charset=utf-8' }),
      `Imaging-Vault-recovery-kit-${date}.txt`,
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok =
      normalizeRecoveryKey(typedA()) === groups[first - 1] &&
      normalizeRecoveryKey(typedB()) === groups[second - 1];
    setWrong(!ok);
    if (!ok) return;
    setBusy(true);
    try {
      await session.confirmCreate(props.created);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section class="gate-card" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.intro')}</p>
      <div class="recovery-key" aria-label={t('recovery.keyLabel')} data-testid="recovery-key">
        <For each={groups}>
          {(group, i) => (
            <span class="recovery-group">
              <span class="recovery-index" aria-hidden="true">
                {i() + 1}
              </span>
              <code>{group}</code>
            </span>
          )}
        </For>
      </div>
      <div class="button-row no-print">
        <button type="button" class="button" onClick={downloadKit}>
          {t('recovery.download')}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
      </div>
      <form onSubmit={submit} class="no-print" novalidate>
        <h2>{t('recovery.confirm.title')}</h2>
        <p>{t('recovery.confirm.body', { a: first, b: second })}</p>
        <div class="field-pair">
          <TextField
            label={t('recovery.confirm.group', { n: first })}
            value={typedA()}
            onInput={(e) => setTypedA(e.currentTarget.value)}
            autocomplete="off"
            spellcheck={false}
            maxLength={6}
            class="mono"
          />
          <TextField
            label={t('recovery.confirm.group', { n: second })}
            value={typedB()}
            onInput={(e) => setTypedB(e.currentTarget.value)}
            autocomplete="off"
            spellcheck={false}
            maxLength={6}
            class="mono"
          />
        </div>
        <Show when={wrong()}>
          <Alert tone="error">{t('recovery.confirm.wrong')}</Alert>
        </Show>
        <Show when={error()}>
          <Alert tone="error">{error()}</Alert>
        </Show>
        <div class="button-row">
          <button type="submit" class="button primary" disabled={busy()}>
            {t('recovery.confirm.submit')}
          </button>
          <button type="button" class="button" onClick={() => props.onBack()} disabled={busy()}>
            {t('recovery.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
