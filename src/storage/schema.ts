/**
 * The vault's IndexedDB schema, one entry per version. Every row holds only random ids, the keys an
 * index truly needs, and a sealed payload (crypto/envelope.ts); nothing identifying is in clear.
 *
 * A version is never edited once released: a change adds version N+1 here, an upgrade step in
 * migrations.ts, and a test that builds a version-N database by hand and opens it with the current code
 * (test/unit/storage/migrations.test.ts).
 */
export const SCHEMA_VERSIONS = {
  1: {
    /** Key material (wrapped keys, KDF parameters, canary) and failed-unlock times; see VaultMetaRow. */
    meta: '&key',
    /** Sealed settings and small singletons (audit head, last fixity run...). */
    settings: '&key',
    patients: '&id',
    studies: '&id, patientId',
    series: '&id, studyId',
    /** `address` is the keyed hash of the original's SHA-256 (crypto/keyring.ts contentAddress). */
    instances: '&id, seriesId, address',
    /** One row per stored original file: its address and sealed facts (size, SHA-256, chunk count). */
    originals: '&address',
    /** The original's bytes in sealed chunks of SEALED_CHUNK_BYTES. */
    chunks: '&[address+index], address',
    /** The hash-chained audit trail; seq is the entry's place in the chain. */
    audit: '&seq',
    /** Care records, specialists, shares, scan log...: one sealed document per row. */
    records: '&id',
  },
} as const;

export const CURRENT_SCHEMA_VERSION = 1;
export const DATABASE_NAME = 'imaging-vault';

export { SEALED_CHUNK_BYTES } from '../crypto/sealOriginal';

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}
export interface SealedRow {
  readonly key: string;
  readonly sealed: Uint8Array;
}
export interface PatientRow {
  readonly id: string;
  readonly sealed: Uint8Array;
}
export interface StudyRow {
  readonly id: string;
  readonly patientId: string;
  readonly sealed: Uint8Array;
}
export interface SeriesRow {
  readonly id: string;
  readonly studyId: string;
  readonly sealed: Uint8Array;
}
export interface InstanceRow {
  readonly id: string;
  readonly seriesId: string;
  readonly address: string;
  readonly sealed: Uint8Array;
}
export interface OriginalRow {
  readonly address: string;
  readonly sealed: Uint8Array;
}
export interface ChunkRow {
  readonly address: string;
  readonly index: number;
  readonly sealed: Uint8Array;
}
export interface AuditRow {
  readonly seq: number;
  readonly sealed: Uint8Array;
}
export interface RecordRow {
  readonly id: string;
  readonly sealed: Uint8Array;
}
