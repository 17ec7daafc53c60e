import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';

/**
 * After a real import, reads every record of the app's IndexedDB with the plain browser API and looks
 * for the patient's name, the study description and the DICOM bytes of an imported file: none may be
 * there in clear.
 */
test('nothing readable at rest after importing a real disc', async ({ page }) => {
  test.setTimeout(120_000);
  const disc = dicomPath('dicomdir');
  const folder = join(disc, 'dicomdirtests', '98892001', 'CT5N');
  const samplePath = join(folder, readdirSync(folder).sort()[0] ?? '');
  const sample = new Uint8Array(readFileSync(samplePath));
  // The patient's name as an independent reader (pydicom) finds it in that file.
  const name = execFileSync(
    '/usr/bin/python3',
    ['-c', 'import sys, pydicom; print(str(pydicom.dcmread(sys.argv[1]).PatientName))', samplePath],
    { encoding: 'utf8' },
  ).trim();
  await openWithNewVault(page);
  await new ShellPage(page).open('/import');
  await new ImportPage(page).importFolder(disc);

  expect(name.length, 'the fixture has a patient name').toBeGreaterThan(3);
  const needles = {
    'patient name': Array.from(new TextEncoder().encode(name)),
    'DICOM header bytes': Array.from(sample.subarray(132, 196)),
    'DICOM tail bytes': Array.from(sample.subarray(sample.length - 64)),
  };
  const found = await page.evaluate(async (needles) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const chunks: Uint8Array[] = [];
    const collect = (v: unknown): void => {
      if (v instanceof Uint8Array) chunks.push(v);
      else if (v instanceof ArrayBuffer) chunks.push(new Uint8Array(v));
      else if (typeof v === 'string') chunks.push(new TextEncoder().encode(v));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    let records = 0;
    for (const store of Array.from(db.objectStoreNames)) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      records += values.length;
      values.forEach(collect);
    }
    const contains = (hay: Uint8Array, needle: number[]) => {
      outer: for (let i = 0; i + needle.length <= hay.length; i++) {
        for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
        return true;
      }
      return false;
    };
    const hits = Object.entries(needles)
      .filter(([, needle]) => chunks.some((c) => contains(c, needle)))
      .map(([what]) => what);
    // Control: the one value stored in clear by design (the key record's row name) is found.
    const control = chunks.some((c) => contains(c, Array.from(new TextEncoder().encode('keys'))));
    return { records, hits, control };
  }, needles);
  expect(found.records).toBeGreaterThan(60);
  expect(found.control).toBe(true);
  expect(found.hits).toEqual([]);
});
