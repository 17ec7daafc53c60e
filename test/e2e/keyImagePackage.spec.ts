import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { NO_SAVE_PICKER, PackagesPage } from './pages/PackagesPage';
import { ViewerPage } from './pages/ViewerPage';
import { openWithNewVault } from './pages/VaultPage';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a key image made in the viewer travels in a package’s documents, byte for byte', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(NO_SAVE_PICKER);
  await openWithNewVault(page);
  const viewer = new ViewerPage(page);
  await viewer.importFolder(dicomPath('series', 'ge_ct_28_variable_spacing'));
  await viewer.openStudy(/HEAD/);
  const dir = mkdtempSync(join(tmpdir(), 'imaging-vault-keyimage-'));
  try {
    const keyDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Key image' }).click();
    const key = await keyDownload;
    const keyPath = join(dir, key.suggestedFilename());
    await key.saveAs(keyPath);

    await viewer.shell.open('/packages');
    const packages = new PackagesPage(page);
    await packages.startWizard();
    await packages.chooseStudy('HEAD');
    await packages.next();
    await packages.newRecipient('Dr. Kenji Ito', 'Neurosurgery', 'Example Hospital', 'Japan');
    await packages.next();
    const keyImages = page.getByTestId('key-images');
    await expect(keyImages).toContainText(key.suggestedFilename());
    await keyImages.getByRole('checkbox').check();
    await packages.next();
    await packages.next();
    const zipDownload = page.waitForEvent('download');
    await packages.write();
    const zip = await zipDownload;
    await packages.fingerprint();
    const zipPath = join(dir, zip.suggestedFilename());
    await zip.saveAs(zipPath);
    execFileSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')]);
    const bag = join(dir, 'out', readdirSync(join(dir, 'out'))[0] ?? '');
    const documents = readdirSync(join(bag, 'data', 'documents'));
    const png = documents.find((name) => name.endsWith('.png'));
    expect(png, `documents: ${documents.join(', ')}`).toBeDefined();
    expect(sha256(readFileSync(join(bag, 'data', 'documents', png ?? '')))).toBe(
      sha256(readFileSync(keyPath)),
    );
    // And the bag lists it in its manifest like every other payload file.
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toContain(`data/documents/${png}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
