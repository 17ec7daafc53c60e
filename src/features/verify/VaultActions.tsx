import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { isUnlocked } from '../../crypto/keyring';
import type { PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { queueImport } from '../import';
import { useVault } from '../vault';
import { ownShareOf, recordVerifiedShare, type CopyFingerprint } from './recordReceipt';
import type { VerifyOutcome } from './verifyPackage';

function copyOf(outcome: VerifyOutcome): CopyFingerprint | undefined {
  return outcome.fingerprint && outcome.fingerprintOf
    ? { sha256: outcome.fingerprint, of: outcome.fingerprintOf }
    : undefined;
}

/**
 * What the vault can do with a verified package: when it came from this vault, mark its share as verified,
 * but only once the person confirms this copy is the one the recipient holds (checking one's own copy
 * right after export proves nothing about theirs); and import its DICOM files. Both need the vault
 * unlocked; a recipient without one is told so.
 */
export function VaultActions(props: { outcome: VerifyOutcome; picked: readonly PickedFile[] | null }) {
  const { session } = useVault();
  const navigate = useNavigate();
  const unlocked = () => session.status() === 'unlocked' && isUnlocked();
  const [own] = createResource(
    () => (unlocked() ? props.outcome : null),
    (outcome) => ownShareOf(outcome.result, copyOf(outcome)).catch((e: unknown) => errorMessage(e)),
  );
  const [marked, setMarked] = createSignal<'no' | 'busy' | 'yes'>('no');
  const [failure, setFailure] = createSignal<string | undefined>();
  const share = () => {
    const o = own();
    return o && typeof o === 'object' ? o : undefined;
  };
  const confirm = async () => {
    setMarked('busy');
    setFailure(undefined);
    try {
      await recordVerifiedShare(props.outcome.result, new Date(), copyOf(props.outcome));
      setMarked('yes');
    } catch (e) {
      setFailure(errorMessage(e));
      setMarked('no');
    }
  };
  const importable = () => props.outcome.result.verdict === 'valid' && (props.picked?.length ?? 0) > 0;

  return (
    <section class="card" aria-labelledby="verify-vault-heading" data-testid="verify-vault-actions">
      <h2 id="verify-vault-heading">{t('verify.vault.heading')}</h2>
      <Show
        when={unlocked()}
        fallback={
          <p>
            {t('verify.vault.locked')} <A href="/">{t('verify.vault.unlockLink')}</A>
          </p>
        }
      >
        <Show when={typeof own() === 'string'}>
          <Alert tone="error">{own() as string}</Alert>
        </Show>
        <Show when={failure()}>{(f) => <Alert tone="error">{f()}</Alert>}</Show>
        <Show when={share()}>
          {(s) => (
            <div data-testid="own-share">
              <Show
                when={s().sameFingerprint}
                fallback={<Alert tone="warning">{t('verify.vault.ownDiffers')}</Alert>}
              >
                <Show
                  when={!s().share.verifiedByReceipt && marked() !== 'yes'}
                  fallback={<Alert tone="success">{t('verify.vault.shareVerified')}</Alert>}
                >
                  <p>{t('verify.vault.ownPackage')}</p>
                  <button
                    type="button"
                    class="button"
                    disabled={marked() === 'busy'}
                    onClick={() => void confirm()}
                  >
                    {t('verify.vault.confirmRecipientCopy')}
                  </button>
                </Show>
              </Show>
            </div>
          )}
        </Show>
        <Show when={importable()} fallback={<p class="muted">{t('verify.vault.notImportable')}</p>}>
          <p>{t('verify.vault.importIntro')}</p>
          <button
            type="button"
            class="button primary"
            onClick={() => {
              queueImport(props.picked ?? []);
              navigate('/import');
            }}
          >
            {t('verify.vault.import')}
          </button>
        </Show>
      </Show>
    </section>
  );
}
