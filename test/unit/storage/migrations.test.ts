import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockKeyring, sealJson } from '../../../src/crypto/keyring';
import { createVaultKeys, unlockWithPassphrase } from '../../../src/crypto/vaultKeys';
import { readAuditTrail } from '../../../src/storage/auditRepository';
import {
  listPatients,
  readInstances,
  readSeries,
  readStudies,
  sealPatient,
} from '../../../src/storage/catalogRepository';
import { closeVaultDatabase, vaultDatabase } from '../../../src/storage/db';
import { migratePayload, payloadKind, sealPayload } from '../../../src/storage/payloads';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../../src/storage/schema';
import { getSetting } from '../../../src/storage/settingsRepository';
import { loadKeyMaterial } from '../../../src/storage/vaultMetaRepository';
import { nextEntry } from '../../../src/domain/audit/hashChain';
import { FLOOR_KDF, kdf } from '../crypto/testKdf';
import { partial } from './partialCatalogValue';

/**
 * Builds a version-1 database with raw IndexedDB, exactly as version 1 of the app laid it out (this
 * test is the frozen description of v1: never edit it when the schema changes; add a test for the new
 * version beside it), then opens it with the current code.
 */
function openRawV1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Dexie stores version n as IndexedDB version n * 10.
    const request = indexedDB.open(DATABASE_NAME, 10);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('patients', { keyPath: 'id' });
      db.createObjectStore('studies', { keyPath: 'id' }).createIndex('patientId', 'patientId');
      db.createObjectStore('series', { keyPath: 'id' }).createIndex('studyId', 'studyId');
      const instances = db.createObjectStore('instances', { keyPath: 'id' });
      instances.createIndex('seriesId', 'seriesId');
      instances.createIndex('address', 'address');
      db.createObjectStore('originals', { keyPath: 'address' });
      db.createObjectStore('chunks', { keyPath: ['address', 'index'] }).createIndex('address', 'address');
      db.createObjectStore('audit', { keyPath: 'seq' });
      db.createObjectStore('records', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function put(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('storage migrations', () => {
  beforeEach(async () => {
    lockKeyring();
    closeVaultDatabase();
    await Dexie.delete(DATABASE_NAME);
  });

  it('opens a version-1 database written without Dexie, with all its records', async () => {
    const passphrase = 'a vault from the first release';
    const { material } = await createVaultKeys(passphrase, kdf, FLOOR_KDF);
    const patient = await sealPatient('p-1', partial({ name: 'MÜLLER^ANNA', id: 'ID-7' }));
    const setting = await sealPayload(
      payloadKind('setting'),
      { table: 'settings', id: 'autoLockMinutes' },
      5,
    );
    const entry = await nextEntry(null, {
      time: '2026-01-01T00:00:00.000Z',
      action: 'vault.created',
      subject: 'vault',
      details: {},
    });
    const auditSealed = await sealPayload(payloadKind('audit entry'), { table: 'audit', id: '1' }, entry);
    const headSealed = await sealPayload(
      payloadKind('audit head'),
      { table: 'settings', id: 'audit-head' },
      {
        seq: 1,
        hash: entry.hash,
      },
    );
    lockKeyring();

    const raw = await openRawV1();
    await put(raw, 'meta', { key: 'keys', value: material });
    await put(raw, 'patients', patient);
    await put(raw, 'settings', { key: 'autoLockMinutes', sealed: setting });
    await put(raw, 'settings', { key: 'audit-head', sealed: headSealed });
    await put(raw, 'audit', { seq: 1, sealed: auditSealed });
    raw.close();

    const stored = await loadKeyMaterial();
    expect(stored?.vaultId).toBe(material.vaultId);
    await unlockWithPassphrase(stored!, passphrase, kdf);
    expect(vaultDatabase().verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await listPatients()).toEqual([
      { id: 'p-1', value: { name: 'MÜLLER^ANNA', id: 'ID-7' }, row: patient },
    ]);
    expect(await getSetting('autoLockMinutes', 10)).toBe(5);
    expect((await readAuditTrail()).report.valid).toBe(true);
  });

  it('opens a version-1 catalog whose payloads predate sealed links, and re-seals them with their links', async () => {
    const passphrase = 'a vault from the first release';
    const { material } = await createVaultKeys(passphrase, kdf, FLOOR_KDF);
    // Exactly what version 1 of sealStudy / sealSeries / sealInstance sealed: { v: 1, data }, no links.
    const v1 = (table: string, id: string, data: unknown) => sealJson({ table, id }, { v: 1, data });
    const address = 'ad'.repeat(32);
    const rows = {
      studies: { id: 'st-1', patientId: 'p-1', sealed: await v1('studies', 'st-1', { n: 'CT' }) },
      series: { id: 'se-1', studyId: 'st-1', sealed: await v1('series', 'se-1', { n: 'AX' }) },
      instances: { id: 'in-1', seriesId: 'se-1', address, sealed: await v1('instances', 'in-1', {}) },
    };
    lockKeyring();

    const raw = await openRawV1();
    await put(raw, 'meta', { key: 'keys', value: material });
    for (const [store, row] of Object.entries(rows)) await put(raw, store, row);
    raw.close();

    await unlockWithPassphrase((await loadKeyMaterial())!, passphrase, kdf);
    expect((await readStudies('p-1')).items.map((s) => s.value)).toEqual([{ n: 'CT' }]);
    expect((await readSeries('st-1')).items.map((s) => s.value)).toEqual([{ n: 'AX' }]);
    expect((await readInstances('se-1')).items.map((i) => i.address)).toEqual([address]);
    // Re-sealed with their links: a rewritten parent id is caught from now on.
    await vaultDatabase().series.update('se-1', { studyId: 'st-2' });
    expect((await readSeries()).damaged).toMatchObject([
      { id: 'se-1', cause: { kind: 'link', link: 'studyId', claimed: 'st-2', sealed: 'st-1' } },
    ]);
  });

  it('migrates sealed payload shapes step by step, and refuses a newer format', () => {
    const kind = payloadKind<{ fullName: string; tags: string[] }>('patient', 3, {
      1: (d) => ({ ...(d as object), tags: [] }),
      2: (d) => {
        const { name, ...rest } = d as { name: string };
        return { ...rest, fullName: name };
      },
    });
    expect(migratePayload(kind, { v: 1, data: { name: 'A' } }, 'patients/x')).toEqual({
      fullName: 'A',
      tags: [],
    });
    expect(migratePayload(kind, { v: 3, data: { fullName: 'B', tags: ['t'] } }, 'patients/x')).toEqual({
      fullName: 'B',
      tags: ['t'],
    });
    expect(() => migratePayload(kind, { v: 4, data: {} }, 'patients/x')).toThrow(
      /newer version of Imaging Vault/,
    );
  });
});
