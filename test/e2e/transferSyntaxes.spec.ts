import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { pixelFrames } from '../pixelFrames';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { ViewerPage } from './pages/ViewerPage';

/**
 * Every frame of every transfer syntax on the shared disc drawn in the viewer, in each engine (the
 * decoders run as WebAssembly in workers under the CSP, where engines differ). test/webkit/ has the same
 * journey for WebKit.
 */

const FOLDER = dicomPath('transfer_syntax');

test('every transfer syntax on the shared disc is drawn, every slice of every series', async ({ page }) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'imaging-vault-ts-'));
  try {
    const zip = join(work, 'transfer-syntaxes.zip');
    execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: FOLDER });
    await openWithNewVault(page);
    const shell = new ShellPage(page);
    await shell.open('/import');
    await page.getByTestId('files-input').setInputFiles(zip);
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 120_000 });

    await shell.open('/viewer');
    const links = page.locator('a[href^="/viewer?study="]');
    await expect(links.first()).toBeVisible();
    const studies = [
      ...new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    ];
    const viewer = new ViewerPage(page);
    const viewport = viewer.viewport();
    const outcomes: string[] = [];
    for (const href of studies) {
      await shell.open(href);
      await expect(viewport).toBeVisible();
      const select = page.locator('.series-switcher select');
      const options = (await select.count())
        ? await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
        : [''];
      for (const option of options) {
        if (option) await select.selectOption(option);
        await expect(viewport).toHaveAttribute('data-slice', '1');
        const slices = Number(await viewport.getAttribute('data-slices'));
        for (let slice = 1; slice <= slices; slice++) {
          if (slice > 1) {
            await viewport.focus();
            await page.keyboard.press('ArrowDown');
          }
          await expect(viewport).toHaveAttribute('data-slice', String(slice));
          const status = page.getByTestId('viewer-status');
          await expect
            .poll(
              async () =>
                (await viewport.getAttribute('data-ready')) === 'true' || (await status.count()) > 0,
            )
            .toBe(true);
          const message = (await status.count()) ? ((await status.textContent()) ?? '').trim() : '';
          outcomes.push(
            message || ((await viewer.distinctColours()) > 4 ? 'drawn' : `${href} ${slice}: blank`),
          );
        }
      }
    }
    expect(outcomes.filter((o) => o !== 'drawn')).toEqual([]);
    expect(outcomes.length).toBe(pixelFrames(FOLDER));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
