import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { composeVerifyPage } from '../../src/domain/package/composeVerifyPage';
import { dicomPath } from '../sharedData';
import { seriousViolations } from './axe';
import { folderFingerprint, sealBag, sha256 } from './bagFixture';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { NO_SAVE_PICKER, PackagesPage } from './pages/PackagesPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { VerifyPage } from './pages/VerifyPage';
import { pickFolder } from './pickFolder';

/**
 * What a verdict means: a package whose files and lists were both rewritten is "Valid" against its own
 * lists, and only the fingerprint tells it apart; a damaged ZIP entry is altered, not missing; verifying
 * one's own copy right after export never marks the share verified; a damaged DICOM file is kept.
 */

const REPORT = 'CT abdomen: no focal lesion.\n';
let work: string;
let bag: string;
let senderFingerprint: string;
let verifyHtml: string;

/** verify.html as an export composes it, from the built verify-page script (dist/) and its style. */
async function composedVerifyHtml(): Promise<string> {
  const assets = join('dist', 'assets');
  const worker = readdirSync(assets).find((f) => /^package\.worker-.*\.js$/.test(f));
  const script = worker && /main-[\w-]+\.js/.exec(readFileSync(join(assets, worker), 'utf8'))?.[0];
  if (!script) throw new Error('Build the app first (npx vite build): no verify-page script in dist/.');
  return composeVerifyPage(
    readFileSync(join(assets, script), 'utf8'),
    readFileSync(join('src', 'verify-page', 'verifyPage.css'), 'utf8'),
  );
}

