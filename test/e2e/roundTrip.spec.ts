import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { NO_SAVE_PICKER, PackagesPage } from './pages/PackagesPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { untilServiceWorkerControls } from './serviceWorker';

/**
 * The whole journey of a second opinion: import a disc, export a study as a ZIP for a specialist, verify
 * that ZIP as the recipient would (every file ok, the same fingerprint), and see the share marked as
 * verified by receipt in the share log once the person confirms this copy is the recipient's: checking
 * one's own copy proves nothing about what arrived (issue 12), so verifying alone never marks it.
 */
test('an exported package verifies as valid and its share is marked verified on confirmation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(NO_SAVE_PICKER);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  await new ImportPage(page).importFolder(dicomPath('dicomdir'));

  await shell.open('/packages');
  const packages = new PackagesPage(page);
  await packages.startWizard();
  await packages.chooseStudy('CT, HEAD/BRAIN WO CONTRAST');
  await packages.next();
  await packages.newRecipient('Dr. Ana Souza', 'Neuroradiology', 'Hospital Exemplo', 'Brazil');
  await packages.next();
  await packages.next();
  await packages.next();
  await untilServiceWorkerControls(page);
  const downloadEvent = page.waitForEvent('download');
  await packages.write();
  const download = await downloadEvent;
  // Streamed through the service worker (no save picker here), not gathered in memory first.
  expect(download.url()).toContain('/__download/');
  const fingerprint = await packages.fingerprint();
  const dir = mkdtempSync(join(tmpdir(), 'imaging-vault-roundtrip-'));
  try {
    const zip = join(dir, download.suggestedFilename());
    await download.saveAs(zip);

    await shell.open('/verify');
    await page.getByTestId('files-input').setInputFiles(zip);
    await expect(page.getByTestId('verdict')).toContainText('Valid', { timeout: 120_000 });
    await expect(page.getByTestId('count-ok')).toBeVisible();
    for (const bad of ['altered', 'missing', 'extra'])
      await expect(page.getByTestId(`count-${bad}`)).toHaveCount(0);
    await expect(page.getByText(fingerprint).first()).toBeVisible();
    await expect(page.getByText(/marked as verified/)).toHaveCount(0);
    await page
      .getByTestId('own-share')
      .getByRole('button', { name: /This is the recipient’s copy/ })
      .click();
    await expect(page.getByTestId('verify-vault-actions')).toContainText('marked as verified');

    await shell.open('/specialists');
    await expect(page.getByRole('main')).toContainText('Dr. Ana Souza');
    await expect(page.getByRole('main')).toContainText('Verified by receipt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
