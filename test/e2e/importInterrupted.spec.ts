import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildDicom } from '../support/syntheticDicom.mjs';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault, VaultPage } from './pages/VaultPage';
import { pickFolder } from './pickFolder';

const SLICES = 500;

/** A disc of 512x512 slices, large enough that an import is still running when the page reloads. */
function writeDisc(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imaging-vault-interrupt-'));
  const series = join(dir, 'DISC', 'DICOM');
  mkdirSync(series, { recursive: true });
  for (let i = 0; i < SLICES; i++) {
    const pixels = new Uint16Array(512 * 512);
    for (let p = 0; p < pixels.length; p += 61) pixels[p] = (p + i * 17) & 0x0fff;
    const bytes = buildDicom({
      patientName: 'INTERRUPTED^IMPORT',
      patientId: 'INT-1',
      studyDescription: 'CT ABDOMEN',
      studyInstanceUid: '1.2.826.0.1.3680043.10.555.1',
      seriesInstanceUid: '1.2.826.0.1.3680043.10.555.1.1',
      sopInstanceUid: `1.2.826.0.1.3680043.10.555.1.1.${i + 1}`,
      instanceNumber: i + 1,
      rows: 512,
      columns: 512,
      pixels,
    });
    writeFileSync(join(series, `IM${String(i + 1).padStart(5, '0')}`), bytes);
  }
  return join(dir, 'DISC');
}

/** Raw IndexedDB facts: every instance row's original is stored with at least one chunk. */
async function storageFacts(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
        r.onerror = () => reject(r.error);
      });
    const [instances, originals, chunks, studies] = await Promise.all([
      all('instances'),
      all('originals'),
      all('chunks'),
      all('studies'),
    ]);
    const originalSet = new Set(originals.map((o) => o['address']));
    const chunkSet = new Set(chunks.map((c) => c['address']));
    db.close();
    return {
      instances: instances.length,
      studies: studies.length,
      instancesWithoutOriginal: instances.filter((i) => !originalSet.has(i['address'])).length,
      originalsWithoutChunks: originals.filter((o) => !chunkSet.has(o['address'])).length,
    };
  });
}

test('a reload in the middle of an import leaves the vault consistent, and a retry completes it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const disc = writeDisc();
  try {
    await openWithNewVault(page);
    const shell = new ShellPage(page);
    await shell.open('/import');
    await pickFolder(page.getByTestId('folder-input'), disc);
    // Reload once a good part, but not all, of the disc is in.
    await expect(page.getByTestId('import-progress')).toContainText(/\b([4-9]\d|[1-3]\d\d) of 500 files/, {
      timeout: 60_000,
    });
    // Files counted as processed may still wait for their batch's write (Firefox's IndexedDB is slower):
    // reload only once some of them are really stored, so the retry has something already in the vault.
    await expect
      .poll(async () => (await storageFacts(page)).instances, { timeout: 60_000 })
      .toBeGreaterThan(0);
    await page.reload();
    await new VaultPage(page).unlock();

    const interrupted = await storageFacts(page);
    expect(interrupted.instancesWithoutOriginal).toBe(0);
    expect(interrupted.originalsWithoutChunks).toBe(0);
    expect(interrupted.instances).toBeGreaterThan(0);
    expect(interrupted.instances).toBeLessThan(SLICES);
    // Nothing half-imported shows: the study appears only when its import completes.
    expect(interrupted.studies).toBe(0);
    await shell.open('/');
    await expect(page.getByText('Your vault is empty.')).toBeVisible();

    await shell.open('/import');
    const importPage = new ImportPage(page);
    await importPage.importFolder(disc);
    await expect(importPage.summary).toContainText(`${SLICES - interrupted.instances} new files imported`);
    await expect(importPage.summary).toContainText(`${interrupted.instances} were already in the vault`);
    await shell.open('/');
    const row = page.getByTestId('study-row');
    await expect(row).toHaveCount(1);
    await expect(row.locator('td:nth-child(6)')).toHaveText(String(SLICES));
    const complete = await storageFacts(page);
    expect(complete).toEqual({
      instances: SLICES,
      studies: 1,
      instancesWithoutOriginal: 0,
      originalsWithoutChunks: 0,
    });
  } finally {
    rmSync(disc, { recursive: true, force: true });
  }
});
