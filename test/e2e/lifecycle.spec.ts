import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, firefox, type BrowserContext, type Page } from '@playwright/test';
import { dicomPath } from '../sharedData';
import { chromiumLaunchOptions } from '../chromium';
import { firefoxLaunchOptions } from '../firefox';
import { seriousViolations } from './axe';
import { expect, expectNoEgress, test, watchEgress, type EgressGuard } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { rawRows, StewardshipPage } from './pages/StewardshipPage';
import { VaultPage } from './pages/VaultPage';

/**
 * Two tabs of one browser profile (two pages of one persistent context) racing the vault's life-cycle,
 * and a restore killed midway. A tab made "deaf" (no BroadcastChannel, as a frozen or discarded tab that
 * missed the news) keeps its stale screen, so what is tested there is the lock and the checks inside
 * the writing transactions, not the screen switching.
 */

const MR = dicomPath('series', 'pacsman_synthetic_mr_128');
const PASS_A = 'amber falcon quarry willow harbor';
const PASS_B = 'cobalt meadow lantern thistle river';
const OTHER_TAB = /created or restored in another tab/;

interface Profile {
  readonly context: BrowserContext;
  readonly guard: EgressGuard;
  readonly dir: string;
}

/** The engine of the running project: each profile is a persistent profile of that browser. */
let engine = 'chromium';
test.beforeEach(({ browserName }) => {
  engine = browserName;
});

async function openProfile(baseURL: string | undefined, dir = mkdtempSync(join(tmpdir(), 'iv-h1-'))) {
  const [launcher, options] =
    engine === 'firefox'
      ? [firefox, { channel: 'moz-firefox', ...firefoxLaunchOptions() }]
      : [chromium, chromiumLaunchOptions()];
  const context = await launcher.launchPersistentContext(dir, {
    ...options,
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  return { context, guard: watchEgress(context, baseURL), dir } satisfies Profile;
}

async function closeProfile(profile: Profile, remove = true) {
  await profile.context.close();
  expectNoEgress(profile.guard);
  if (remove) rmSync(profile.dir, { recursive: true, force: true });
}

/** A fresh profile with two tabs of the app open, both at its first screen. */
async function twoTabs(baseURL: string | undefined): Promise<{ profile: Profile; a: Page; b: Page }> {
  const profile = await openProfile(baseURL);
  const a = profile.context.pages()[0] ?? (await profile.context.newPage());
  const b = await profile.context.newPage();
  await Promise.all([a.goto('/'), b.goto('/')]);
  return { profile, a, b };
}

/** A tab that hears nothing from the other tabs. */
async function deafTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>)['BroadcastChannel'];
  });
  return page;
}

/** Makes a vault in a throw-away profile and backs it up to a file; returns the file and recovery key. */
async function makeBackup(
  baseURL: string | undefined,
  name: string,
  passphrase: string,
  importDir?: string,
): Promise<{ file: string; recoveryKey: string }> {
  const profile = await openProfile(baseURL);
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  await StewardshipPage.usePrivateFolders(page);
  await page.goto('/');
  const recoveryKey = await new VaultPage(page).create(passphrase);
  if (importDir) {
    await new ShellPage(page).open('/import');
    await new ImportPage(page).importFolder(importDir);
  }
  await new ShellPage(page).open('/settings');
  const file = join(mkdtempSync(join(tmpdir(), 'iv-h1-backup-')), `${name}.ivbackup`);
  await new StewardshipPage(page).backupToFile(file);
  await closeProfile(profile);
  return { file, recoveryKey };
}

/** Clicks a button right now if it is there (no auto-waiting): for racing two tabs. */
async function clickNow(page: Page, name: string): Promise<void> {
  await page.evaluate((label) => {
    const buttons = [...document.querySelectorAll('button')];
    buttons.find((b) => b.textContent?.trim() === label)?.click();
  }, name);
}

async function chooseRestore(page: Page) {
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(page.locator('h1#page-title')).toHaveText('Restore from a backup');
}

async function keyRowCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const n = await new Promise<number>((resolve) => {
      const r = db.transaction('meta').objectStore('meta').count('keys');
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return n;
  });
}

