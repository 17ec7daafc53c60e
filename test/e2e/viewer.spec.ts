import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { expect, test } from './fixtures';
import { openWithNewVault } from './pages/VaultPage';
import { ViewerPage } from './pages/ViewerPage';

const CT_DIR = dicomPath('series', 'ge_ct_28_variable_spacing');
const MR_DIR = dicomPath('series', 'pacsman_synthetic_mr_128');

/** Pixel Spacing (row, column) of a file as pydicom reads it: the independent source of the expected mm. */
function pixelSpacing(path: string): [number, number] {
  const out = execFileSync(
    '/usr/bin/python3',
    ['-c', 'import sys,pydicom; print(*[float(v) for v in pydicom.dcmread(sys.argv[1]).PixelSpacing])', path],
    { encoding: 'utf8' },
  );
  const [row, column] = out.trim().split(/\s+/).map(Number);
  return [row as number, column as number];
}

test.describe.configure({ timeout: 180_000 });

test('opens a stored CT series, scrolls, changes window/level, measures in mm, shows tags and help', async ({
  page,
}) => {
  await openWithNewVault(page);
  const viewer = new ViewerPage(page);
  await viewer.importFolder(CT_DIR);
  await viewer.openStudy(/HEAD/);
  const viewport = viewer.viewport();
  const count = readdirSync(CT_DIR).filter((f) => f.endsWith('.dcm')).length;
  await expect(viewport).toHaveAttribute('data-slices', String(count));
  await expect(page.getByTestId('overlay-slice')).toContainText(`Slice 1 / ${count}`);

  // Scroll: wheel, arrow keys, End/Home, the slider.
  await viewport.hover();
  await page.mouse.wheel(0, 100);
  await expect(viewport).toHaveAttribute('data-slice', '2');
  await viewport.focus();
  await page.keyboard.press('ArrowDown');
  await expect(viewport).toHaveAttribute('data-slice', '3');
  await page.keyboard.press('End');
  await expect(viewport).toHaveAttribute('data-slice', String(count));
  await viewer.waitReady(viewport);
  await page.keyboard.press('Home');
  await expect(viewport).toHaveAttribute('data-slice', '1');
  await page.getByRole('slider', { name: /slice/i }).fill('5');
  await expect(viewport).toHaveAttribute('data-slice', '5');
  await viewer.waitReady(viewport);

  // Window/level: a left drag in the contrast tool changes the values and the picture.
  const before = await viewer.canvasDigest();
  const windowBefore = await viewport.getAttribute('data-window');
  const centre = await viewer.screenPoint(256, 256);
  await viewer.drag(centre, { x: centre.x + 120, y: centre.y + 60 });
  await expect(viewport).not.toHaveAttribute('data-window', windowBefore ?? '');
  expect(await viewer.canvasDigest()).not.toBe(before);
  await page.getByLabel('Contrast preset').selectOption({ label: 'CT bone' });
  await expect(viewport).toHaveAttribute('data-window', '1800/400');
  await expect(page.getByTestId('overlay-window')).toContainText('W 1800 L 400');

  // Distance: the expected length comes from the file's Pixel Spacing, read by pydicom.
  await viewer.tool('Measure').click();
  const [rowSpacing, columnSpacing] = pixelSpacing(join(CT_DIR, '01.dcm'));
  const a = { x: 100, y: 120 };
  const b = { x: 400, y: 330 };
  await viewer.drag(await viewer.screenPoint(a.x, a.y), await viewer.screenPoint(b.x, b.y));
  const expectedMm = Math.hypot((b.x - a.x) * columnSpacing, (b.y - a.y) * rowSpacing);
  const label = page.getByTestId('measure-label');
  await expect(label).toContainText(' mm');
  const shownMm = Number(/([\d.]+) mm/.exec((await label.textContent()) ?? '')?.[1]);
  // Mouse positions land on whole screen pixels: allow one screen pixel's worth at each end.
  const canvasBox = await viewport.locator('canvas').boundingBox();
  const mmPerScreenPixel = (512 / (canvasBox?.width ?? 512)) * Math.max(rowSpacing, columnSpacing);
  expect(Math.abs(shownMm - expectedMm)).toBeLessThan(2 * mmPerScreenPixel + 0.1);

  // Zoom (right drag) and fit (double click).
  await viewer.tool('Contrast').click();
  await viewer.drag(centre, { x: centre.x, y: centre.y - 100 }, 'right');
  expect(Number(await viewport.getAttribute('data-zoom'))).toBeGreaterThan(1.2);
  await viewport.dblclick();
  await expect(viewport).toHaveAttribute('data-zoom', '1.000');

  // Tag browser and help overlay.
  await viewport.focus();
  await page.keyboard.press('t');
  const tags = page.getByRole('dialog', { name: 'DICOM tags' });
  await expect(tags).toContainText('PixelSpacing');
  await expect(tags).toContainText('GEMS_');
  await tags.getByRole('button', { name: 'Close' }).click();
  await viewport.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Viewer shortcuts' });
  await expect(help).toContainText('Page Up');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Opening a study was written to the audit trail.
  await viewer.shell.open('/audit');
  await expect(page.getByRole('main')).toContainText(/view/i);
});

test('compares two studies side by side with synchronised scrolling', async ({ page }) => {
  await openWithNewVault(page);
  const viewer = new ViewerPage(page);
  await viewer.importFolder(CT_DIR);
  await viewer.importFolder(MR_DIR);
  await viewer.shell.open('/viewer/compare');
  await page.getByRole('button', { name: 'Compare' }).click();
  const left = viewer.viewport(0);
  const right = viewer.viewport(1);
  await viewer.waitReady(left);
  await viewer.waitReady(right);
  // A CT and an MR share no frame of reference: matched by slice number, and the page says so.
  await expect(page.getByTestId('sync-note')).toContainText('by slice number');
  const leftCount = Number(await left.getAttribute('data-slices'));
  const rightCount = Number(await right.getAttribute('data-slices'));
  await left.hover();
  for (let i = 2; i <= 4; i++) {
    await page.mouse.wheel(0, 100);
    await expect(left).toHaveAttribute('data-slice', String(i));
  }
  await expect(right).toHaveAttribute('data-slice', String(Math.min(4, rightCount)));
  await right.focus();
  await page.keyboard.press('End');
  await expect(right).toHaveAttribute('data-slice', String(rightCount));
  await expect(left).toHaveAttribute('data-slice', String(Math.min(rightCount, leftCount)));
  await page.getByLabel('Scroll together').uncheck();
  await right.focus();
  await page.keyboard.press('Home');
  await expect(right).toHaveAttribute('data-slice', '1');
  await expect(left).toHaveAttribute('data-slice', String(Math.min(rightCount, leftCount)));
});
