import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeVerifyPage } from '../../src/domain/package/composeVerifyPage';
import { dicomPath } from '../sharedData';
import { sealBag } from '../e2e/bagFixture';
import { expect, test } from './fixtures';

/**
 * Verifying a ZIP package is what WebKit broke (no async iteration over ReadableStream: a valid package was
 * reported "Incomplete: files are missing"). These run both verifiers, the app's and the package's own
 * verify.html, in WebKit itself.
 */

const SHOTS = join('test-results', 'webkit-screens');
let work: string;
let intactZip: string;
let alteredZip: string;

function zip(dir: string, name: string): string {
  const path = join(work, name);
  execFileSync('zip', ['-q', '-r', path, '.'], { cwd: dir });
  return path;
}

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-verify-'));
  mkdirSync(SHOTS, { recursive: true });
  const bag = join(work, 'study-package');
  mkdirSync(join(bag, 'data', 'images'), { recursive: true });
  cpSync(dicomPath('modality', 'liver.dcm'), join(bag, 'data', 'images', 'liver.dcm'));
  mkdirSync(join(bag, 'data', 'documents'));
  writeFileSync(join(bag, 'data', 'documents', 'report.txt'), 'CT abdomen: no focal lesion.\n');
  sealBag(bag);
  intactZip = zip(work, 'intact.zip');
  const image = join(bag, 'data', 'images', 'liver.dcm');
  const bytes = readFileSync(image);
  const at = bytes.length - 10;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(image, bytes);
  alteredZip = zip(work, 'altered.zip');
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the app’s Verify screen finds a ZIP package valid, and names the altered file of a changed copy', async ({
  web,
}) => {
  await web.goto('/verify');
  await web.expectTitle('Verify', 30_000);
  await web.chooseFile('files-input', intactZip);
  await web.expectText('verdict', 'Valid: every file arrived unchanged', 60_000);
  await web.screenshot(join(SHOTS, 'verify-valid.png'));

  await web.goto('/verify');
  await web.expectTitle('Verify', 30_000);
  await web.chooseFile('files-input', alteredZip);
  await web.expectText('verdict', 'Complete but altered', 60_000);
  const altered = await web.evaluate<string[]>(
    "return [...document.querySelectorAll('table.verify-files tbody tr')].filter((tr) => tr.textContent.includes('Altered')).map((tr) => tr.querySelector('td.verify-path').textContent)",
  );
  expect(altered).toEqual(['data/images/liver.dcm']);
});

test('the package’s own verify.html, opened from disk, finds the ZIP package valid', async ({ web }) => {
  const assets = join(process.cwd(), 'dist', 'assets');
  const script = readdirSync(assets).find((f) => /^main-.*\.js$/.test(f));
  if (!script) throw new Error('dist/assets/main-*.js is missing: run `npx vite build` first.');
  const css = readFileSync(join(process.cwd(), 'src', 'verify-page', 'verifyPage.css'), 'utf8');
  const page = join(work, 'verify.html');
  writeFileSync(page, await composeVerifyPage(readFileSync(join(assets, script), 'utf8'), css));
  await web.goto(pathToFileURL(page).href);
  const input = await web.driver.findElement({ css: '#zip-input' });
  await input.sendKeys(intactZip);
  const verdict = await web.until(
    async () => web.driver.findElement({ css: '#package-verdict' }).getAttribute('data-verdict'),
    'the verdict of verify.html',
    60_000,
  );
  expect(verdict).toBe('valid');
  await web.screenshot(join(SHOTS, 'verify-html-valid.png'));
});
