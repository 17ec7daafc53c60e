import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { captionLayout, KEY_IMAGE_STRIP_RGB } from '../../src/domain/viewing/keyImage';
import { dicomPath } from '../sharedData';
import { seriousViolations } from './axe';
import { hasGap } from './engineGaps';
import { expect, test } from './fixtures';
import { openWithNewVault, VaultPage } from './pages/VaultPage';
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

/** Rows and columns of every file of a series as pydicom reads them. */
function imageSizes(dir: string): { rows: number; columns: number }[] {
  const out = execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys,glob,pydicom\nfor f in sorted(glob.glob(sys.argv[1]+"/*.dcm")):\n d=pydicom.dcmread(f,stop_before_pixels=True); print(d.Rows, d.Columns)',
      dir,
    ],
    { encoding: 'utf8' },
  );
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [rows, columns] = line.split(' ').map(Number);
      return { rows: rows as number, columns: columns as number };
    });
}

/** Rows at the bottom of a PNG whose first pixel has the caption strip's colour, counted by PIL. */
function stripRowsOf(path: string): number {
  const [r, g, b] = KEY_IMAGE_STRIP_RGB;
  const out = execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      [
        'import sys',
        'from PIL import Image',
        'im=Image.open(sys.argv[1]).convert("RGB")',
        'want=tuple(int(v) for v in sys.argv[2:5])',
        'n=0',
        'while n<im.height and im.getpixel((0,im.height-1-n))==want: n+=1',
        'print(n)',
      ].join('\n'),
      path,
      String(r),
      String(g),
      String(b),
    ],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

const SHOTS = join('test-results', 'viewer-screens');

