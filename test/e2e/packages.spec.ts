import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { dicomPath, sharedPath } from '../sharedData';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { NO_SAVE_PICKER, PackagesPage, STUB_FOLDER_PICKER } from './pages/PackagesPage';
import { pickFolder } from './pickFolder';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';

const PYTHON = '/usr/bin/python3';
const SHOTS = join('test-results', 'packages-screens');
const temp: string[] = [];
test.afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'packages-e2e-'));
  temp.push(dir);
  return dir;
}

function run(command: string, args: string[], cwd?: string) {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(cwd ? { cwd } : {}),
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** Screenshots of the current screen at desktop and phone widths (looked at by a person). */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 360, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * Each exported DICOM file matched, by SOP Instance UID (read by pydicom), with the original it came from
 * in ../shared/dicom; prints how many matched byte for byte, and per study how many the package holds and
 * how many originals the shared data has.
 */
const COMPARE_PY = String.raw`
import sys, os, json, glob, pydicom
bag, roots = sys.argv[1], sys.argv[2:]
originals, per_study = {}, {}
for root in roots:
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            try:
                ds = pydicom.dcmread(p, stop_before_pixels=True)
            except Exception:
                continue
            if 'SOPInstanceUID' not in ds or ds.file_meta.get('MediaStorageSOPClassUID') == '1.2.840.10008.1.3.10':
                continue
            originals[ds.SOPInstanceUID] = p
            per_study.setdefault(ds.StudyInstanceUID, set()).add(ds.SOPInstanceUID)
exported, identical, studies = 0, 0, {}
for p in glob.glob(os.path.join(bag, 'data', 'DICOM', '**', '*'), recursive=True):
    if os.path.isdir(p):
        continue
    exported += 1
    ds = pydicom.dcmread(p, stop_before_pixels=True)
    studies[ds.StudyInstanceUID] = studies.get(ds.StudyInstanceUID, 0) + 1
    src = originals.get(ds.SOPInstanceUID)
    if src and open(src, 'rb').read() == open(p, 'rb').read():
        identical += 1
print(json.dumps({'exported': exported, 'identical': identical,
                  'studies': {k: [v, len(per_study.get(k, ()))] for k, v in studies.items()}}))
`;

function expectValidPackage(bag: string): void {
  const validate = run(PYTHON, [sharedPath('tools', 'validate_bag.py'), bag]);
  expect(validate.status, validate.out).toBe(0);
  const check = run(PYTHON, [sharedPath('tools', 'check_dicomdir.py'), join(bag, 'data')]);
  expect(check.status, check.out).toBe(0);
  const dciodvfy = run('dciodvfy', [join(bag, 'data', 'DICOMDIR')]);
  expect(dciodvfy.out.split('\n').filter((l) => /^Error/.test(l))).toEqual([]);
  const sha = run('sha256sum', ['-c', 'manifest-sha256.txt'], bag);
  expect(sha.status, sha.out).toBe(0);
  const md5 = run('md5sum', ['-c', 'manifest-md5.txt'], bag);
  expect(md5.status, md5.out).toBe(0);
}

/** Opens the exported verify.html from file:// and points it at a folder; returns the verdict of each file. */
async function verifyWithPage(page: Page, bag: string): Promise<Record<string, string>> {
  await page.goto(pathToFileURL(join(bag, 'verify.html')).href);
  await pickFolder(page.locator('#folder-input'), bag);
  await expect(page.locator('#package-verdict')).toBeVisible({ timeout: 60_000 });
  const rows = await page
    .locator('#file-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('td')?.textContent ?? '', tr.getAttribute('data-verdict') ?? '']),
    );
  return Object.fromEntries(rows);
}

test('exports two studies as a folder: a valid bag and File-set of the original bytes, checked by its own verify.html', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(STUB_FOLDER_PICKER);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  const importer = new ImportPage(page);
  await importer.importFolder(dicomPath('dicomdir'));
  await shell.open('/');
  await shell.open('/import');
  await importer.importFolder(dicomPath('series'));

  await shell.open('/packages');
  const packages = new PackagesPage(page);
  await expect(page.getByText('No package has been made yet.')).toBeVisible();
  await packages.startWizard();
  await packages.chooseStudy('Brain-MRA');
  await packages.chooseStudy('HEAD');
  await shoot(page, '1-images');
  await packages.next();
  await packages.newRecipient('Dr Anna Müller', 'Neuroradiology', 'Charité', 'Germany');
  await page.getByLabel('Purpose').fill('Second opinion on the head scans');
  await shoot(page, '2-recipient');
  await packages.next();
  const report = join(tempDir(), 'Befund Radiologie.txt');
  writeFileSync(report, 'MRT Schädel: unauffällig.\n');
  await page.getByTestId('report-input').setInputFiles(report);
  await page.getByLabel('History').fill('Headaches since 2019.\n\nMRI in 2020 showed nothing.');
  await page
    .getByLabel('Questions for the consultant')
    .fill('Is surgery needed?\nWhat follow-up do you advise?');
  await shoot(page, '3-documents');
  await packages.next();
  await shoot(page, '4-privacy');
  await packages.next();
  await packages.chooseOutput('A folder');
  await shoot(page, '5-write');
  await packages.write();
  const fingerprint = await packages.fingerprint();
  await shoot(page, '6-result');

  const out = tempDir();
  const written = await packages.copyOpfsTarget(out);
  const top = written[0]?.split('/')[0] ?? '';
  expect(top).toMatch(/^Imaging_package_\d{4}-\d{2}-\d{2}_Dr_Anna_Muller_[0-9a-f]{6}$/);
  const bag = join(out, top);
  expectValidPackage(bag);
  // The folder's fingerprint is the SHA-256 of its tag manifest, which pins every file.
  expect(fingerprint).toBe(
    createHash('sha256')
      .update(readFileSync(join(bag, 'tagmanifest-sha256.txt')))
      .digest('hex'),
  );
  expect(readFileSync(join(bag, 'data', 'documents', 'Befund_Radiologie.txt'), 'utf8')).toBe(
    'MRT Schädel: unauffällig.\n',
  );
  expect(readFileSync(join(bag, 'data', 'documents', 'questions-for-the-consultant.html'), 'utf8')).toContain(
    'Is surgery needed?',
  );
  const packageId = /Internal-Sender-Identifier: (\S+)/.exec(
    readFileSync(join(bag, 'bag-info.txt'), 'utf8'),
  )?.[1];
  expect(packageId).toMatch(/^[0-9a-f-]{36}$/);

  const compared = JSON.parse(
    run(PYTHON, ['-c', COMPARE_PY, bag, dicomPath('dicomdir'), dicomPath('series')]).stdout,
  ) as { exported: number; identical: number; studies: Record<string, [number, number]> };
  expect(compared.exported).toBeGreaterThan(30);
  expect(compared.identical).toBe(compared.exported);
  // Two whole studies: every original of each is in the package.
  expect(Object.keys(compared.studies)).toHaveLength(2);
  for (const [exported, originals] of Object.values(compared.studies)) expect(exported).toBe(originals);

  // The share log lists the export with its fingerprint.
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await expect(page.getByTestId('share-row')).toHaveCount(1);
  await expect(page.getByTestId('share-row')).toContainText('Dr Anna Müller');
  await expect(page.getByTestId('share-row')).toContainText(fingerprint.slice(0, 4));
  await shoot(page, '7-share-log');

  // The package's own verify.html, opened from disk: every file OK; one altered byte is flagged.
  const verifier = await context.newPage();
  const verdicts = await verifyWithPage(verifier, bag);
  expect(Object.keys(verdicts).length).toBeGreaterThan(compared.exported);
  expect(new Set(Object.values(verdicts))).toEqual(new Set(['ok']));
  await expect(verifier.locator('#package-verdict')).toHaveAttribute('data-verdict', 'valid');
  await shoot(verifier, '8-verify-html-ok');
  const victim = run('sh', ['-c', 'find data/DICOM -type f | sort | head -1'], bag).out.trim();
  const bytes = readFileSync(join(bag, victim));
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  writeFileSync(join(bag, victim), bytes);
  const after = await verifyWithPage(verifier, bag);
  expect(after[victim]).toBe('altered');
  expect(Object.entries(after).filter(([, v]) => v !== 'ok')).toEqual([[victim, 'altered']]);
  await shoot(verifier, '9-verify-html-altered');
});

