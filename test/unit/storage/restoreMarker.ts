import type { VaultKeyMaterial } from '../../../src/crypto/vaultKeys';
import { RESTORE_MARKER_VERSION, type RestoreMarker } from '../../../src/storage/lifecycleRepository';

/** The marker a fresh restore of `material`'s backup (of the given date) writes first. */
export function restoreMarker(
  material: VaultKeyMaterial,
  backupCreatedAt = '2026-01-01T00:00:00.000Z',
): RestoreMarker {
  return {
    version: RESTORE_MARKER_VERSION,
    vaultId: material.vaultId,
    backupCreatedAt,
    startedAt: '2026-01-02T00:00:00.000Z',
    source: 'backup.ivbackup',
    material,
  };
}
