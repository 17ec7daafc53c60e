import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { ViewerPage } from './pages/ViewerPage';

/**
 * Every main screen at a desktop and at the two phone sizes, in each engine: screenshots to look at
 * (test-results/screens/), and no screen may need sideways scrolling on a phone. test/webkit/screens.spec.ts
 * does the same in WebKit.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

const SCREENS = [
  ['library', '/'],
  ['import', '/import'],
  ['packages', '/packages'],
  ['verify', '/verify'],
  ['records', '/records'],
  ['specialists', '/specialists'],
  ['audit', '/audit'],
  ['settings', '/settings'],
] as const;

test('the main screens fit a desktop and both phone sizes', async ({ page, browserName }) => {
  test.setTimeout(180_000);
  await openWithNewVault(page);
  const viewer = new ViewerPage(page);
  await viewer.importFolder(dicomPath('series', 'ge_ct_28_variable_spacing'));
  const shell = new ShellPage(page);
  const overflowing: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, path] of [...SCREENS, ['viewer', '/viewer'] as const]) {
      if (name === 'viewer') await viewer.openStudy(/HEAD/);
      else await shell.open(path);
      await expect(shell.title).not.toBeEmpty();
      await page.screenshot({
        path: join('test-results', 'screens', `${name}-${size.width}-${browserName}.png`),
        fullPage: true,
      });
      const [scroll, inner] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scroll > inner + 1) overflowing.push(`${name} at ${size.width} px: ${scroll} > ${inner}`);
    }
  }
  expect(overflowing).toEqual([]);
});
