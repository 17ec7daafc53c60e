import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { StewardshipPage } from './pages/StewardshipPage';
import { openWithNewVault, VaultPage } from './pages/VaultPage';

/**
 * Keeping the vault alive in a browser: the reminder and the persistent-storage request after an import,
 * Settings' account of what protects the vault, and a vault whose database the browser cleared.
 */

const MR = dicomPath('series', 'pacsman_synthetic_mr_128');
const SHOTS = join('test-results', 'protection-screens');

async function shoot(page: Page, name: string, engine: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-${engine}.png`), fullPage: true });
}

test('after the first import the patient is reminded to back up and can ask the browser to keep the vault', async ({
  page,
  browserName,
}) => {
  await openWithNewVault(page);
  await new ShellPage(page).open('/import');
  await new ImportPage(page).importFolder(MR);
  const keepSafe = page.getByTestId('keep-safe');
  await expect(keepSafe).toContainText('These scans are now only in this browser. Make a backup in Settings');
  await expect(keepSafe.getByRole('link', { name: 'Back up now' })).toHaveAttribute('href', '/settings');
  await keepSafe.getByRole('button', { name: 'Ask the browser to protect the vault' }).click();
  // Chromium answers at once; Firefox asks the person with a prompt, and the app says it is waiting for it.
  const answer = keepSafe.getByTestId('persistence-request');
  if (browserName === 'firefox') await expect(answer).toContainText('Waiting for your browser’s answer');
  else await expect(answer).toContainText(/Protected: the browser will not clear|did not grant protection/);
  await expect(answer.getByRole('button')).toHaveCount(0);
  await shoot(page, 'after-import', browserName);
});

test('Settings says what protects the vault, and a backup counts', async ({ page, browserName }) => {
  await StewardshipPage.usePrivateFolders(page);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/settings');
  const section = page.getByTestId('protection-section');
  await expect(section.locator('li[data-item="backup-none"]')).toHaveAttribute('data-protects', 'false');
  await expect(section.locator('li[data-item="not-installed"]')).toContainText('Safari deletes the storage');
  await expect(section.getByText('How to install the app')).toBeVisible();
  const file = join(mkdtempSync(join(tmpdir(), 'iv-protect-')), 'vault.ivbackup');
  try {
    await new StewardshipPage(page).backupToFile(file);
    await shell.open('/');
    await shell.open('/settings');
    await expect(section.locator('li[data-item="backup-recent"]')).toHaveAttribute('data-protects', 'true');
    await shoot(page, 'settings-protection', browserName);
  } finally {
    rmSync(file, { force: true });
  }
});

test('a vault whose database the browser cleared is named, with the backup that restores it', async ({
  page,
  browserName,
}) => {
  await StewardshipPage.usePrivateFolders(page);
  await openWithNewVault(page);
  const file = join(mkdtempSync(join(tmpdir(), 'iv-cleared-')), 'vault.ivbackup');
  try {
    await new ShellPage(page).open('/settings');
    await new StewardshipPage(page).backupToFile(file);
    // What storage pressure or a cleaning tool does: the database goes, the rest of the site's storage stays.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('imaging-vault');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    const vault = new VaultPage(page);
    await expect(vault.title).toHaveText('Create your vault');
    const notice = page.getByTestId('storage-cleared');
    await expect(notice).toContainText('This browser’s copy of your vault is gone');
    await expect(notice.getByTestId('cleared-last-backup')).toContainText(/\.ivbackup \(a backup file\)/);
    await expect(page.getByRole('button', { name: 'Restore from a backup' })).toBeVisible();
    await shoot(page, 'cleared', browserName);
    await notice.getByRole('button', { name: 'Start a new, empty vault' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(vault.title).toHaveText('Create your vault');
    await expect(page.getByTestId('storage-cleared')).toHaveCount(0);
  } finally {
    rmSync(file, { force: true });
  }
});

test('a first visit is greeted as one: no cleared-vault notice', async ({ page }) => {
  await page.goto('/');
  await expect(new VaultPage(page).title).toHaveText('Create your vault');
  await expect(page.getByTestId('storage-cleared')).toHaveCount(0);
});
