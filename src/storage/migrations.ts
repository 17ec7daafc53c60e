import type Dexie from 'dexie';
import { SCHEMA_VERSIONS } from './schema';

/**
 * The migration pipeline (the habit of VolView's state-file migrations): each schema version is declared
 * in order, with the upgrade step that turns the previous version's rows into this version's. Dexie runs
 * the steps a stored database has not seen yet, in one versionchange transaction, so an interrupted
 * upgrade leaves the old version intact.
 *
 * Upgrade steps work on sealed rows only by moving or re-indexing them; a change to a sealed payload's
 * shape is migrated when the payload is opened (see storage/payloads.ts), because sealing needs keys
 * and no WebCrypto call may run inside a Dexie transaction.
 */
type UpgradeStep = (
  transaction: Parameters<Parameters<ReturnType<Dexie['version']>['upgrade']>[0]>[0],
) => Promise<void>;

const upgrades: Partial<Record<keyof typeof SCHEMA_VERSIONS, UpgradeStep>> = {
  // Version 1 is the first: nothing to upgrade from.
};

export function applyMigrations(db: Dexie): void {
  for (const [versionText, stores] of Object.entries(SCHEMA_VERSIONS)) {
    const version = Number(versionText) as keyof typeof SCHEMA_VERSIONS;
    const declared = db.version(version).stores(stores);
    const step = upgrades[version];
    if (step) declared.upgrade(step);
  }
}
