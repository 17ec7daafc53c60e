import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createVault, importZip, open, portalZip } from './pages';
import type { WebKitPage } from './webkitPage';

/** Safari may delete a site's storage: the backup file is what brings a vault back, in WebKit too. */

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-backup-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function studyRows(web: WebKitPage): Promise<number> {
  return web.evaluate<number>('return document.querySelectorAll(\'[data-testid="study-row"]\').length');
}

test('a backup file made in WebKit restores the vault in a fresh WebKit profile with the recovery key', async ({
  web,
  downloads,
  freshBrowser,
}) => {
  test.setTimeout(300_000);
  const recoveryKey = await createVault(web);
  await importZip(web, portalZip(work));
  await open(web, '/');
  const studies = await web.until(() => studyRows(web), 'the library rows');

  await open(web, '/settings');
  const arrival = downloads.next(/\.ivbackup$/);
  await web.click('Back up to a file');
  await web.byTestId('backup-result', 120_000);
  const backup = await arrival;
  expect(readFileSync(backup).subarray(0, 8).toString('latin1')).toBe('IVBACKUP');
  await web.screenshot(join('test-results', 'webkit-screens', 'backup-result.png'));

  const fresh = await freshBrowser();
  await fresh.goto('/');
  await fresh.expectTitle('Create your vault', 30_000);
  await fresh.click('Restore from a backup');
  await fresh.expectTitle('Restore from a backup');
  await fresh.chooseFile('files-input', backup);
  await fresh.expectText('restore-report', 'Restored', 120_000);
  await fresh.fill('Recovery key', recoveryKey);
  await fresh.click('Unlock');
  await fresh.button('Lock');
  await open(fresh, '/');
  expect(await fresh.until(() => studyRows(fresh), 'the restored library rows', 30_000)).toBe(studies);
  await fresh.screenshot(join('test-results', 'webkit-screens', 'restored-library.png'));
});
