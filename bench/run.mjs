// npm run bench [-- --disc DIR] [--size MB] [--out DIR]
// Runs the built app in headless Chromium on a generated CT-like disc (or DIR), and in the same run the
// native tools that bound each job, and prints one JSON object. Budgets are ratios (DESIGN.md).
import { spawn, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { makeDisc } from './makeDisc.mjs';

const { values: args } = parseArgs({
  options: {
    disc: { type: 'string' },
    size: { type: 'string', default: '500' },
    out: { type: 'string' },
    port: { type: 'string', default: '4175' },
  },
});

const PASSPHRASE = 'copper kettle lantern orchard meadow';
const base = `http://127.0.0.1:${args.port}`;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Resident memory of the largest Chromium renderer process, in bytes: the bench's one tab, with its
 * workers (they are threads of the same process). Linux `ps`; 0 where that is not available.
 */
function largestRendererRss() {
  try {
    const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
    let largest = 0;
    for (const line of out.split('\n')) {
      if (!line.includes('--type=renderer')) continue;
      largest = Math.max(largest, Number(line.trim().split(/\s+/)[0]) * 1024 || 0);
    }
    return largest;
  } catch {
    return 0;
  }
}

/** Seconds `sha256sum` takes over the same files, read from the page cache like the browser's read. */
function nativeSha256(files) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < files.length; i += 500)
    execFileSync('sha256sum', files.slice(i, i + 500), { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`The preview server did not start at ${url}`);
}

