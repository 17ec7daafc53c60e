import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dicomPath } from '../sharedData';
import { seriousViolations } from './axe';
import { expect, test, watchEgress, expectNoEgress } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { flipByteInFirstChunk, rawRows, StewardshipPage } from './pages/StewardshipPage';
import { openWithNewVault, VaultPage } from './pages/VaultPage';

const MR = dicomPath('series', 'pacsman_synthetic_mr_128');
const CT = dicomPath('series', 'ge_ct_28_variable_spacing');
const shots = process.env['STEWARDSHIP_SHOTS'];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A DICOM attribute read by dcmdump (dcmtk), independently of the app's parser. */
function dcmValue(file: string, tag: string): string {
  const out = execFileSync('dcmdump', ['+P', tag, file], { encoding: 'utf8' });
  return /\[(.*)\]/.exec(out)?.[1]?.trim() ?? '';
}

/** The folder name the layout asks for, derived from the files themselves. */
function expectedStudyFolder(dir: string): string {
  const file = join(dir, readdirSync(dir).sort()[0] ?? '');
  const date = dcmValue(file, '0008,0020');
  const body = dcmValue(file, '0018,0015');
  const title = body
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('-');
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}_${title || 'Unknown'}_${dcmValue(file, '0008,0060')}`;
}

function diskHashes(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => sha256(readFileSync(join(dir, name))))
    .sort();
}

async function shoot(page: Page, name: string) {
  if (!shots) return;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(shots, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a file backup restores in a fresh profile with the recovery key: same library, same bytes, valid chain', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await StewardshipPage.usePrivateFolders(page);
  await page.goto('/');
  const recoveryKey = await new VaultPage(page).create();
  await new ShellPage(page).open('/import');
  await new ImportPage(page).importFolder(MR);
  await new ShellPage(page).open('/settings');
  const before = await rawRows(page);
  const file = join(mkdtempSync(join(tmpdir(), 'iv-backup-')), 'vault.ivbackup');
  await new StewardshipPage(page).backupToFile(file);
  expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('IVBACKUP');

  // A new browser profile: no vault, nothing shared with the first context.
  const fresh = await browser.newContext();
  const guard = watchEgress(fresh, baseURL);
  const page2 = await fresh.newPage();
  await StewardshipPage.usePrivateFolders(page2);
  await page2.goto('/');
  await expect(page2.locator('h1#page-title')).toHaveText('Create your vault');
  await shoot(page2, 'create-with-restore-link');
  const steward = new StewardshipPage(page2);
  await page2.getByRole('button', { name: 'Restore from a backup' }).click();
  expect(await seriousViolations(page2)).toEqual([]);
  await shoot(page2, 'restore-fresh');
  await page2.getByRole('button', { name: 'Back to creating a new vault' }).click();
  await steward.restoreFresh(file, recoveryKey, async () => {
    await expect(page2.getByTestId('restore-report')).toContainText('Restored');
    expect(await seriousViolations(page2)).toEqual([]);
    await shoot(page2, 'restore-report');
  });

  // The same sealed rows: catalog, originals (content addresses) and chunks, byte for byte.
  const after = await rawRows(page2);
  for (const table of ['chunks', 'originals', 'instances', 'series', 'studies', 'patients'] as const) {
    expect(after[table]?.sort(), table).toEqual(before[table]?.sort());
  }
  await expect(page2.getByTestId('study-row')).toHaveCount(1);

  const shell = new ShellPage(page2);
  await shell.open('/audit');
  await expect(page2.getByTestId('audit-chain')).toContainText('Chain verified');
  await expect(page2.getByTestId('audit-list')).toContainText('Restore');
  // The first vault's own entries came back with it (a backup cannot hold the entry of its own completion).
  await expect(page2.getByTestId('audit-list')).toContainText('Import');
  await expect(page2.getByTestId('audit-list')).toContainText('Vault created');
  expect(await seriousViolations(page2)).toEqual([]);
  await shoot(page2, 'audit');

  // The open copy of the restored vault: the plain layout, and files byte-equal to the disc's.
  await shell.open('/settings');
  await steward.writeOpenCopy('copy');
  const copied = await steward.privateFiles('copy');
  const study = expectedStudyFolder(MR);
  const paths = Object.keys(copied);
  expect(paths).toContain('Medical_Scans/Scan_Log.csv');
  const dicomFiles = paths.filter((p) => p.endsWith('.dcm'));
  for (const path of dicomFiles)
    expect(path).toMatch(new RegExp(`^Medical_Scans/${study}/DICOM/S\\d{3}[^/]*/IM\\d{5}(-\\d+)?\\.dcm$`));
  expect(dicomFiles.map((p) => copied[p]?.sha256).sort()).toEqual(diskHashes(MR));
  const log = copied['Medical_Scans/Scan_Log.csv']?.text ?? '';
  expect(log).toContain(study.slice(0, 10));

  // Fixity: a byte flipped in a stored chunk is found and its file named.
  await flipByteInFirstChunk(page2);
  await steward.runIntegrityCheck();
  const failures = page2.getByTestId('fixity-failures').locator('li');
  await expect(failures).toHaveCount(1);
  const named = (await failures.first().textContent()) ?? '';
  expect(readdirSync(MR).some((name) => named.includes(name))).toBe(true);
  expect(named).toMatch(/authentication failed/);
  await expect(page2.getByTestId('fixity-result')).toContainText(`128 of 128 files`);
  expect(await seriousViolations(page2)).toEqual([]);
  await shoot(page2, 'settings-after-fixity');
  await fresh.close();
  expectNoEgress(guard);
});

test('a second folder backup writes only what is new or changed', async ({ page }) => {
  test.setTimeout(240_000);
  await StewardshipPage.usePrivateFolders(page);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  await new ImportPage(page).importFolder(MR);
  await shell.open('/settings');
  const steward = new StewardshipPage(page);
  const first = await rawRows(page);
  const [written1, records1] = await steward.backupToFolder('usb');
  const count = (rows: Record<string, string[]>) => Object.values(rows).reduce((n, r) => n + r.length, 0);
  expect([written1, records1]).toEqual([count(first), count(first)]);
  const files1 = await steward.privateFileNames('usb');

  await shell.open('/import');
  await new ImportPage(page).importFolder(CT);
  await shell.open('/settings');
  const second = await rawRows(page);
  const had = new Set(
    Object.values(first)
      .flat()
      .map((r) => r),
  );
  const changed = Object.entries(second).reduce(
    (n, [table, rows]) => n + rows.filter((r) => !had.has(r) || !first[table]?.includes(r)).length,
    0,
  );
  const [written2, records2] = await steward.backupToFolder('usb');
  expect(records2).toBe(count(second));
  expect(written2).toBe(changed);
  expect(written2).toBeLessThan(records2);
  const files2 = await steward.privateFileNames('usb');
  const added = files2.filter((f) => !files1.includes(f) && f.startsWith('Imaging Vault backup/records/'));
  expect(added).toHaveLength(written2);
  expect(files2).toContain('Imaging Vault backup/manifest.json');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'settings-backups');
});
