import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { folderTruth } from '../e2e/dicomTruth';
import { expect, test } from './fixtures';
import { createVault, open, PASSPHRASE, unlock } from './pages';

const SHOTS = join('test-results', 'webkit-screens');

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-'));
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** WebDriver cannot hand a folder to `<input webkitdirectory>`: a series goes in as the ZIP a portal gives. */
function zipOf(dir: string, name: string): string {
  const zip = join(work, name);
  execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: dir });
  return zip;
}

test('a vault is created, locked and unlocked, and a wrong passphrase is named', async ({ web }) => {
  await createVault(web);
  await web.screenshot(join(SHOTS, 'unlocked-library.png'));
  await web.click('Lock');
  await unlock(web, 'not the passphrase at all');
  await web.expectPageText('That passphrase does not open this vault', 30_000);
  await web.fill('Passphrase', PASSPHRASE);
  await web.click('Unlock');
  await web.button('Lock');
  // The vault outlives a reload of the page: keys are gone, the stored vault is not.
  await web.reload();
  await unlock(web);
  await web.button('Lock');
});

test('a ZIP from a portal is imported, listed in the library and drawn in the viewer', async ({ web }) => {
  const series = dicomPath('series', readdirSync(dicomPath('series')).sort()[0] ?? '');
  const truth = folderTruth(series);
  await createVault(web);
  await open(web, '/import');
  await web.chooseFile('files-input', zipOf(series, 'portal-download.zip'));
  await web.expectText('import-summary', `${truth.images} new files imported`, 120_000);
  await web.screenshot(join(SHOTS, 'import-summary.png'));

  await open(web, '/');
  const rows = await web.until(
    async () => (await web.driver.findElements({ css: '[data-testid="study-row"]' })).length,
    'the library rows',
  );
  expect(rows).toBe(truth.studies);

  await open(web, '/viewer');
  const studyLink = await web.until(
    async () => (await web.driver.findElements({ css: 'a[href^="/viewer?study="]' }))[0],
    'a study in the viewer picker',
  );
  await studyLink.click();
  await web.until(
    async () =>
      (await web.driver.findElement({ css: '[data-testid="viewport"]' }).getAttribute('data-ready')) ===
      'true',
    'a decoded slice in the viewport',
    30_000,
  );
  // Drawn, not blank: the canvas holds more than one grey level.
  const levels = await web.evaluate<number>(`
    const canvas = document.querySelector('[data-testid="viewport"] canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(data[i]);
    return seen.size;`);
  expect(levels).toBeGreaterThan(16);
  await web.screenshot(join(SHOTS, 'viewer.png'));
});