async function shoot(page: Page, name: string, focus?: Locator) {
  mkdirSync(SHOTS, { recursive: true });
  await focus?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test.describe.configure({ timeout: 180_000 });

test('opens a stored CT series, scrolls, changes window/level, measures in mm, shows tags and help', async ({
  page,
  browserName,
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
  if (!hasGap(browserName, 'firefox:dblclick-after-right-drag')) {
    await viewport.dblclick();
    await expect(viewport).toHaveAttribute('data-zoom', '1.000');
  }

  // Tag browser and help overlay.
  await viewport.focus();
  await page.keyboard.press('t');
  const tags = page.getByRole('dialog', { name: 'DICOM tags' });
  await expect(tags).toContainText('PixelSpacing');
  await expect(tags).toContainText('GEMS_');
  await tags.getByRole('button', { name: 'Close' }).click();
  // The dialog hands focus back as it closes: wait for that before putting focus on the image.
  await expect(tags).toBeHidden();
  await viewport.focus();
  await expect(viewport).toBeFocused();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Viewer shortcuts' });
  await expect(help).toContainText('Page Up');
  await expect(help).toContainText('A, Narrow or note tool');
  await expect(help).toContainText('Kkey image (PNG');
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

test('annotates a CT slice: arrow, note and saved distance stay sealed with the study; key image', async ({
  page,
}) => {
  await openWithNewVault(page);
  const viewer = new ViewerPage(page);
  await viewer.importFolder(CT_DIR);
  await viewer.openStudy(/HEAD/);
  const viewport = viewer.viewport();
  await page.getByRole('slider', { name: /slice/i }).fill('5');
  await expect(viewport).toHaveAttribute('data-slice', '5');
  await viewer.waitReady(viewport);

  // An arrow with a label, a note placed by a click (tool chosen by its shortcut), a saved distance.
  const tail = { x: 140, y: 150 };
  await viewer.addArrow(tail, { x: 250, y: 250 }, 'Left lateral ventricle');
  await viewport.focus();
  await expect(viewport).toBeFocused();
  await page.keyboard.press('n');
  await expect(viewer.tool('Note')).toHaveAttribute('aria-pressed', 'true');
  await viewer.addNote({ x: 330, y: 380 }, 'Compare with next scan');
  // From the keyboard alone: A picks the arrow tool, Enter on the image starts one, Escape abandons it.
  await viewport.focus();
  await expect(viewport).toBeFocused();
  await page.keyboard.press('a');
  await expect(viewer.tool('Arrow')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-editor')).toBeVisible();
  await expect(page.getByLabel('Arrow label (optional)')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-editor')).toBeHidden();
  await viewer.tool('Measure').click();
  const a = { x: 120, y: 300 };
  const b = { x: 390, y: 300 };
  await viewer.drag(await viewer.screenPoint(a.x, a.y), await viewer.screenPoint(b.x, b.y));
  await page.getByRole('button', { name: 'Save measurement' }).click();
  await expect(page.getByTestId('measure-label')).toBeHidden();
  await expect(viewer.annotationItems()).toHaveCount(3);
  await expect(viewport).toHaveAttribute('data-annotations', '3');
  await viewer.tool('Contrast').click();
  await shoot(page, 'annotations-1280');
  expect(await seriousViolations(page)).toEqual([]);

  // Reload: the vault locks; after unlocking, the study's annotations come back from the sealed records.
  await page.reload();
  await new VaultPage(page).unlock();
  await viewer.openStudy(/HEAD/);
  await expect(viewer.annotationItems()).toHaveCount(3);
  await expect(viewport).toHaveAttribute('data-slice', '1');
  await expect(viewer.annotationLabels()).toHaveCount(0);
  const arrowItem = viewer.annotationItems().filter({ hasText: 'Left lateral ventricle' });
  await expect(arrowItem).toContainText('Slice 5 /');
  await arrowItem.getByRole('button', { name: /^Arrow/ }).click();
  await expect(viewport).toHaveAttribute('data-slice', '5');
  await viewer.waitReady(viewport);

  const labels = viewer.annotationLabels();
  await expect(labels).toHaveCount(3);
  await expect(labels.filter({ hasText: 'Left lateral ventricle' })).toBeVisible();
  await expect(labels.filter({ hasText: 'Compare with next scan' })).toBeVisible();
  const [rowSpacing, columnSpacing] = pixelSpacing(join(CT_DIR, '01.dcm'));
  const expectedMm = Math.hypot((b.x - a.x) * columnSpacing, (b.y - a.y) * rowSpacing);
  const distanceLabel = labels.and(page.locator('[data-kind="distance"]'));
  const savedMm = Number(/([\d.]+) mm/.exec((await distanceLabel.textContent()) ?? '')?.[1]);
  const mmPerScreenPixel =
    (512 / ((await viewport.locator('canvas').boundingBox())?.width ?? 512)) * columnSpacing;
  expect(Math.abs(savedMm - expectedMm)).toBeLessThan(2 * mmPerScreenPixel + 0.1);

  // Drawn where they were put: the arrow's label sits by its tail, inside the viewport.
  const box = await viewport.boundingBox();
  const arrowLabel = await labels.filter({ hasText: 'Left lateral ventricle' }).boundingBox();
  const tailOnScreen = await viewer.screenPoint(tail.x, tail.y);
  expect(box && arrowLabel).toBeTruthy();
  expect(Math.abs(arrowLabel!.x - (tailOnScreen.x + 8))).toBeLessThan(3);
  expect(Math.abs(arrowLabel!.y - (tailOnScreen.y + 8))).toBeLessThan(3);
  for (const label of await labels.all()) {
    const l = await label.boundingBox();
    expect(l!.x).toBeGreaterThanOrEqual(box!.x);
    expect(l!.y).toBeGreaterThanOrEqual(box!.y);
    expect(l!.x + l!.width).toBeLessThanOrEqual(box!.x + box!.width);
    expect(l!.y + l!.height).toBeLessThanOrEqual(box!.y + box!.height);
  }
  // Zooming moves the label with the image.
  const centre = await viewer.screenPoint(256, 256);
  await viewer.drag(centre, { x: centre.x, y: centre.y - 80 }, 'right');
  const zoomedTail = await viewer.screenPoint(tail.x, tail.y);
  const zoomedLabel = await labels.filter({ hasText: 'Left lateral ventricle' }).boundingBox();
  expect(Math.abs(zoomedLabel!.x - (zoomedTail.x + 8))).toBeLessThan(3);
  await viewport.dblclick();

  // Delete the note, after confirming.
  await page.getByRole('button', { name: 'Delete Note: Compare with next scan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this annotation?' });
  await expect(confirm).toContainText('Compare with next scan');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(viewer.annotationItems()).toHaveCount(2);
  await expect(labels).toHaveCount(2);
  await expect(labels.filter({ hasText: 'Compare with next scan' })).toHaveCount(0);

  // Key image: a PNG of the slice at its native size plus the caption strip, downloaded and kept.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Key image' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^key-image_.*\.png$/);
  const file = join(SHOTS, 'key-image.png');
  mkdirSync(SHOTS, { recursive: true });
  await download.saveAs(file);
  const png = readFileSync(file);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const sizes = imageSizes(CT_DIR);
  const { rows, columns } = sizes[0]!;
  expect(sizes.every((s) => s.rows === rows && s.columns === columns)).toBe(true);
  const stripRows = stripRowsOf(file);
  expect(stripRows).toBe(captionLayout(columns).height);
  expect(png.readUInt32BE(16)).toBe(columns);
  expect(png.readUInt32BE(20)).toBe(rows + stripRows);
  await expect(page.getByTestId('viewer-status')).toContainText('kept with the study');

  // The phone layout with the same annotations.
  await page.setViewportSize({ width: 360, height: 740 });
  await viewer.waitReady(viewport);
  await shoot(page, 'annotations-360', viewport);
  await shoot(page, 'annotations-list-360', page.getByTestId('annotation-list'));
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap places a note', async ({ page, browserName }) => {
    test.skip(
      browserName === 'firefox',
      'Firefox under WebDriver BiDi has no touch emulation: tap() sends nothing',
    );
    await openWithNewVault(page);
    const viewer = new ViewerPage(page);
    await viewer.importFolder(CT_DIR);
    await viewer.openStudy(/HEAD/);
    const viewport = viewer.viewport();
    await viewer.tool('Note').tap();
    await expect(viewer.tool('Note')).toHaveAttribute('aria-pressed', 'true');
    const at = await viewer.screenPoint(200, 260);
    await page.touchscreen.tap(at.x, at.y);
    const editor = page.getByTestId('annotation-editor');
    await expect(editor).toBeVisible();
    await editor.getByLabel('Note', { exact: true }).fill('Tapped on a phone');
    await shoot(page, 'note-editor-360', viewport);
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save note' }).tap();
    const label = viewer.annotationLabels().filter({ hasText: 'Tapped on a phone' });
    await expect(label).toBeVisible();
    const box = await label.boundingBox();
    expect(Math.abs(box!.x - (at.x + 8))).toBeLessThan(3);
    await expect(viewer.annotationItems()).toHaveCount(1);
  });
});
