import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedPath } from '../sharedData';
import { expect, test } from './fixtures';
import { createVault, importZip, open, portalZip } from './pages';
import type { WebKitPage } from './webkitPage';

/**
 * A package leaves WebKit as one ZIP download (WebKit has no save picker: the app streams it through its
 * service worker once that controls the page), and both verifiers, the app's and the package's own
 * verify.html, find it valid there.
 */

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-export-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function stepTitle(web: WebKitPage): Promise<string> {
  return web.evaluate<string>("return document.querySelector('#wizard-step-title')?.textContent ?? ''");
}

async function next(web: WebKitPage): Promise<void> {
  const before = await stepTitle(web);
  await web.click('Next');
  await web.until(async () => (await stepTitle(web)) !== before, 'the next wizard step');
}

test('a study is exported as one ZIP download and verified by both verifiers', async ({ web, downloads }) => {
  test.setTimeout(240_000);
  await createVault(web);
  await importZip(web, portalZip(work));
  // A first visit's service worker claims the page a moment after load; the streamed path needs it.
  await web.until(
    () => web.evaluate<boolean>('return !!navigator.serviceWorker.controller'),
    'the service worker controlling the page',
    30_000,
  );

  await open(web, '/packages');
  await web.click('New package');
  await web.until(async () => (await stepTitle(web)).includes('Step 1 of 5'), 'step 1');
  await (
    await web.byTestId('export-study')
  )
    .findElement({ css: ':scope > label input[type=checkbox]' })
    .click();
  await next(web);
  await web.fill('Name', 'Dr. Ana Souza');
  await web.fill('Specialty', 'Neuroradiology');
  await web.fill('Institution', 'Hospital Exemplo');
  await web.fill('Country', 'Brazil');
  await next(web);
  await next(web);
  await next(web);
  const arrival = downloads.next(/\.zip$/);
  await web.click('Write the package');
  const fingerprint = (await web.textOf('fingerprint', 120_000)).trim();
  const saved = await arrival;
  await web.screenshot(join('test-results', 'webkit-screens', 'export-result.png'));
  expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(fingerprint);
  const validate = spawnSync('/usr/bin/python3', [sharedPath('tools', 'validate_bag.py'), saved], {
    encoding: 'utf8',
  });
  expect(validate.status, validate.stdout + validate.stderr).toBe(0);

  await open(web, '/verify');
  await web.chooseFile('files-input', saved);
  await web.expectText('verdict', 'Valid: every file arrived unchanged', 120_000);

  const unpacked = join(work, 'unpacked');
  execFileSync('unzip', ['-q', saved, '-d', unpacked]);
  const verifyHtml = join(unpacked, basename(saved, '.zip'), 'verify.html');
  await web.goto(pathToFileURL(verifyHtml).href);
  await (await web.driver.findElement({ css: '#zip-input' })).sendKeys(saved);
  const verdict = await web.until(
    () => web.driver.findElement({ css: '#package-verdict' }).getAttribute('data-verdict'),
    'the verdict of the package’s verify.html',
    120_000,
  );
  expect(verdict).toBe('valid');
});