test.describe('two tabs of one profile', () => {
  test.setTimeout(180_000);

  test('create/create: a stale create screen cannot overwrite the vault another tab made', async ({
    baseURL,
  }) => {
    const profile = await openProfile(baseURL);
    const a = await deafTab(profile.context);
    const b = profile.context.pages()[0] ?? (await profile.context.newPage());
    await Promise.all([a.goto('/'), b.goto('/')]);
    const [va, vb] = [new VaultPage(a), new VaultPage(b)];
    await va.prepareCreate(PASS_A);
    await vb.create(PASS_B);
    // Tab A still shows its recovery key: finishing there must not replace B's vault.
    await va.confirmCreateButton.click();
    await expect(va.title).toHaveText('Unlock your vault');
    await expect(a.getByRole('alert').or(a.getByRole('status')).filter({ hasText: OTHER_TAB })).toBeVisible();
    expect(await keyRowCount(a)).toBe(1);
    await va.unlock(PASS_A);
    await expect(a.getByText('That passphrase does not open this vault', { exact: false })).toBeVisible();
    await a.getByLabel('Passphrase', { exact: true }).fill(PASS_B);
    await a.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(va.lockButton).toBeVisible({ timeout: 30_000 });
    await expect(vb.lockButton).toBeVisible();
    await closeProfile(profile);
  });

  test('create/create at once: exactly one vault, and the other tab shows its unlock screen', async ({
    baseURL,
  }) => {
    const { profile, a, b } = await twoTabs(baseURL);
    const [va, vb] = [new VaultPage(a), new VaultPage(b)];
    await va.prepareCreate(PASS_A);
    await vb.prepareCreate(PASS_B);
    // Both clicks at once, without waiting for a button the other tab's news may already have removed.
    await Promise.all([clickNow(a, 'Open my vault'), clickNow(b, 'Open my vault')]);
    await expect(a.locator('h1#page-title')).not.toHaveText('Your recovery key');
    await expect(b.locator('h1#page-title')).not.toHaveText('Your recovery key');
    const unlocked = [await va.lockButton.isVisible(), await vb.lockButton.isVisible()];
    const titles = [await va.title.textContent(), await vb.title.textContent()];
    // One tab opened its vault; the other did not also think it had one.
    expect(unlocked.filter(Boolean)).toHaveLength(1);
    expect(titles).toContain('Unlock your vault');
    const [winner, loser, pass] = unlocked[0] ? [va, vb, PASS_A] : [vb, va, PASS_B];
    await expect(winner.lockButton).toBeVisible();
    await loser.unlock(pass);
    await expect(loser.lockButton).toBeVisible({ timeout: 30_000 });
    await closeProfile(profile);
  });

  test('a create screen follows a vault created in another tab at once', async ({ baseURL }) => {
    const { profile, a, b } = await twoTabs(baseURL);
    await chooseRestore(a);
    await new VaultPage(b).create(PASS_B);
    await expect(new VaultPage(a).title).toHaveText('Unlock your vault');
    await expect(a.getByText(OTHER_TAB)).toBeVisible();
    await closeProfile(profile);
  });

  test('create/restore-back: "back to a new vault" on a stale restore screen cannot wipe a vault', async ({
    baseURL,
  }) => {
    const profile = await openProfile(baseURL);
    const a = await deafTab(profile.context);
    const b = profile.context.pages()[0] ?? (await profile.context.newPage());
    await Promise.all([a.goto('/'), b.goto('/')]);
    await chooseRestore(a);
    const vb = new VaultPage(b);
    await vb.create(PASS_B);
    await a.getByRole('button', { name: 'Back to creating a new vault' }).click();
    await expect(new VaultPage(a).title).toHaveText('Unlock your vault');
    expect(await keyRowCount(a)).toBe(1);
    await vb.lock();
    await vb.unlock(PASS_B);
    await expect(vb.lockButton).toBeVisible({ timeout: 30_000 });
    await closeProfile(profile);
  });
});

/** Writes one raw row into the vault's database, as an interrupted job (or an attacker) would leave it. */
async function putRawRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ([name, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('imaging-vault');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(name as string, 'readwrite');
        tx.objectStore(name as string).put({ ...(value as object), sealed: new Uint8Array([1, 2, 3]) });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [store, row] as const,
  );
}

