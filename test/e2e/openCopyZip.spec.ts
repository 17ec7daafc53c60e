import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dicomPath } from '../sharedData';
import { filesUnder } from './bagFixture';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { untilServiceWorkerControls } from './serviceWorker';

/**
 * Where the browser cannot write into a folder (Firefox, Safari), the open copy is one ZIP download with
 * the same folders inside, never a dead button. Chromium is made such a browser by taking its folder
 * picker away; in Firefox it has none.
 */

const MR = dicomPath('series', 'pacsman_synthetic_mr_128');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('without a folder picker the open copy is a ZIP of the plain layout with the original bytes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>)['showDirectoryPicker'];
  });
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  await new ImportPage(page).importFolder(MR);
  await shell.open('/settings');
  const section = page.getByTestId('open-copy-section');
  await expect(section).toContainText('the open copy comes as one ZIP download');
  await untilServiceWorkerControls(page);
  await section.getByLabel('I understand this copy is not encrypted.').check();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download the open copy as a ZIP' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Imaging-Vault-open-copy-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByTestId('open-copy-result')).toContainText('Open copy written: 128 files');
  const dir = mkdtempSync(join(tmpdir(), 'iv-open-copy-'));
  try {
    const zip = join(dir, 'copy.zip');
    await file.saveAs(zip);
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'out')]);
    const files = filesUnder(join(dir, 'out')).map((f) => relative(join(dir, 'out'), f));
    expect(files).toContain('Medical_Scans/Scan_Log.csv');
    const dicom = files.filter((f) => f.endsWith('.dcm'));
    for (const path of dicom)
      expect(path).toMatch(/^Medical_Scans\/[^/]+\/DICOM\/S\d{3}[^/]*\/IM\d{5}(-\d+)?\.dcm$/);
    expect(dicom.map((f) => sha256(readFileSync(join(dir, 'out', f)))).sort()).toEqual(
      readdirSync(MR)
        .map((name) => sha256(readFileSync(join(MR, name))))
        .sort(),
    );
    // Any unzip tool opens it: 7-Zip tests every entry's CRC.
    expect(execFileSync('7z', ['t', zip], { encoding: 'utf8' })).toContain('Everything is Ok');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
