import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromiumLaunchOptions } from '../chromium';
import { expect, expectNoEgress, test, watchEgress } from './fixtures';
import { openWithNewVault } from './pages/VaultPage';
import { untilServiceWorkerControls } from './serviceWorker';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('works offline after the first visit, on any route', async ({ page, context }) => {
  const vault = await openWithNewVault(page);
  await untilServiceWorkerControls(page);
  await context.setOffline(true);
  await page.goto('/settings');
  // Unlocking offline proves the KDF worker and its WebAssembly came from the precache.
  await vault.unlock();
  await expect(page.locator('h1#page-title')).toHaveText('Settings');
  await context.setOffline(false);
});

test('Chromium finds the app installable', async ({ playwright, baseURL }) => {
  // Installability is refused in incognito, which every ordinary Playwright context is: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'imaging-vault-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    ...(baseURL ? { baseURL } : {}),
  });
  const guard = watchEgress(context, baseURL);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    const sizes = (manifest.icons as { sizes: string }[]).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expectNoEgress(guard);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the service worker precaches every built asset, .wasm included', async ({ page }) => {
  const dist = join(process.cwd(), 'dist');
  const sw = await (await page.request.get('/sw.js')).text();
  const assets = filesUnder(dist)
    .map((f) => relative(dist, f))
    .filter(
      (f) =>
        /\.(js|css|html|wasm|png|svg|webmanifest)$/.test(f) &&
        !/^sw\.m?js$/.test(f) &&
        !f.startsWith('workbox-'),
    );
  expect(assets.length).toBeGreaterThan(3);
  for (const asset of assets) expect(sw, `precache entry for ${asset}`).toContain(`"${asset}"`);
});
