import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { dicomPath } from '../sharedData';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { VerifyPage } from './pages/VerifyPage';
import { filesUnder, sealBag, sha256 } from './bagFixture';

const posix = (from: string, to: string) => relative(from, to).split('\\').join('/');

const SHOTS = join('test-results', 'verify-screens');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

// ---- the fixture package, built here with Node alone --------------------------------------------------

/** A bag like an exported package: a DICOM File-set with its DICOMDIR, a loose DICOM file and documents. */
function makeBag(parent: string, name: string): string {
  const bag = join(parent, name);
  const disc = dicomPath('dicomdir', 'dicomdirtests');
  mkdirSync(join(bag, 'data', 'disc'), { recursive: true });
  cpSync(join(disc, 'DICOMDIR'), join(bag, 'data', 'disc', 'DICOMDIR'));
  for (const patient of ['77654033', '98892001', '98892003'])
    cpSync(join(disc, patient), join(bag, 'data', 'disc', patient), { recursive: true });
  mkdirSync(join(bag, 'data', 'images'));
  cpSync(dicomPath('modality', 'liver.dcm'), join(bag, 'data', 'images', 'liver.dcm'));
  mkdirSync(join(bag, 'data', 'documents'));
  writeFileSync(join(bag, 'data', 'documents', 'report.txt'), 'CT abdomen: no focal lesion.\n');
  writeFileSync(join(bag, 'data', 'documents', 'questions.txt'), 'Is a follow-up scan needed?\n');
  sealBag(bag);
  return bag;
}

