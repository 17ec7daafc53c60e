import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { dicomPath } from '../sharedData';
import { pixelFrames } from '../pixelFrames';
import { expect, test } from './fixtures';
import { createVault, open } from './pages';
import type { WebKitPage } from './webkitPage';

/**
 * Every transfer syntax of ../shared/dicom/transfer_syntax drawn by WebKit: its codecs run as wasm in
 * workers under the app's CSP, which is where an engine differs. pydicom says how many frames hold pixels;
 * the disc's report and waveform have none and are not offered as images.
 */

const FOLDER = dicomPath('transfer_syntax');

interface SliceSeen {
  readonly series: string;
  readonly slice: number;
  readonly outcome: 'drawn' | 'blank' | string;
}

/** What the viewport shows for its current slice: drawn, blank, or the message it gives instead. */
async function currentSlice(web: WebKitPage): Promise<string> {
  return web.evaluate<string>(`
    const status = document.querySelector('[data-testid="viewer-status"]');
    if (status && status.textContent.trim()) return status.textContent.trim();
    const canvas = document.querySelector('[data-testid="viewport"] canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 31) seen.add(data[i] * 65536 + data[i + 1] * 256 + data[i + 2]);
    return seen.size > 4 ? 'drawn' : 'blank';`);
}

async function settled(web: WebKitPage, slice: number): Promise<void> {
  await web.until(
    () =>
      web.evaluate<boolean>(
        `const v = document.querySelector('[data-testid="viewport"]');
         return !!v && v.dataset.slice === String(arguments[0]) &&
           (v.dataset.ready === 'true' || !!document.querySelector('[data-testid="viewer-status"]'));`,
        slice,
      ),
    `slice ${slice} decoded or explained`,
    30_000,
  );
}

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'imaging-vault-webkit-ts-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('every transfer syntax on the shared disc is drawn in WebKit, every slice of every series', async ({
  web,
}) => {
  test.setTimeout(300_000);
  const zip = join(work, 'transfer-syntaxes.zip');
  execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: FOLDER });
  await createVault(web);
  await open(web, '/import');
  await web.chooseFile('files-input', zip);
  await web.byTestId('import-summary', 120_000);

  await open(web, '/viewer');
  const studies = await web.until(
    () =>
      web.evaluate<string[]>(
        "return [...document.querySelectorAll('a[href^=\"/viewer?study=\"]')].map((a) => a.getAttribute('href'))",
      ),
    'the studies in the viewer picker',
  );
  const seen: SliceSeen[] = [];
  for (const href of new Set(studies)) {
    await open(web, href);
    await web.byTestId('viewport', 30_000);
    const options = await web.evaluate<string[]>(
      "return [...document.querySelectorAll('.series-switcher select option')].map((o) => o.value)",
    );
    for (const option of options.length ? options : ['']) {
      if (option) {
        await web.evaluate(
          `const s = document.querySelector('.series-switcher select');
           s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));`,
          option,
        );
      }
      await settled(web, 1);
      const slices = Number(
        await web.evaluate<string>(
          'return document.querySelector(\'[data-testid="viewport"]\').dataset.slices',
        ),
      );
      // The viewer's keys act on the focused viewport panel, as a person's click on the image gives it.
      if (slices > 1) await (await web.byTestId('viewport')).click();
      for (let slice = 1; slice <= slices; slice++) {
        if (slice > 1) {
          await web.driver.actions().sendKeys(Key.ARROW_DOWN).perform();
          await settled(web, slice);
        }
        seen.push({ series: `${href} ${option}`, slice, outcome: await currentSlice(web) });
      }
    }
  }
  const drawn = seen.filter((s) => s.outcome === 'drawn');
  expect(seen.filter((s) => s.outcome !== 'drawn')).toEqual([]);
  expect(drawn.length).toBe(pixelFrames(FOLDER));
});
