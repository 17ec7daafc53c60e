import { unlockedVaultId } from '../../crypto/keyring';
import { announceVaultEvent } from '../../protocol/vaultChannel';
import { whenNoImportRuns } from '../../storage/lifecycleLock';
import { orphanCount, sweepOrphans } from '../../storage/orphanSweep';
import { keptOriginalAddresses } from '../import';
import { runLifecycle } from '../vault';
import { t } from '../../ui/i18n/catalog';

/**
 * Removes rows interrupted jobs left behind. Under the life-cycle lock (no restore or delete writes
 * meanwhile) and only while no import runs in any tab: an import writes its files before the catalog
 * rows that claim them. Returns the rows removed, or null when an import is running.
 */
export async function sweepLeftovers(): Promise<number | null> {
  const vaultId = unlockedVaultId();
  if (!vaultId) throw new Error(t('lifecycle.notUnlocked'));
  const swept = await runLifecycle(() =>
    whenNoImportRuns(async () => sweepOrphans(vaultId, await keptOriginalAddresses())),
  );
  if (swept === null) return null;
  announceVaultEvent('swept');
  return orphanCount(swept);
}