let work: string;
let bag: string;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'verify-e2e-'));
  bag = makeBag(work, 'study-package');
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the bag under another name, changed by `change` after sealing (what transit would do). */
function damagedCopy(name: string, change: (copy: string) => void): string {
  const copy = join(work, name);
  cpSync(bag, copy, { recursive: true });
  change(copy);
  return copy;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// ---- the tests -----------------------------------------------------------------------------------------

for (const viewport of VIEWPORTS) {
  test(`an intact bag folder is valid, its DICOMDIR consistent, with a receipt (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const verify = new VerifyPage(page);
    await verify.open();
    await shoot(page, `empty-${viewport.name}`);
    expect(await seriousViolations(page)).toEqual([]);

    await verify.chooseFolder(bag);
    expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
    const payload = filesUnder(join(bag, 'data')).length;
    const tags = 3; // bag-info.txt, bagit.txt and manifest-sha256.txt, listed in the tag manifest
    expect(await verify.count('ok')).toBe(payload + tags);
    expect(await verify.resultOf('data/images/liver.dcm')).toBe('OK');
    await expect(page.getByTestId('dicomdir-section')).toContainText('Consistent');
    await expect(page.getByText(/Payload-Oxum/)).toBeVisible();
    await shoot(page, `valid-${viewport.name}`);
    const found = (await seriousViolations(page)).map(
      (v) => `${v.id} at ${JSON.stringify(v.nodes[0]?.target)}`,
    );
    expect(found).toEqual([]);

    const receipt = await verify.downloadReceipt();
    const html = readFileSync(await receipt.path(), 'utf8');
    expect(html).toContain('Valid: every file arrived unchanged');
    expect(html).toContain('study-package');
    expect(html).toContain('data/images/liver.dcm');
    // Opened as a fresh document (the app's own CSP would block the receipt's inline style).
    await page.goto('about:blank');
    await page.setContent(html);
    await shoot(page, `receipt-${viewport.name}`);
  });
}

test('copies with a flipped byte, a deleted file and an added file are each named', async ({ page }) => {
  const flipped = damagedCopy('flipped', (copy) => {
    const file = join(copy, 'data', 'images', 'liver.dcm');
    const bytes = readFileSync(file);
    const at = bytes.length - 10;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
  });
  const deleted = damagedCopy('deleted', (copy) => rmSync(join(copy, 'data', 'documents', 'report.txt')));
  const added = damagedCopy('added', (copy) =>
    writeFileSync(join(copy, 'data', 'documents', 'note-added.txt'), 'added after export\n'),
  );
  const verify = new VerifyPage(page);
  await verify.open();

  await verify.chooseFolder(flipped);
  expect(await verify.verdictText()).toBe('Complete but altered');
  expect(await verify.resultOf('data/images/liver.dcm')).toBe('Altered');
  expect(await verify.count('altered')).toBe(1);
  await shoot(page, 'altered-desktop');
  await page.setViewportSize({ width: 360, height: 740 });
  await shoot(page, 'altered-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  await verify.again();

  await verify.chooseFolder(deleted);
  expect(await verify.verdictText()).toBe('Incomplete: files are missing or unreadable');
  expect(await verify.resultOf('data/documents/report.txt')).toBe('Missing');
  expect(await verify.count('missing')).toBe(1);
  await shoot(page, 'missing-desktop');
  await verify.again();

  await verify.chooseFolder(added);
  expect(await verify.verdictText()).toBe('Complete but altered');
  expect(await verify.resultOf('data/documents/note-added.txt')).toBe('Extra');
  expect(await verify.count('extra')).toBe(1);
  await shoot(page, 'extra-desktop');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a ZIP of the bag is verified from its central directory, with the ZIP’s fingerprint', async ({
  page,
}) => {
  const zip = join(work, 'study-package.zip');
  execFileSync('zip', ['-q', '-r', zip, 'study-package'], { cwd: work });
  const fingerprint = sha256(readFileSync(zip));
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.chooseFiles([zip]);
  expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
  await expect(page.getByTestId('fingerprint')).toHaveText(fingerprint);
  await expect(page.getByTestId('short-fingerprint')).toHaveText(
    (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join('-'),
  );
  await expect(page.getByTestId('dicomdir-section')).toContainText('Consistent');
  await shoot(page, 'zip-desktop');
  const html = readFileSync(await (await verify.downloadReceipt()).path(), 'utf8');
  expect(html).toContain(fingerprint);
});

test('a folder is verified against a sha256sum list, and files against an md5sum -b list', async ({
  page,
}) => {
  const folder = join(work, 'scans');
  cpSync(join(bag, 'data'), folder, { recursive: true });
  const names = filesUnder(folder).map((f) => posix(folder, f));
  writeFileSync(join(folder, 'SHA256SUMS'), execFileSync('sha256sum', names, { cwd: folder }));
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.chooseFolder(folder);
  expect(await verify.verdictText()).toBe('Valid: every file arrived unchanged');
  expect(await verify.count('ok')).toBe(names.length);
  await shoot(page, 'list-desktop');
  await verify.again();

  // Loose files plus a binary-mode md5sum list, one file changed: named as altered.
  const loose = join(work, 'loose');
  mkdirSync(loose);
  writeFileSync(join(loose, 'a.txt'), 'first\n');
  writeFileSync(join(loose, 'b.txt'), 'second\n');
  writeFileSync(join(loose, 'md5sum.txt'), execFileSync('md5sum', ['-b', 'a.txt', 'b.txt'], { cwd: loose }));
  writeFileSync(join(loose, 'b.txt'), 'second, changed\n');
  await verify.chooseFiles(['a.txt', 'b.txt', 'md5sum.txt'].map((n) => join(loose, n)));
  expect(await verify.verdictText()).toBe('Complete but altered');
  expect(await verify.resultOf('a.txt')).toBe('OK');
  expect(await verify.resultOf('b.txt')).toBe('Altered');
});

test('a single file against a pasted fingerprint: right, short form and wrong', async ({ page }) => {
  const file = join(bag, 'data', 'images', 'liver.dcm');
  const digest = sha256(readFileSync(file));
  const short = (digest.slice(0, 16).match(/.{4}/g) ?? []).join('-');
  const verify = new VerifyPage(page);
  await verify.open();

  await verify.checkFingerprint(file, `  ${digest.toUpperCase()}  `);
  expect(await verify.verdictText()).toBe('Matches: this is exactly the file that was fingerprinted');
  await expect(page.getByTestId('fingerprint')).toHaveText(digest);
  await expect(page.getByTestId('short-fingerprint')).toHaveText(short);
  await shoot(page, 'fingerprint-desktop');
  await verify.again();

  await verify.checkFingerprint(file, short);
  expect(await verify.verdictText()).toBe('Matches: this is exactly the file that was fingerprinted');
  await verify.again();

  const wrong = `${digest.slice(0, 63)}${digest.endsWith('0') ? '1' : '0'}`;
  await verify.checkFingerprint(file, wrong);
  expect(await verify.verdictText()).toBe('Does not match: this file differs from the fingerprint');
  expect(await verify.resultOf('liver.dcm')).toBe('Altered');
  await shoot(page, 'fingerprint-wrong-desktop');
  await verify.again();

  await page.getByLabel('Fingerprint or hash').fill('not a hash');
  await expect(page.getByText('A fingerprint has only the digits 0-9 and the letters a-f.')).toBeVisible();
});

test('a large file shows progress with MB/s and can be cancelled', async ({ page }) => {
  const big = join(work, 'big.bin');
  execFileSync('truncate', ['-s', '1536M', big]);
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.checkFingerprint(big, '0'.repeat(64));
  await expect(verify.progress).toBeVisible();
  await expect(page.getByText(/MB\/s/)).toBeVisible();
  await expect(page.getByTestId('progress-files')).toHaveText('0 of 1 files');
  await expect(page.getByText(/left$/)).toBeVisible();
  await shoot(page, 'progress-desktop');
  await page.setViewportSize({ width: 360, height: 740 });
  await shoot(page, 'progress-phone');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Verification cancelled. Nothing was changed.')).toBeVisible();
});