test('a de-identified ZIP download validates, dcmdump reads its files, and the patient name is gone', async ({
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
  await packages.chooseStudy('XR C Spine Comp Min 4 Views');
  await packages.chooseStudy('CT, HEAD/BRAIN WO CONTRAST');
  await packages.next();
  await packages.newRecipient('Prof. Jean Dupont', 'Spine surgery', 'Hôpital Test', 'France');
  await packages.next();
  await packages.next();
  await page.getByLabel(/De-identify the images/).check();
  await page.getByLabel(/Clean descriptions/).check();
  // The CR study may carry the name in its pixels: the wizard says so, naming the series.
  await expect(page.getByTestId('burned-in-series')).toContainText('XR C Spine');
  await shoot(page, '4-privacy-deidentify');
  await packages.next();
  const downloadEvent = page.waitForEvent('download');
  await packages.write();
  const download = await downloadEvent;
  const fingerprint = await packages.fingerprint();
  const out = tempDir();
  const zip = join(out, download.suggestedFilename());
  await download.saveAs(zip);
  expect(createHash('sha256').update(readFileSync(zip)).digest('hex')).toBe(fingerprint);

  const validate = run(PYTHON, [sharedPath('tools', 'validate_bag.py'), zip]);
  expect(validate.status, validate.out).toBe(0);
  expect(run('unzip', ['-q', zip, '-d', out]).status).toBe(0);
  const bag = join(out, download.suggestedFilename().replace(/\.zip$/, ''));
  expectValidPackage(bag);
  const files = run('sh', ['-c', 'find data/DICOM -type f | sort'], bag).out.trim().split('\n');
  expect(files.length).toBe(7);
  for (const file of files) {
    const dump = run('dcmdump', [join(bag, file)]);
    expect(dump.status, dump.out).toBe(0);
    expect(dump.out).not.toMatch(/Archibald|Doe/i);
    expect(readFileSync(join(bag, file)).includes('Archibald')).toBe(false);
  }
  const names = run(PYTHON, [
    '-c',
    'import sys,pydicom\nfor p in sys.argv[1:]: print(pydicom.dcmread(p).PatientName)',
    ...files.map((f) => join(bag, f)),
  ]).stdout;
  expect(names.trim().split('\n')).toHaveLength(7);
  expect(names).not.toMatch(/Doe|Archibald/);
  expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain('Imaging-Vault-Images: de-identified');
});

test('cancelling midway says so and removes the partly written folder', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'slows the page with CDP CPU throttling, which only Chromium has');
  test.setTimeout(180_000);
  await page.addInitScript(STUB_FOLDER_PICKER);
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await shell.open('/import');
  await new ImportPage(page).importFolder(dicomPath('series'));
  await shell.open('/packages');
  const packages = new PackagesPage(page);
  await packages.startWizard();
  for (const study of ['HEAD', 'MR', '1A TRAUMA/PLAIN HEAD DM']) await packages.chooseStudy(study);
  await packages.next();
  await packages.newRecipient('Dr Lee', 'Radiology', 'Clinic', 'Canada');
  for (let i = 0; i < 3; i++) await packages.next();
  await packages.chooseOutput('A folder');
  // Slow the page down so the export is surely still running when Cancel is pressed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await packages.write();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByTestId('export-failed')).toContainText('The export was cancelled.', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('export-failed')).toContainText('The partly written package was removed.');
  await shoot(page, '10-cancelled');
  expect(await packages.opfsTargetEntries()).toEqual([]);
  // Nothing was recorded as sent.
  await page.getByRole('button', { name: 'Try again' }).waitFor();
  await shell.open('/');
  await shell.open('/packages');
  await expect(page.getByText('No package has been made yet.')).toBeVisible();
});
