import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { openWithNewVault } from './pages/VaultPage';
import { ViewerPage } from './pages/ViewerPage';
import { Fingers } from './touch';

/**
 * The viewer with fingers, on the phone sizes patients hold: a swipe scrolls the slices, a pinch zooms
 * about the fingers, two fingers pan. Chromium's mobile emulation, driven through the DevTools protocol;
 * Firefox under WebDriver BiDi has no touch input, and WebKitWebDriver turns a touch pointer into mouse
 * events (pointerType "mouse": tried, docs/testing.md), so the touch journeys run here.
 */

const CT_DIR = dicomPath('series', 'ge_ct_28_variable_spacing');
const SHOTS = join('test-results', 'touch-screens');

for (const size of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  test.describe(`on a ${size.width}x${size.height} phone`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('a swipe scrolls the slices, a pinch zooms and two fingers pan', async ({ page, browserName }) => {
      test.skip(browserName !== 'chromium', 'touch input needs the DevTools protocol (Chromium only)');
      await openWithNewVault(page);
      const viewer = new ViewerPage(page);
      await viewer.importFolder(CT_DIR);
      await viewer.openStudy(/HEAD/);
      const viewport = viewer.viewport();
      const box = await viewport.boundingBox();
      if (!box) throw new Error('The viewport is not on screen.');
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const fingers = await Fingers.on(page);

      await viewer.tool('Scroll').tap();
      expect(await viewer.slice()).toBe(1);
      await fingers.drag([{ x: centre.x, y: centre.y - 80 }], [{ x: centre.x, y: centre.y + 80 }]);
      await expect.poll(() => viewer.slice()).toBeGreaterThan(1);

      const zoomBefore = Number(await viewport.getAttribute('data-zoom'));
      await fingers.drag(
        [
          { x: centre.x - 30, y: centre.y },
          { x: centre.x + 30, y: centre.y },
        ],
        [
          { x: centre.x - 90, y: centre.y },
          { x: centre.x + 90, y: centre.y },
        ],
      );
      await expect
        .poll(async () => Number(await viewport.getAttribute('data-zoom')))
        .toBeGreaterThan(zoomBefore * 2);

      const canvasBefore = await viewport.locator('canvas').boundingBox();
      await fingers.drag(
        [
          { x: centre.x - 40, y: centre.y },
          { x: centre.x + 40, y: centre.y },
        ],
        [
          { x: centre.x - 40, y: centre.y + 60 },
          { x: centre.x + 40, y: centre.y + 60 },
        ],
      );
      await expect
        .poll(async () => ((await viewport.locator('canvas').boundingBox())?.y ?? 0) - (canvasBefore?.y ?? 0))
        .toBeGreaterThan(40);
      // The page itself did not scroll or zoom under the fingers: the gestures stayed in the viewport.
      expect(await page.evaluate(() => [window.scrollX, visualViewport?.scale ?? 1])).toEqual([0, 1]);
      await page.screenshot({ path: join(SHOTS, `viewer-${size.width}.png`) });
    });
  });
}