/** A small bag: one DICOM image and a report, sealed, with the package's own verify.html at its root. */
function makeBag(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'data', 'images'), { recursive: true });
  cpSync(dicomPath('modality', 'liver.dcm'), join(dir, 'data', 'images', 'liver.dcm'));
  mkdirSync(join(dir, 'data', 'documents'));
  writeFileSync(join(dir, 'data', 'documents', 'report.txt'), REPORT);
  sealBag(dir);
  writeFileSync(join(dir, 'verify.html'), verifyHtml);
  return dir;
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'verify-meaning-e2e-'));
  verifyHtml = await composedVerifyHtml();
  bag = makeBag('package');
  senderFingerprint = folderFingerprint(bag);
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function shoot(page: Page, name: string): Promise<void> {
  for (const [label, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 360, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/h5-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);
}

/** The package's verify.html opened from disk, pointed at a folder or a ZIP. */
async function verifyWithPage(page: Page, dir: string, input: { folder: string } | { zip: string }) {
  await page.goto(pathToFileURL(join(dir, 'verify.html')).href);
  await expect(page.locator('#cannot-vouch')).toContainText('cannot vouch for that package');
  if ('folder' in input) await pickFolder(page.locator('#folder-input'), input.folder);
  else await page.locator('#zip-input').setInputFiles(input.zip);
  await expect(page.locator('#package-verdict')).toBeVisible({ timeout: 60_000 });
}

test('a folder whose file and manifests were rewritten is Valid, but its fingerprint is not the sender’s', async ({
  page,
  context,
}) => {
  const tampered = join(work, 'tampered');
  cpSync(bag, tampered, { recursive: true });
  writeFileSync(join(tampered, 'data', 'documents', 'report.txt'), 'CT abdomen: 4 cm lesion.\n');
  sealBag(tampered);
  expect(folderFingerprint(tampered)).not.toBe(senderFingerprint);

  const verify = new VerifyPage(page);
  await verify.open();
  await verify.chooseFolder(bag);
  expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
  await expect(page.getByTestId('fingerprint')).toHaveText(senderFingerprint);
  await page.getByLabel('Fingerprint the sender gave you').fill(senderFingerprint.slice(0, 16));
  await expect(page.getByTestId('sender-fingerprint-result')).toHaveAttribute('data-result', 'same');

  await verify.again();
  await verify.chooseFolder(tampered);
  // Against its own (recomputed) lists everything matches...
  expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
  expect(await verify.resultOf('data/documents/report.txt')).toBe('OK');
  // ...and only the fingerprint, the SHA-256 of tagmanifest-sha256.txt, shows it is not what was sent.
  await expect(page.getByTestId('fingerprint')).toHaveText(folderFingerprint(tampered));
  await expect(page.getByText('Fingerprint (SHA-256 of tagmanifest-sha256.txt)')).toBeVisible();
  await expect(page.getByTestId('sender-fingerprint')).toContainText(
    'a page shipped inside a package cannot vouch for that package',
  );
  await page.getByLabel('Fingerprint the sender gave you').fill(senderFingerprint.slice(0, 16));
  await expect(page.getByTestId('sender-fingerprint-result')).toHaveAttribute('data-result', 'different');
  await expect(page.getByTestId('sender-fingerprint-result')).toContainText('not the package that was sent');
  await page.getByTestId('sender-fingerprint').scrollIntoViewIfNeeded();
  await shoot(page, 'verify-fingerprint-differs');

  // The package's own verify.html says the same: Valid, with the folder's fingerprint to compare.
  const offline = await context.newPage();
  await verifyWithPage(offline, tampered, { folder: tampered });
  await expect(offline.locator('#package-verdict')).toHaveAttribute('data-verdict', 'valid');
  await expect(offline.locator('#package-fingerprint')).toHaveAttribute('data-of', 'tagmanifest');
  await expect(offline.locator('#package-fingerprint .full')).toHaveText(folderFingerprint(tampered));
  await shoot(offline, 'verify-html-folder-fingerprint');
});

test('a ZIP entry failing its CRC-32 is altered (damaged), never missing, in the app and in verify.html', async ({
  page,
  context,
}) => {
  const zip = join(work, 'package.zip');
  execFileSync('zip', ['-q', '-0', '-r', zip, 'package'], { cwd: work });
  const bytes = readFileSync(zip);
  const at = bytes.indexOf(Buffer.from(REPORT));
  expect(at).toBeGreaterThan(0);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  const damaged = join(work, 'damaged.zip');
  writeFileSync(damaged, bytes);

  const verify = new VerifyPage(page);
  await verify.open();
  await verify.chooseFiles([damaged]);
  expect(await verify.verdictText()).toBe('Complete but altered');
  expect(await verify.resultOf('data/documents/report.txt')).toBe('Altered');
  await expect(verify.row('data/documents/report.txt')).toContainText('damaged');
  await expect(page.getByTestId('count-missing')).toHaveCount(0);
  await expect(page.getByTestId('fingerprint')).toHaveText(sha256(bytes));
  await shoot(page, 'verify-damaged-entry');

  const offline = await context.newPage();
  await verifyWithPage(offline, bag, { zip: damaged });
  const row = offline.locator('#file-table tr[data-verdict="altered"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('data/documents/report.txt');
  await expect(offline.locator('#file-table tr[data-verdict="missing"]')).toHaveCount(0);
});

test('a truncated DICOM file is kept as a damaged original, counted, named and downloadable byte for byte', async ({
  page,
}) => {
  const disc = join(work, 'disc');
  mkdirSync(disc);
  cpSync(dicomPath('modality', 'liver.dcm'), join(disc, 'liver.dcm'));
  // A copy cut short inside its Pixel Data, as an interrupted copy leaves it.
  const whole = readFileSync(dicomPath('modality', 'liver.dcm'));
  const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
  writeFileSync(join(disc, 'broken.dcm'), truncated);

  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  const importer = new ImportPage(page);
  await importer.importFolder(disc);
  await expect(importer.summary).toContainText('1 new files imported');
  const damaged = page.getByTestId('damaged-list').locator('li');
  await expect(damaged).toHaveCount(1);
  await expect(damaged).toContainText('disc/broken.dcm');
  await expect(damaged).toContainText('truncated at byte');
  await expect(importer.summary).toContainText('Kept as damaged originals (1)');
  await shoot(page, 'import-damaged-original');
  const download = page.waitForEvent('download');
  await damaged.getByRole('button', { name: 'Download the original' }).click();
  const saved = join(work, 'downloaded.dcm');
  await (await download).saveAs(saved);
  expect(sha256(readFileSync(saved))).toBe(sha256(truncated));
  // Never shown as an image: the library has the one good image only.
  await page.getByRole('link', { name: 'Open the library' }).click();
  await expect(page.getByTestId('study-row')).toHaveCount(1);
  await expect(page.getByTestId('study-row').locator('td:nth-child(6)')).toHaveText('1');
  // Still listed, and downloadable, after the summary is gone.
  await shell.open('/import');
  const kept = page.getByTestId('kept-damaged');
  await expect(kept).toContainText('Damaged originals kept in the vault (1)');
  await expect(kept.getByTestId('damaged-list')).toContainText('disc/broken.dcm');
  const again = page.waitForEvent('download');
  await kept.getByRole('button', { name: 'Download the original' }).click();
  await (await again).saveAs(saved);
  expect(sha256(readFileSync(saved))).toBe(sha256(truncated));
  await shoot(page, 'import-kept-damaged');
});

test('verifying one’s own copy right after export never marks the share verified', async ({ page }) => {
  test.setTimeout(180_000);
  const disc = join(work, 'one-image');
  mkdirSync(disc);
  cpSync(dicomPath('modality', 'liver.dcm'), join(disc, 'liver.dcm'));
  await page.addInitScript(NO_SAVE_PICKER);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  await new ImportPage(page).importFolder(disc);

  await shell.open('/packages');
  const packages = new PackagesPage(page);
  await packages.startWizard();
  await page.getByTestId('export-study').first().locator(':scope > label input[type=checkbox]').check();
  await packages.next();
  await packages.newRecipient('Dr Ana Ruiz', 'Hepatology', 'Hospital Clínic', 'Spain');
  await packages.next();
  await packages.next();
  await packages.next();
  const zipDownload = page.waitForEvent('download');
  await packages.write();
  const exported = await zipDownload;
  const fingerprint = await packages.fingerprint();
  const zip = join(work, exported.suggestedFilename());
  await exported.saveAs(zip);

  await shell.open('/verify');
  const verify = new VerifyPage(page);
  await verify.chooseFiles([zip]);
  expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
  await expect(page.getByTestId('fingerprint')).toHaveText(fingerprint);
  // Our own copy, right after export: the share is recognised, but not marked without the person's word.
  const own = page.getByTestId('own-share');
  await expect(own).toContainText('Checking your own copy proves nothing about the recipient’s');
  await expect(page.getByText(/marked as verified/)).toHaveCount(0);
  await own.scrollIntoViewIfNeeded();
  await shoot(page, 'verify-own-share');
  // Only the confirmation that this is the recipient's copy marks it.
  await own.getByRole('button', { name: /This is the recipient’s copy/ }).click();
  await expect(own).toContainText('marked as verified by receipt');
});
