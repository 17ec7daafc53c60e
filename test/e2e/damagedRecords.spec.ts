import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildDicom } from '../support/syntheticDicom.mjs';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { StewardshipPage } from './pages/StewardshipPage';
import { openWithNewVault, VaultPage } from './pages/VaultPage';
import { ViewerPage } from './pages/ViewerPage';

/**
 * Five patients, told apart in the raw database only by how many images each series holds (everything
 * else there is sealed): AMY 1, BEN 2, CLEO 3 + 4 (two series), DAN 5, EVE 6.
 */
const PEOPLE = [
  { name: 'AMY', series: [1] },
  { name: 'BEN', series: [2] },
  { name: 'CLEO', series: [3, 4] },
  { name: 'DAN', series: [5] },
  { name: 'EVE', series: [6] },
] as const;

function writeDisc(): string {
  const root = mkdtempSync(join(tmpdir(), 'h2-damage-'));
  PEOPLE.forEach((person, p) => {
    person.series.forEach((count, s) => {
      const folder = join(root, person.name, `S${s + 1}`);
      mkdirSync(folder, { recursive: true });
      for (let n = 1; n <= count; n++) {
        const uid = `1.2.826.0.1.3680043.10.99.${p + 1}`;
        const bytes = buildDicom({
          patientName: `${person.name}^TEST`,
          patientId: `ID-${person.name}`,
          studyDescription: `CT of ${person.name}`,
          studyInstanceUid: uid,
          seriesInstanceUid: `${uid}.${s + 1}`,
          sopInstanceUid: `${uid}.${s + 1}.${n}`,
          instanceNumber: n,
        });
        writeFileSync(join(folder, `IM${n}`), bytes);
      }
    });
  });
  return root;
}

/**
 * In the page, with the plain IndexedDB API, as an attacker or a broken disk would: garbles AMY's
 * patient row, BEN's study row, CLEO's 3-image series row and one image row of her other series, points
 * one of DAN's images at EVE's file, moves EVE's study under DAN, and garbles the auto-lock setting.
 */
async function damageRows(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    type Row = Record<string, unknown> & { sealed: Uint8Array };
    const all = (store: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as Row[]);
        r.onerror = () => reject(r.error);
      });
    const put = (store: string, row: Row) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    const garble = (row: Row): Row => {
      const sealed = Uint8Array.from(row.sealed);
      sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 0xff;
      return { ...row, sealed };
    };
    const [instances, series, studies, settings] = await Promise.all([
      all('instances'),
      all('series'),
      all('studies'),
      all('settings'),
    ]);
    const bySeries = (seriesId: unknown) => instances.filter((i) => i.seriesId === seriesId);
    const seriesOf = (count: number) => {
      const found = series.find((s) => bySeries(s.id).length === count);
      if (!found) throw new Error(`no series of ${count} images`);
      return found;
    };
    const studyOf = (count: number) => studies.find((s) => s.id === seriesOf(count).studyId)!;
    const amyPatient = (await all('patients')).find((p) => p.id === studyOf(1).patientId)!;
    await put('patients', garble(amyPatient));
    await put('studies', garble(studyOf(2)));
    await put('series', garble(seriesOf(3)));
    await put('instances', garble(bySeries(seriesOf(4).id)[0]!));
    const dan = bySeries(seriesOf(5).id)[0]!;
    const eve = bySeries(seriesOf(6).id)[0]!;
    await put('instances', { ...dan, address: eve.address });
    await put('studies', { ...studyOf(6), patientId: studyOf(5).patientId });
    const autoLock = settings.find((s) => s.key === 'autoLockMinutes');
    if (!autoLock) throw new Error('the auto-lock setting was not stored');
    await put('settings', garble(autoLock));
    db.close();
  });
}

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `/tmp/h2-${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: `/tmp/h2-${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('one damaged or re-linked row is named; the library, viewer, packages, records and settings all open', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const disc = writeDisc();
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/settings');
  await page.getByLabel('Lock automatically after').selectOption('15');
  await expect(page.getByText('Saved')).toBeVisible();
  await shell.open('/import');
  await new ImportPage(page).importFolder(disc);
  await shell.open('/');
  await expect(page.getByTestId('study-row')).toHaveCount(5);

  await damageRows(page);
  await page.reload();
  await new VaultPage(page).unlock();

  // The library opens; each damaged row is named; the rest shows, and nothing under the wrong patient.
  const notices = page.getByTestId('damaged-record');
  await expect(notices).toHaveCount(3);
  await expect(notices.filter({ hasText: 'A patient record' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'A study of BEN, TEST' })).toContainText('could not be read');
  await expect(notices.filter({ hasText: 'A study of EVE, TEST' })).toContainText(
    /link to its patient was changed/,
  );
  await expect(page.getByRole('region', { name: 'Damaged patient record' })).toContainText('CT of AMY');
  const danSection = page.getByRole('region', { name: 'DAN, TEST' });
  await expect(danSection).toContainText('CT of DAN');
  await expect(danSection).not.toContainText('CT of EVE');
  await expect(page.getByTestId('study-row')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'library-damaged');

  // The study page names its damaged series and shows the other one.
  await page.getByRole('link', { name: 'CT of CLEO' }).click();
  const studyNotices = page.getByTestId('damaged-record');
  await expect(studyNotices.filter({ hasText: 'A series of the study “CT of CLEO”' })).toHaveCount(1);
  await expect(page.getByTestId('series-row')).toHaveCount(1);
  await expect(studyNotices.filter({ hasText: /An image of the series/ })).toContainText('could not be read');
  await shoot(page, 'study-damaged');

  // The viewer opens DAN's study without the image that now points at EVE's file.
  await shell.open('/');
  await page.getByRole('link', { name: 'CT of DAN' }).click();
  await page.getByRole('link', { name: 'Open in viewer' }).click();
  const viewer = new ViewerPage(page);
  await viewer.waitReady(viewer.viewport());

  // Packages and records open too.
  await shell.open('/packages');
  await page.getByRole('button', { name: 'New package' }).click();
  await expect(page.getByTestId('damaged-record')).toHaveCount(4);
  await expect(page.getByText('CT of DAN')).toBeVisible();
  await shoot(page, 'packages-damaged');
  await shell.open('/records');
  await expect(page.getByRole('tablist')).toBeVisible();

  // Settings: the damaged setting is named, and the integrity check names every broken link.
  await shell.open('/settings');
  await expect(page.getByTestId('damaged-record').filter({ hasText: 'autoLockMinutes' })).toBeVisible();
  await new StewardshipPage(page).runIntegrityCheck();
  const failures = page.getByTestId('fixity-failures').locator('li');
  await expect(failures.filter({ hasText: /DAN\/S1\/IM\d — .*CT of DAN.*DAN, TEST/ })).toContainText(
    /original file/,
  );
  await expect(failures.filter({ hasText: 'BEN, TEST' })).toHaveCount(1);
  await expect(failures.filter({ hasText: 'A series' })).toContainText('CLEO, TEST');
  await expect(failures.filter({ hasText: 'An image' })).toContainText('CLEO, TEST');
  await expect(failures.filter({ hasText: 'EVE, TEST' })).toContainText(/patient/);
  await shoot(page, 'fixity-damaged');
});
