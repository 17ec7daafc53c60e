import { readdirSync } from 'node:fs';
import { dicomPath } from '../sharedData';
import { folderTruth } from './dicomTruth';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';

/**
 * Drops a real folder on the import zone through the DevTools protocol, as a person dragging it from the
 * file manager would (../shared/STACK.md: the drop carries real file-system entries).
 */
test('a folder dropped on the import zone is imported', async ({ page, browserName }) => {
  test.skip(
    browserName !== 'chromium',
    'drops a real folder through the DevTools protocol, which only Chromium has',
  );
  test.setTimeout(120_000);
  const folder = dicomPath('series', readdirSync(dicomPath('series')).sort()[0] ?? '');
  const truth = folderTruth(folder);
  await openWithNewVault(page);
  await new ShellPage(page).open('/import');
  const zone = page.getByRole('group', { name: 'Disc, folder or ZIP to import' });
  const box = await zone.boundingBox();
  if (!box) throw new Error('The drop zone is not on screen.');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', x, y, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x, y, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', x, y, data });
  const summary = new ImportPage(page).summary;
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(summary).toContainText(`${truth.images} new files imported`);
});
