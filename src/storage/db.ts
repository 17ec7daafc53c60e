import Dexie, { type EntityTable } from 'dexie';
import { applyMigrations } from './migrations';
import {
  DATABASE_NAME,
  type AuditRow,
  type ChunkRow,
  type InstanceRow,
  type MetaRow,
  type OriginalRow,
  type PatientRow,
  type RecordRow,
  type SealedRow,
  type SeriesRow,
  type StudyRow,
} from './schema';

/** The typed Dexie database (the habit of Dexie's TodoDB sample). Only storage/ sees it. */
export class VaultDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  settings!: EntityTable<SealedRow, 'key'>;
  patients!: EntityTable<PatientRow, 'id'>;
  studies!: EntityTable<StudyRow, 'id'>;
  series!: EntityTable<SeriesRow, 'id'>;
  instances!: EntityTable<InstanceRow, 'id'>;
  originals!: EntityTable<OriginalRow, 'address'>;
  chunks!: Dexie.Table<ChunkRow, [string, number]>;
  audit!: EntityTable<AuditRow, 'seq'>;
  records!: EntityTable<RecordRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    applyMigrations(this);
  }
}

let shared: VaultDatabase | null = null;

/** The app's one database connection, opened on first use. */
export function vaultDatabase(): VaultDatabase {
  shared ??= new VaultDatabase();
  return shared;
}

/** For tests and for deleting the vault: closes and forgets the shared connection. */
export function closeVaultDatabase(): void {
  shared?.close();
  shared = null;
}
