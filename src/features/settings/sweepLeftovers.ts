import { unlockedVaultId } from '../../crypto/keyring';
import { announceVaultEvent } from '../../protocol/vaultChannel';
import { whenNoImportRuns } from '../../storage/lifecycleLock';
import { orphanCount, sweepOrphans } from '../../storage/orphanSweep';
import { keptOriginals } from '../../documents';
import { runLifecycle } from '../vault';
import { t } from '../../ui/i18n/catalog';

/**
 * Removes rows interrupted jobs left behind. Under the life-cycle lock (no restore or delete writes
 * meanwhile) and only while no import runs in any tab: an import writes its files before the catalog
 * rows that claim them. Files that documents keep (damaged originals, attached opinions and receipts) are
 * not leftovers. Returns the rows removed, or null when an import is running.
 */
export async function sweepLeftovers(): Promise<number | null> {
  const vaultId = unlockedVaultId();
  if (!vaultId) throw new Error(t('lifecycle.notUnlocked'));
  const swept = await runLifecycle(() =>
    whenNoImportRuns(async () => {
      const kept = await keptOriginals();
      // An unreadable record might be one that keeps a file: sweeping now could delete what it keeps.
      if (kept.unreadable.length > 0)
        throw new Error(t('settings.storage.orphans.unreadableRecords', { n: kept.unreadable.length }));
      return sweepOrphans(vaultId, kept.addresses);
    }),
  );
  if (swept === null) return null;
  announceVaultEvent('swept');
  return orphanCount(swept);
}
