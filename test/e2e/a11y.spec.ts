import { AXE_UNAVAILABLE, seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PLACES } from './places';
import { ShellPage } from './pages/ShellPage';
import { PASSPHRASE, VaultPage } from './pages/VaultPage';

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`axe finds no serious or critical violation on any screen (${viewport.name})`, async ({
    page,
    browserName,
  }) => {
    test.skip(browserName in AXE_UNAVAILABLE, AXE_UNAVAILABLE[browserName]);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    const check = async (screen: string) => {
      for (const v of await seriousViolations(page)) {
        found.push(`${screen}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes[0]?.target)}`);
      }
    };
    const vault = new VaultPage(page);
    await page.goto('/');
    await expect(vault.title).toHaveText('Create your vault');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await check('create vault');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(vault.title).toHaveText('Your recovery key', { timeout: 30_000 });
    await check('recovery key');
    await page.getByRole('button', { name: 'Start again' }).click();
    await vault.create();
    const shell = new ShellPage(page);
    for (const place of PLACES) {
      await shell.open(place.path);
      await expect(shell.title).toHaveText(place.title);
      await check(place.path);
    }
    await vault.lock();
    await check('unlock');
    expect(found).toEqual([]);
  });
}
