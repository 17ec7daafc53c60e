import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, expectNoEgress, test, watchEgress } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { rawRows, StewardshipPage } from './pages/StewardshipPage';
import { VaultPage } from './pages/VaultPage';

const MR = dicomPath('series', 'pacsman_synthetic_mr_128');
const CT = dicomPath('series', 'ge_ct_28_variable_spacing');

/**
 * What an attacker without the key can do to a backup file: move one image into another series by
 * editing its descriptor's seriesId, then recompute the frame's bare SHA-256. Returns the instance id.
 */
function moveOneInstance(file: string): string {
  const bytes = readFileSync(file);
  const frames: { at: number; length: number; descriptor: { table: string; row: Record<string, string> } }[] =
    [];
  for (let at = 12; at + 9 <= bytes.length;) {
    const length = bytes.readUInt32LE(at + 5);
    if (bytes[at + 4] === 2) {
      const d = bytes.readUInt32LE(at + 9);
      frames.push({
        at,
        length,
        descriptor: JSON.parse(bytes.subarray(at + 13, at + 13 + d).toString('utf8')),
      });
    }
    at += 9 + length + 32;
  }
  const instances = frames.filter((f) => f.descriptor.table === 'instances');
  const victim = instances[0];
  const target = instances.find((f) => f.descriptor.row['seriesId'] !== victim?.descriptor.row['seriesId']);
  if (!victim || !target) throw new Error('fixture: two series expected');
  const from = `"seriesId":"${victim.descriptor.row['seriesId']}"`;
  const to = `"seriesId":"${target.descriptor.row['seriesId']}"`;
  const payload = bytes.subarray(victim.at + 9, victim.at + 9 + victim.length);
  const index = payload.indexOf(from);
  if (index < 0 || from.length !== to.length) throw new Error('fixture: descriptor not as expected');
  payload.write(to, index, 'utf8');
  const hash = createHash('sha256')
    .update(bytes.subarray(victim.at + 4, victim.at + 9 + victim.length))
    .digest();
  hash.copy(bytes, victim.at + 9 + victim.length);
  writeFileSync(file, bytes);
  return victim.descriptor.row['id'] ?? '';
}

test('an image moved to another patient’s series inside a backup is refused and named, never shown there', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await StewardshipPage.usePrivateFolders(page);
  await page.goto('/');
  const recoveryKey = await new VaultPage(page).create();
  await new ShellPage(page).open('/import');
  await new ImportPage(page).importFolder(MR);
  await new ShellPage(page).open('/');
  await new ShellPage(page).open('/import');
  await new ImportPage(page).importFolder(CT);
  await new ShellPage(page).open('/settings');
  const file = join(mkdtempSync(join(tmpdir(), 'iv-tamper-')), 'vault.ivbackup');
  await new StewardshipPage(page).backupToFile(file);
  const before = await rawRows(page);
  const moved = moveOneInstance(file);

  const fresh = await browser.newContext();
  const guard = watchEgress(fresh, baseURL);
  const page2 = await fresh.newPage();
  await StewardshipPage.usePrivateFolders(page2);
  await page2.goto('/');
  await new StewardshipPage(page2).restoreFresh(file, recoveryKey);

  // The moved image is not in the vault at all: not under its own series, not under the other one.
  const after = await rawRows(page2);
  expect(after['instances']).toHaveLength((before['instances']?.length ?? 0) - 1);
  expect(after['instances']?.some((row) => row.startsWith(JSON.stringify(moved)))).toBe(false);
  await expect(page2.getByTestId('study-row')).toHaveCount(2);

  // The restore report kept in Settings names it and why.
  await new ShellPage(page2).open('/settings');
  const section = page2.getByTestId('restore-section');
  await section.getByText('Last restore:').click();
  await expect(section.getByTestId('restore-report')).toContainText('an image (instance) entry');
  await expect(section.getByTestId('restore-report')).toContainText('its authentication code does not match');
  await fresh.close();
  expectNoEgress(guard);
});
