import { describe, expect, it } from 'vitest';
import { deriveKeyFromPassphrase } from '../../../src/crypto/argon2id';
import { KDF_FLOOR } from '../../../src/crypto/kdfParams';
import { createVaultKeys } from '../../../src/crypto/vaultKeys';
import { toHex } from '../../../src/domain/bytes/hex';
import { appendAudit } from '../../../src/storage/auditRepository';
import {
  sealInstance,
  sealPatient,
  sealSeries,
  sealStudy,
  writeCatalogRows,
} from '../../../src/storage/catalogRepository';
import { readOriginal, storeOriginal } from '../../../src/storage/originalsRepository';
import { DATABASE_NAME } from '../../../src/storage/schema';
import { saveKeyMaterial } from '../../../src/storage/vaultMetaRepository';
import { buildDicom } from '../../support/syntheticDicom.mjs';
import { partial } from './partialCatalogValue';

/** Every byte run stored anywhere in a value: strings as UTF-8, typed arrays and buffers as they are. */
function collectBytes(value: unknown, out: Uint8Array[]): void {
  if (value instanceof Uint8Array) out.push(value);
  else if (ArrayBuffer.isView(value))
    out.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  else if (value instanceof ArrayBuffer) out.push(new Uint8Array(value));
  else if (typeof value === 'string') out.push(new TextEncoder().encode(value));
  else if (Array.isArray(value)) for (const v of value) collectBytes(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      collectBytes(k, out);
      collectBytes(v, out);
    }
  }
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Reads every record of every object store with the plain IndexedDB API, bypassing the app's code. */
async function rawRecords(): Promise<{ store: string; value: unknown }[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out: { store: string; value: unknown }[] = [];
  for (const store of Array.from(db.objectStoreNames)) {
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const value of values) out.push({ store, value });
  }
  db.close();
  return out;
}

describe('nothing readable at rest (real Chromium IndexedDB)', () => {
  it('stores no patient name, study description, UID or DICOM bytes in clear', async () => {
    const { material } = await createVaultKeys(
      'a strong test passphrase',
      deriveKeyFromPassphrase,
      KDF_FLOOR,
    );
    await saveKeyMaterial(material);
    const patientName = 'NIGHTINGALE^FLORENCE';
    const description = 'CT THORAX WITH CONTRAST LOW DOSE';
    const studyUid = '1.2.826.0.1.3680043.10.999.1';
    const dicom = buildDicom({
      patientName,
      patientId: 'MRN-424242',
      studyDescription: description,
      studyInstanceUid: studyUid,
      seriesInstanceUid: `${studyUid}.2`,
      sopInstanceUid: `${studyUid}.2.3`,
      rows: 64,
      columns: 64,
    });
    const sha256 = toHex(
      new Uint8Array(await crypto.subtle.digest('SHA-256', dicom as Uint8Array<ArrayBuffer>)),
    );
    const { address } = await storeOriginal(dicom, sha256);
    await writeCatalogRows({
      patients: [await sealPatient('pat-1', partial({ name: patientName, id: 'MRN-424242' }))],
      studies: [await sealStudy('stu-1', 'pat-1', partial({ description, studyInstanceUid: studyUid }))],
      series: [await sealSeries('ser-1', 'stu-1', partial({ description: 'AXIAL 1.25MM' }))],
      instances: [
        await sealInstance('ins-1', 'ser-1', address, partial({ sha256, sopInstanceUid: `${studyUid}.2.3` })),
      ],
    });
    await appendAudit('import', 'stu-1', { patient: patientName, description });

    const records = await rawRecords();
    expect(new Set(records.map((r) => r.store))).toEqual(
      new Set([
        'meta',
        'settings',
        'patients',
        'studies',
        'series',
        'instances',
        'originals',
        'chunks',
        'audit',
      ]),
    );
    const stored: Uint8Array[] = [];
    for (const record of records) collectBytes(record.value, stored);

    const secrets = {
      'patient name': new TextEncoder().encode(patientName),
      'patient id': new TextEncoder().encode('MRN-424242'),
      'study description': new TextEncoder().encode(description),
      'study UID': new TextEncoder().encode(studyUid),
      'SHA-256 of the file': new TextEncoder().encode(sha256),
      'DICOM preamble and header': dicom.subarray(128, 192),
      'DICOM pixel data': dicom.subarray(dicom.length - 256, dicom.length - 192),
    };
    for (const [what, needle] of Object.entries(secrets)) {
      // The search itself works: each secret from the file is found in the file's own bytes.
      if (what !== 'SHA-256 of the file') expect(contains(dicom, needle), `${what} in the file`).toBe(true);
      expect(
        stored.some((bytes) => contains(bytes, needle)),
        `${what} found in clear`,
      ).toBe(false);
    }
    // And the original comes back byte for byte through the repositories.
    expect(await readOriginal(address)).toEqual(dicom);
  });
});