test('storage health counts the leftovers of interrupted jobs and removes them', async ({ page }) => {
  await page.goto('/');
  await new VaultPage(page).create(PASS_A);
  // Chunks whose original never got written, and an instance whose series never did.
  await putRawRow(page, 'chunks', { address: 'lost-file', index: 0 });
  await putRawRow(page, 'chunks', { address: 'lost-file', index: 1 });
  await putRawRow(page, 'instances', { id: 'lost-instance', seriesId: 'lost-series', address: 'lost-file' });
  await new ShellPage(page).open('/settings');
  const health = page.getByTestId('storage-leftovers');
  await expect(health).toContainText('Leftovers of interrupted jobs: 3 stored rows');
  await health.getByRole('button', { name: 'Remove leftovers' }).click();
  await expect(health).toContainText('Leftovers removed: 3 stored rows.');
  await expect(health).toContainText('No leftovers of interrupted jobs.');
  const rows = await rawRows(page);
  expect(rows['chunks'] ?? []).toEqual([]);
  expect(rows['instances'] ?? []).toEqual([]);
});

test("a study deleted in one tab leaves the other tab's library at once", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const profile = await openProfile(baseURL);
  const a = profile.context.pages()[0] ?? (await profile.context.newPage());
  await a.goto('/');
  await new VaultPage(a).create(PASS_A);
  await new ShellPage(a).open('/import');
  await new ImportPage(a).importFolder(MR);
  const b = await profile.context.newPage();
  await b.goto('/');
  await new VaultPage(b).unlock(PASS_A);
  await expect(b.getByTestId('study-row')).toHaveCount(1, { timeout: 30_000 });
  await new ShellPage(a).open('/settings');
  await a.getByRole('button', { name: /^Delete study / }).click();
  await a.getByRole('button', { name: 'Delete study', exact: true }).click();
  await expect(a.getByText(/^Deleted “/)).toBeVisible({ timeout: 30_000 });
  await expect(b.getByTestId('study-row')).toHaveCount(0);
  await closeProfile(profile);
});