async function createVault(page) {
  await page.goto(base);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('heading', { name: 'Your recovery key' }).waitFor({ timeout: 60_000 });
  const groups = await page.locator('.recovery-group code').allTextContents();
  const prompt = await page.getByText(/Type group \d+ and group \d+/).textContent();
  const [, a, b] = /group (\d+) and group (\d+)/.exec(prompt ?? '') ?? [];
  await page.getByLabel(`Group ${a}`, { exact: true }).fill(groups[Number(a) - 1] ?? '');
  await page.getByLabel(`Group ${b}`, { exact: true }).fill(groups[Number(b) - 1] ?? '');
  await page.getByRole('button', { name: 'Open my vault' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Lock' }).waitFor();
}

async function go(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * Seconds from the moment `act` hands the app its input (the first `change` or `click` event the page
 * sees) to the moment the element `testId` appears, both read on the page's own clock. Waiting from
 * here with Playwright instead adds its polling (measured: up to ~200 ms after the page had drawn).
 */
async function timeInPage(page, testId, event, act) {
  await page.evaluate(
    ([id, type]) => {
      const found = () => document.querySelector(`[data-testid="${id}"]`);
      window.__bench = { started: undefined, ended: undefined };
      addEventListener(type, () => (window.__bench.started ??= performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (window.__bench.started === undefined || !found()) return;
        window.__bench.ended = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    [testId, event],
  );
  await act();
  await page.getByTestId(testId).waitFor({ timeout: 60 * 60_000 });
  const { started, ended } = await page.evaluate(() => window.__bench);
  return (ended - started) / 1000;
}

/** Import through the real UI path: the folder input of the Import page, until the summary shows. */
async function benchImport(page, disc, files, bytes) {
  await go(page, '/import');
  await page.getByTestId('folder-input').waitFor({ state: 'attached' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let peakRenderer = 0;
  let sampling = true;
  const sampler = (async () => {
    for (let tick = 0; sampling; tick++) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      // Once a second: each `ps` costs a few milliseconds of the CPU the import is measured on.
      if (tick % 4 === 0) peakRenderer = Math.max(peakRenderer, largestRendererRss());
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const seconds = await timeInPage(page, 'import-summary', 'change', () =>
    page.getByTestId('folder-input').setInputFiles(disc),
  );
  sampling = false;
  await sampler;
  const summary = await page.getByTestId('import-summary').innerText();
  const imported = Number(/(\d+) new files imported/.exec(summary)?.[1] ?? NaN);
  // The profile's split: importing the same disc again does all the reading, parsing, hashing and
  // sealing but writes nothing (every file is already in the vault), so the difference is storage.
  await go(page, '/');
  await go(page, '/import');
  const pipelineSeconds = await timeInPage(page, 'import-summary', 'change', () =>
    page.getByTestId('folder-input').setInputFiles(disc),
  );
  const nativeSeconds = nativeSha256(files);
  const mbPerSec = bytes / 1e6 / seconds;
  const nativeMbPerSec = bytes / 1e6 / nativeSeconds;
  return {
    files: files.length,
    imported,
    bytes,
    seconds: round(seconds),
    mbPerSec: round(mbPerSec),
    peakJsHeapBytes: peakHeap,
    // The tab's whole process (page, workers, decoded buffers, IndexedDB's client side): DESIGN's memory
    // budget is 1 GiB for the tab while importing a 4 GiB disc. 0 where `ps` cannot tell.
    peakTabProcessBytes: peakRenderer,
    native: { tool: 'sha256sum', seconds: round(nativeSeconds), mbPerSec: round(nativeMbPerSec) },
    ratio: round(mbPerSec / nativeMbPerSec),
    budget: 0.4,
    profile: {
      readParseHashSealSeconds: round(pipelineSeconds),
      storageWriteSeconds: round(seconds - pipelineSeconds),
    },
  };
}

/**
 * The disc as the Verify page is given it: the same files under the same paths plus a SHA256SUMS list,
 * in a folder of the bench's own. A benchmark never writes into the folder it was given (a patient's
 * disc, or a read-only mount): the files are hard links where the disc shares the bench's file system,
 * copies otherwise (Chromium does not follow symbolic links in a folder pick), and the list sits beside
 * them, not in the disc.
 */
function verifyMirror(disc, files, work) {
  const mirror = join(work, 'verify', 'disc');
  let linked = true;
  for (const file of files) {
    const target = join(mirror, relative(disc, file));
    mkdirSync(dirname(target), { recursive: true });
    try {
      if (linked) linkSync(file, target);
      else copyFileSync(file, target);
    } catch {
      linked = false;
      copyFileSync(file, target);
    }
  }
  const list = files.map(
    (f) => `${execFileSync('sha256sum', [f], { encoding: 'utf8' }).split(' ')[0]}  ${relative(disc, f)}`,
  );
  writeFileSync(join(mirror, 'SHA256SUMS'), `${list.join('\n')}\n`);
  return { mirror, how: linked ? 'hard links' : 'copies' };
}

/**
 * Verify through the real UI path: the disc's files with a SHA256SUMS list, chosen as a folder on the
 * Verify page, until the verdict shows; against `sha256sum -c` on the same list in the same run.
 */
async function benchVerify(page, disc, files, bytes, work) {
  const { mirror, how } = verifyMirror(disc, files, work);
  await go(page, '/verify');
  await page.getByTestId('folder-input').waitFor({ state: 'attached' });
  const seconds = await timeInPage(page, 'verdict', 'change', () =>
    page.getByTestId('folder-input').setInputFiles(mirror),
  );
  const verdict =
    (await page.getByTestId('verdict').innerText())
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 2)[0] ?? '';
  const nativeStarted = process.hrtime.bigint();
  execFileSync('sha256sum', ['--quiet', '-c', join(mirror, 'SHA256SUMS')], { cwd: disc, stdio: 'ignore' });
  const nativeSeconds = Number(process.hrtime.bigint() - nativeStarted) / 1e9;
  const mbPerSec = bytes / 1e6 / seconds;
  const nativeMbPerSec = bytes / 1e6 / nativeSeconds;
  return {
    files: files.length,
    bytes,
    mirror: how,
    verdict,
    seconds: round(seconds),
    mbPerSec: round(mbPerSec),
    native: { tool: 'sha256sum -c', seconds: round(nativeSeconds), mbPerSec: round(nativeMbPerSec) },
    ratio: round(mbPerSec / nativeMbPerSec),
    budget: 1.0,
  };
}

/**
 * The viewer on the imported study: time from opening it to its first image drawn on the canvas, and
 * how many 512x512 frames per second scrolling draws once the neighbouring slices are decoded (key
 * presses dispatched back to back, each drawn before the next: the rendering capacity, which a 60 Hz
 * display then shows at 60).
 */
/** Opens a study in the viewer; ms until its first image is drawn, or the viewer's message instead. */
async function openInViewer(page, studyId) {
  return page.evaluate(async (id) => {
    const started = performance.now();
    history.pushState(null, '', `/viewer?study=${id}`);
    dispatchEvent(new PopStateEvent('popstate'));
    return new Promise((resolve) => {
      const tick = () => {
        const canvas = document.querySelector('[data-testid="viewport"] canvas');
        const said = document.querySelector('[data-testid="viewer-status"]')?.textContent?.trim();
        if (canvas && Number(canvas.dataset.drawn ?? 0) > 0) resolve({ ms: performance.now() - started });
        else if (said) resolve({ said });
        else if (performance.now() - started > 60_000) resolve({ said: 'nothing drawn within 60 s' });
        else requestAnimationFrame(tick);
      };
      tick();
    });
  }, studyId);
}

async function benchViewer(page) {
  await go(page, '/');
  await page.getByTestId('study-row').first().waitFor();
  const hrefs = await page
    .getByTestId('study-row')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // A real disc's first study may hold no image (a report, a test file-set of headers): the first study
  // whose first slice is drawn is the one measured, and the ones passed over are named.
  const passedOver = [];
  let firstImageMs = null;
  for (const href of hrefs.slice(0, 10)) {
    const opened = await openInViewer(page, href.split('/').pop() ?? '');
    if (opened.ms !== undefined) {
      firstImageMs = opened.ms;
      break;
    }
    passedOver.push(opened.said);
  }
  if (firstImageMs === null) return { skipped: `no study drew an image: ${passedOver.join(' | ')}` };
  // Let the neighbours of the first slice decode, as they do while a person looks at it.
  await page.waitForTimeout(3000);
  const scroll = await page.evaluate(() => {
    const viewport = document.querySelector('[data-testid="viewport"]');
    const canvas = viewport?.querySelector('canvas');
    if (!viewport || !canvas) return { frames: 0, seconds: 0 };
    viewport.focus();
    const before = Number(canvas.dataset.drawn ?? 0);
    const started = performance.now();
    for (let i = 0; i < 400; i++) {
      const key = Math.floor(i / 10) % 2 === 0 ? 'ArrowDown' : 'ArrowUp';
      viewport.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
    return {
      frames: Number(canvas.dataset.drawn ?? 0) - before,
      seconds: (performance.now() - started) / 1000,
    };
  });
  return {
    ...(passedOver.length ? { studiesWithoutImage: passedOver.length } : {}),
    firstImageMs: round(firstImageMs),
    firstImageBudgetMs: 200,
    scrollFrames: scroll.frames,
    framesPerSecond: round(scroll.frames / Math.max(scroll.seconds, 1e-6)),
    framesPerSecondBudget: 60,
  };
}

/** Seconds the native tools take to do an export's work: hash twice and store into a ZIP. */
function nativeExport(files, work) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < files.length; i += 500) {
    execFileSync('sha256sum', files.slice(i, i + 500), { stdio: 'ignore' });
    execFileSync('md5sum', files.slice(i, i + 500), { stdio: 'ignore' });
  }
  const zip = join(work, 'native.zip');
  execFileSync('zip', ['-q', '-0', '-@', zip], { input: files.join('\n'), maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(zip, { force: true });
  return seconds;
}

/**
 * Export through the real UI: the Packages wizard writes one ZIP, streamed to a file the save picker
 * returns (an Origin Private File System file here, since a headless browser cannot show the picker).
 * With --out DIR the package is copied out of the browser afterwards.
 */
async function benchExport(page, files, bytes, work, out) {
  await go(page, '/packages');
  await page.getByRole('button', { name: 'New package' }).click();
  // The generated disc's one study, or on a real disc (--disc) every study it holds: the export is of
  // the whole disc either way, as its import was.
  const studies = page.getByTestId('export-study');
  await studies.first().waitFor();
  for (const study of await studies.all()) await study.locator(':scope > label input[type=checkbox]').check();
  let step = 1;
  const next = async () => {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    step++;
    await page
      .locator('#wizard-step-title')
      .filter({ hasText: `Step ${step} of 5` })
      .waitFor();
  };
  await next();
  await page.getByLabel('Name', { exact: true }).fill('Dr. Bench Mark');
  await page.getByLabel('Specialty').fill('Radiology');
  await page.getByLabel('Institution').fill('Benchmark Hospital');
  await page.getByLabel('Country').fill('Nowhere');
  await next();
  await next();
  await next();
  await page.getByRole('radio', { name: /One ZIP file/ }).check();
  const seconds = await timeInPage(page, 'export-result', 'click', () =>
    page.getByRole('button', { name: 'Write the package' }).click(),
  );
  const fingerprint = ((await page.getByTestId('fingerprint').textContent()) ?? '').trim();
  const packageBytes = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    for await (const [, handle] of root.entries())
      if (handle.kind === 'file') return (await handle.getFile()).size;
    return 0;
  });
  if (out) await copyPackageOut(page, out);
  const nativeSeconds = nativeExport(files, work);
  const mbPerSec = bytes / 1e6 / seconds;
  const nativeMbPerSec = bytes / 1e6 / nativeSeconds;
  return {
    files: files.length,
    bytes,
    packageBytes,
    fingerprint,
    seconds: round(seconds),
    mbPerSec: round(mbPerSec),
    native: {
      tool: 'sha256sum + md5sum + zip -0',
      seconds: round(nativeSeconds),
      mbPerSec: round(nativeMbPerSec),
    },
    ratio: round(mbPerSec / nativeMbPerSec),
    budget: 0.5,
    ...(out ? { keptIn: out } : {}),
  };
}

/** Copies the exported ZIP from the browser's private file system to DIR, 8 MiB at a time. */
async function copyPackageOut(page, dir) {
  mkdirSync(dir, { recursive: true });
  const name = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    for await (const [entry, handle] of root.entries()) if (handle.kind === 'file') return entry;
    return '';
  });
  const target = join(dir, name);
  writeFileSync(target, new Uint8Array(0));
  for (let offset = 0; ; offset += 8 << 20) {
    const base64 = await page.evaluate(
      async ([file, at]) => {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle(file);
        const part = new Uint8Array(await (await handle.getFile()).slice(at, at + (8 << 20)).arrayBuffer());
        let text = '';
        for (let i = 0; i < part.length; i += 0x8000)
          text += String.fromCharCode(...part.subarray(i, i + 0x8000));
        return btoa(text);
      },
      [name, offset],
    );
    if (base64.length === 0) break;
    appendFileSync(target, Buffer.from(base64, 'base64'));
  }
}

/** A headless browser cannot show the save picker: hand the app a private-file-system file instead. */
const OPFS_SAVE_PICKER = `window.showSaveFilePicker = async (options) => {
  const root = await navigator.storage.getDirectory();
  return root.getFileHandle((options && options.suggestedName) || 'package.zip', { create: true });
};`;

const round = (x) => Math.round(x * 1000) / 1000;

const work = mkdtempSync(join(tmpdir(), 'imaging-vault-bench-'));
const disc = args.disc ?? join(work, 'disc');
if (!args.disc) makeDisc(disc, Number(args.size));
const files = filesUnder(disc);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
// Warm the page cache so the browser and sha256sum both read from memory, as they would on a second pass.
nativeSha256(files);

// Its own process group, so stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', args.port, '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
// A persistent profile on disk, as a person's browser has: a plain new context is off the record, and
// keeps IndexedDB and OPFS in memory — faster than disk, and a 4 GiB import filled the browser process's
// memory and stalled at about 1.5 GB (seen here).
const profile = mkdtempSync(join(tmpdir(), 'imaging-vault-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.IMAGING_VAULT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  await waitForServer(base);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(OPFS_SAVE_PICKER);
  await createVault(page);
  const imported = await benchImport(page, disc, files, bytes);
  const exported = await benchExport(page, files, bytes, work, args.out);
  const viewed = await benchViewer(page);
  const verified = await benchVerify(page, disc, files, bytes, work);
  const result = {
    machine: { cores: cpus().length },
    import: imported,
    export: exported,
    verify: verified,
    viewer: viewed,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await context.close();
  try {
    process.kill(-server.pid);
  } catch {
    // Already gone (it could not start, e.g. the port was taken): nothing to stop.
  }
  rmSync(profile, { recursive: true, force: true });
  // The work folder holds the generated disc, or only the bench's own files when --disc was given.
  rmSync(work, { recursive: true, force: true });
}
