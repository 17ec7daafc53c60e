import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createVault, importZip, open, portalZip } from './pages';

/**
 * Safari deletes the storage of sites not opened for seven days unless the app is on the Home Screen: in
 * WebKit the patient is reminded to back up after an import, gets an answer when asking for persistent
 * storage, and Settings explains installing the app.
 */

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-protect-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('after an import WebKit shows the backup reminder, answers the storage request and explains installing', async ({
  web,
}) => {
  await createVault(web);
  await importZip(web, portalZip(work));
  await web.expectText('keep-safe', 'These scans are now only in this browser', 120_000);
  await web.click('Ask the browser to protect the vault');
  const answer = await web.until(async () => {
    const text = await web.textOf('persistence-request');
    return /Protected:|did not grant|cannot be asked/.test(text) ? text : null;
  }, 'the browser’s answer to the storage request');
  expect(answer).toMatch(/Protected:|did not grant|cannot be asked/);
  await web.screenshot(join('test-results', 'webkit-screens', 'after-import-protection.png'));

  await open(web, '/settings');
  await web.expectText(
    'protection-section',
    'Safari deletes the storage of websites not opened for seven days',
  );
  await web.expectText('protection-section', 'There is no backup yet');
  await web.evaluate('document.querySelector(\'[data-testid="protection-section"]\').scrollIntoView()');
  await web.screenshot(join('test-results', 'webkit-screens', 'settings-protection.png'));
});
