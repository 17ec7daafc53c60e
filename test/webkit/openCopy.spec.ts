import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createVault, importZip, open, portalZip } from './pages';

/** Safari has no folder picker: the open copy comes as one ZIP download there, never as a dead button. */

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-open-copy-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the open copy is a ZIP download in WebKit, holding the plain layout', async ({ web, downloads }) => {
  await createVault(web);
  await importZip(web, portalZip(work));
  await open(web, '/settings');
  await web.expectText('open-copy-section', 'the open copy comes as one ZIP download');
  await (await web.byLabel('I understand this copy is not encrypted.')).click();
  const arrival = downloads.next(/^Imaging-Vault-open-copy-.*\.zip$/);
  await web.click('Download the open copy as a ZIP');
  await web.expectText('open-copy-result', 'Open copy written', 120_000);
  const zip = await arrival;
  const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
  expect(listing).toContain('Medical_Scans/Scan_Log.csv');
  expect(listing.filter((f) => f.endsWith('.dcm')).length).toBeGreaterThan(0);
  expect(execFileSync('7z', ['t', zip], { encoding: 'utf8' })).toContain('Everything is Ok');
});
