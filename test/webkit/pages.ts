import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import type { WebKitPage } from './webkitPage';

export const PASSPHRASE = 'copper kettle lantern orchard meadow';

/**
 * Creates a vault through the create and recovery-key screens, as test/e2e/pages/VaultPage.ts does;
 * returns the recovery key shown.
 */
export async function createVault(web: WebKitPage, passphrase = PASSPHRASE): Promise<string> {
  await web.goto('/');
  await web.expectTitle('Create your vault', 30_000);
  await web.fill('Passphrase', passphrase);
  await web.fill('Type it again', passphrase);
  await web.click('Create vault');
  await web.expectTitle('Your recovery key', 60_000);
  const groups = await web.evaluate<string[]>(
    "return [...document.querySelectorAll('.recovery-group code')].map((c) => c.textContent)",
  );
  const prompt = await web.evaluate<string>('return document.body.innerText');
  const [, a, b] = /Type group (\d+) and group (\d+)/.exec(prompt) ?? [];
  await web.fill(`Group ${a}`, groups[Number(a) - 1] ?? '');
  await web.fill(`Group ${b}`, groups[Number(b) - 1] ?? '');
  await web.click('Open my vault');
  await web.button('Lock');
  return groups.join('-');
}

export async function unlock(web: WebKitPage, passphrase = PASSPHRASE): Promise<void> {
  await web.expectTitle('Unlock your vault', 30_000);
  await web.fill('Passphrase', passphrase);
  await web.click('Unlock');
}

/** A client-side navigation, as a click in the menu does: the vault stays unlocked. */
export async function open(web: WebKitPage, path: string): Promise<void> {
  await web.evaluate(
    "history.pushState(null, '', arguments[0]); dispatchEvent(new PopStateEvent('popstate'))",
    path,
  );
}

/** The first series on the shared disc as the ZIP a patient portal gives, written into `work`. */
export function portalZip(work: string): string {
  const series = dicomPath('series', readdirSync(dicomPath('series')).sort()[0] ?? '');
  const zip = join(work, 'portal.zip');
  if (!existsSync(zip)) execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: series });
  return zip;
}

/**
 * Imports a ZIP through Choose files and waits for the summary (WebDriver cannot hand WebKit a folder).
 * The vault must be unlocked.
 */
export async function importZip(web: WebKitPage, zip: string): Promise<void> {
  await open(web, '/import');
  await web.chooseFile('files-input', zip);
  await web.byTestId('import-summary', 120_000);
}