test.describe('restores', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(300_000);
  let big: { file: string; recoveryKey: string };
  let small: { file: string; recoveryKey: string };

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(300_000);
    big = await makeBackup(baseURL, 'mr', PASS_A, MR);
    small = await makeBackup(baseURL, 'empty', PASS_B);
  });

  test('restore/restore: a stale restore screen cannot replace a vault another tab restored', async ({
    baseURL,
  }) => {
    const profile = await openProfile(baseURL);
    const a = await deafTab(profile.context);
    const b = profile.context.pages()[0] ?? (await profile.context.newPage());
    await Promise.all([a.goto('/'), b.goto('/')]);
    await Promise.all([chooseRestore(a), chooseRestore(b)]);
    await b.getByTestId('files-input').setInputFiles(small.file);
    await expect(b.getByTestId('restore-report')).toBeVisible({ timeout: 60_000 });
    await a.getByTestId('files-input').setInputFiles(big.file);
    await expect(new VaultPage(a).title).toHaveText('Unlock your vault', { timeout: 60_000 });
    await expect(a.getByText(OTHER_TAB)).toBeVisible();
    // The vault here is still the one B restored: its recovery key opens it, the other's does not.
    await new VaultPage(a).unlockWithRecoveryKey(big.recoveryKey);
    await expect(a.getByRole('alert').first()).toBeVisible();
    await a.getByLabel('Recovery key').fill(small.recoveryKey);
    await a.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(new VaultPage(a).lockButton).toBeVisible({ timeout: 30_000 });
    await closeProfile(profile);
  });

  test('restore/restore at once: one restores, the other is refused with a named reason', async ({
    baseURL,
  }) => {
    const { profile, a, b } = await twoTabs(baseURL);
    await Promise.all([chooseRestore(a), chooseRestore(b)]);
    await Promise.all([
      a.getByTestId('files-input').setInputFiles(big.file),
      b.getByTestId('files-input').setInputFiles(small.file),
    ]);
    const reported = async (p: Page) => p.getByTestId('restore-report').isVisible();
    await expect.poll(async () => (await reported(a)) || (await reported(b)), { timeout: 60_000 }).toBe(true);
    const [winner, loser, key] = (await reported(a)) ? [a, b, big.recoveryKey] : [b, a, small.recoveryKey];
    await expect(new VaultPage(loser).title).toHaveText('Unlock your vault', { timeout: 60_000 });
    expect(await reported(loser)).toBe(false);
    await winner.getByLabel('Recovery key').fill(key);
    await winner.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(new VaultPage(winner).lockButton).toBeVisible({ timeout: 30_000 });
    await closeProfile(profile);
  });

  /**
   * Starts restoring the big backup and kills the browser midway: once the restore's marker is written,
   * another tab holds the meta store in an endless read-write transaction (every later restore batch
   * needs it), so the restore is provably unfinished when the context closes.
   */
  async function killedRestore(baseURL: string | undefined): Promise<Profile> {
    const profile = await openProfile(baseURL);
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    const blocker = await profile.context.newPage();
    await page.goto('/');
    await blocker.goto('/404-blocker');
    await chooseRestore(page);
    const blocked = blocker.evaluate(async () => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('imaging-vault');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      for (;;) {
        const db = await open();
        if (db.objectStoreNames.contains('meta')) {
          const read = db.transaction(['meta', 'chunks']);
          const ask = <T>(r: IDBRequest<T>) =>
            new Promise<T>((resolve) => (r.onsuccess = () => resolve(r.result)));
          const [marker, keys, chunks] = await Promise.all([
            ask(read.objectStore('meta').count('restore-in-progress')),
            ask(read.objectStore('meta').count('keys')),
            ask(read.objectStore('chunks').count()),
          ]);
          if (keys > 0) return false; // finished before it could be held: the test would prove nothing
          if (marker > 0 && chunks > 0) {
            // Keep a read-write transaction on meta alive for ever: the restore's next batch waits behind it.
            const store = db.transaction('meta', 'readwrite').objectStore('meta');
            const spin = () => (store.get('keys').onsuccess = spin);
            spin();
            return true;
          }
        }
        db.close();
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    await page.getByTestId('files-input').setInputFiles(big.file);
    expect(await blocked).toBe(true);
    // (Nothing may read the meta store now: it waits behind the held transaction too.)
    await expect(page.getByRole('progressbar', { name: 'Restore progress' })).toBeVisible();
    await profile.context.close();
    return profile;
  }

  test('a restore killed midway is offered to discard at the next start, then create works', async ({
    baseURL,
  }) => {
    const killed = await killedRestore(baseURL);
    const profile = await openProfile(baseURL, killed.dir);
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.goto('/');
    await expect(page.locator('h1#page-title')).toHaveText('A restore did not finish');
    await expect(page.getByTestId('restore-pending')).toContainText('mr.ivbackup');
    expect(await seriousViolations(page)).toEqual([]);
    const leftovers = await rawRows(page);
    expect(Object.values(leftovers).flat().length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Discard it' }).click();
    await new VaultPage(page).create(PASS_B);
    const rows = await rawRows(page);
    expect(rows['chunks'] ?? []).toEqual([]);
    expect(rows['originals'] ?? []).toEqual([]);
    expect(rows['instances'] ?? []).toEqual([]);
    await closeProfile(profile);
    expectNoEgress(killed.guard);
  });

  test('a restore killed midway resumes with the same backup at the next start', async ({ baseURL }) => {
    const killed = await killedRestore(baseURL);
    const profile = await openProfile(baseURL, killed.dir);
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.goto('/');
    await expect(page.locator('h1#page-title')).toHaveText('A restore did not finish');
    // Creating over it is not offered; another backup is refused; the same one finishes the restore.
    await page.getByRole('button', { name: 'Resume the restore' }).click();
    await page.getByTestId('files-input').setInputFiles(small.file);
    await expect(
      page.getByRole('alert').filter({ hasText: 'not the backup the unfinished restore' }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await page.getByTestId('files-input').setInputFiles(big.file);
    await expect(page.getByTestId('restore-report')).toBeVisible({ timeout: 60_000 });
    await page.getByLabel('Recovery key').fill(big.recoveryKey);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(new VaultPage(page).lockButton).toBeVisible({ timeout: 30_000 });
    await new ShellPage(page).open('/');
    await expect(page.getByTestId('study-row')).toHaveCount(1);
    await closeProfile(profile);
    expectNoEgress(killed.guard);
  });
});
