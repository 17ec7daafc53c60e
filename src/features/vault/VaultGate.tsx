import { Match, Switch, type ParentProps } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import { CreateVaultScreen } from './CreateVaultScreen';
import { StorageClearedNotice } from './StorageClearedNotice';
import { UnlockScreen } from './UnlockScreen';
import type { RestoreScreens } from './restoreScreens';
import { useVault } from './VaultContext';

/**
 * Shows the app only while the vault is unlocked; otherwise the screen that gets it there. A public
 * page (verifying a received package) needs no vault: a specialist checking what a patient sent
 * should not have to create one.
 */
export function VaultGate(props: ParentProps<{ public?: boolean; restore: RestoreScreens }>) {
  const { session } = useVault();
  return (
    <Switch>
      <Match when={session.status() === 'unlocked' || props.public}>{props.children}</Match>
      <Match when={session.status() === 'loading'}>
        <p class="gate-card muted" role="status">
          {t('vault.loading')}
        </p>
      </Match>
      <Match when={session.status() === 'absent'}>
        <StorageClearedNotice />
        <CreateVaultScreen restore={props.restore.Fresh} />
      </Match>
      <Match when={session.status() === 'restore-pending'}>
        <Dynamic component={props.restore.Pending} />
      </Match>
      <Match when={session.status() === 'locked'}>
        <UnlockScreen />
      </Match>
      <Match when={session.status() === 'broken'}>
        <section class="gate-card" aria-labelledby="page-title">
          <h1 id="page-title">{t('vault.broken.title')}</h1>
          <Alert tone="error">{session.problem()}</Alert>
        </section>
      </Match>
    </Switch>
  );
}
