import { A, useNavigate } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { isUnlocked } from '../../crypto/keyring';
import type { PickedFile } from '../../ui/files';
import { t } from '../../ui/i18n/catalog';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/errorMessage';
import { queueImport } from '../import';
import { useVault } from '../vault';
import { recordVerifiedShare } from './recordReceipt';
import type { VerifyOutcome } from './verifyPackage';

/**
 * What the vault can do with a verified package: mark its share as verified when it came from this
 * vault, and import its DICOM files. Both need the vault unlocked; a recipient without one is told so.
 */
export function VaultActions(props: { outcome: VerifyOutcome; picked: readonly PickedFile[] | null }) {
  const { session } = useVault();
  const navigate = useNavigate();
  const unlocked = () => session.status() === 'unlocked' && isUnlocked();
  const [share] = createResource(
    () => (unlocked() ? props.outcome : null),
    (outcome) =>
      recordVerifiedShare(outcome.result, outcome.verifiedAt).catch((e: unknown) => errorMessage(e)),
  );
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
        <Show when={typeof share() === 'string'}>
          <Alert tone="error">{share() as string}</Alert>
        </Show>
        <Show when={share() && typeof share() === 'object'}>
          <Alert tone="success">{t('verify.vault.shareVerified')}</Alert>
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
