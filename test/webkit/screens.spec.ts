import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createVault, importZip, open, portalZip } from './pages';

/**
 * Every main screen in WebKit at a desktop and the narrowest window MiniBrowser allows: screenshots to look
 * at, and no narrow screen may need sideways scrolling. A GTK window cannot be narrower than its header bar
 * (447 CSS px here, asked for 360 or 390), so the 360 px phone layout itself is checked in Chromium's
 * mobile emulation; the screenshots are named by the width WebKit really laid out.
 */

const SHOTS = join('test-results', 'webkit-screens');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
] as const;

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-screens-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the main screens fit a desktop and a narrow window in WebKit', async ({ web }) => {
  test.setTimeout(240_000);
  await createVault(web);
  await importZip(web, portalZip(work));
  await open(web, '/viewer');
  const study = await web.until(
    () =>
      web.evaluate<string | null>(
        "return document.querySelector('a[href^=\"/viewer?study=\"]')?.getAttribute('href') ?? null",
      ),
    'a study in the viewer picker',
  );
  const screens = [
    ['library', '/'],
    ['import', '/import'],
    ['viewer', study],
    ['packages', '/packages'],
    ['verify', '/verify'],
    ['records', '/records'],
    ['specialists', '/specialists'],
    ['settings', '/settings'],
  ] as const;
  const overflowing: string[] = [];
  for (const size of SIZES) {
    await web.driver.manage().window().setRect(size);
    const laidOut = await web.evaluate<number>('return window.innerWidth');
    const narrow = size.width < 600;
    // Narrow enough for the phone layout (one column, folded menu), or the check below would prove nothing.
    if (narrow) expect(laidOut).toBeLessThan(600);
    for (const [name, path] of screens) {
      const before = await web.title().catch(() => '');
      await open(web, path);
      // Each screen has a title of its own: wait for it to replace the last one.
      await web.until(async () => ((await web.title()) || before) !== before, `the ${name} title`);
      if (name === 'viewer') {
        await web.until(
          () =>
            web.evaluate<boolean>(
              "return document.querySelector('[data-testid=\"viewport\"]')?.dataset.ready === 'true'",
            ),
          'a decoded slice',
          30_000,
        );
      }
      await web.screenshot(join(SHOTS, `${name}-${laidOut}px.png`));
      const [scroll, inner] = await web.evaluate<[number, number]>(
        'return [document.documentElement.scrollWidth, window.innerWidth]',
      );
      if (narrow && scroll > inner + 1) overflowing.push(`${name} at ${laidOut} px: ${scroll} > ${inner}`);
    }
  }
  expect(overflowing).toEqual([]);
});
