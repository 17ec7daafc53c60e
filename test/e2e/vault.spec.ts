import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { PASSPHRASE, VaultPage } from './pages/VaultPage';

const NEW_PASSPHRASE = 'violet harbour pencil glacier thunder';

test('create, reload, unlock, lock, recovery key, change passphrase, wrong passphrase', async ({ page }) => {
  await page.goto('/');
  const vault = new VaultPage(page);
  const recoveryKey = await vault.create();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

  await page.reload();
  await vault.unlock(PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await vault.lock();
  await vault.unlockWithRecoveryKey(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const shell = new ShellPage(page);
  await shell.open('/settings');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  // A weak new passphrase is refused with the reason, not just a disabled button.
  await page.getByLabel('New passphrase', { exact: true }).fill('password1');
  await page.getByLabel('Type the new passphrase again').fill('password1');
  await page.getByLabel('Type the new passphrase again').blur();
  await expect(page.getByText('This passphrase is too easy to guess. Add more words.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change passphrase' })).toBeDisabled();
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
  await expect(page.getByText('This passphrase is too easy to guess. Add more words.')).toBeHidden();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible({ timeout: 30_000 });

  await vault.lock();
  await vault.unlock(PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this vault');
  await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the recovery key must be retyped before the vault exists', async ({ page }) => {
  await page.goto('/');
  const vault = new VaultPage(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(vault.title).toHaveText('Your recovery key', { timeout: 30_000 });
  const prompt = await page.getByText(/Type group \d+ and group \d+/).textContent();
  const [, a, b] = /group (\d+) and group (\d+)/.exec(prompt ?? '') ?? [];
  await page.getByLabel(`Group ${a}`, { exact: true }).fill('ZZZZ');
  await page.getByLabel(`Group ${b}`, { exact: true }).fill('ZZZZ');
  await page.getByRole('button', { name: 'Open my vault' }).click();
  await expect(page.getByRole('alert')).toContainText('does not match');
  // Nothing was stored: a reload starts over.
  await page.reload();
  await expect(vault.title).toHaveText('Create your vault');
});

test('a weak passphrase is explained and refused', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Passphrase', { exact: true }).fill('Summer2019');
  await expect(page.getByText('Contains a year')).toBeVisible();
  await expect(page.getByText(/Strength: Very weak|Strength: Weak/)).toBeVisible();
  await page.getByLabel('Type it again').fill('Summer2019');
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeDisabled();
});

test('locks after the idle time, and locking one tab locks the others', async ({ page, context }) => {
  await page.clock.install();
  await page.goto('/');
  const vault = new VaultPage(page);
  await vault.create();
  const shell = new ShellPage(page);
  await shell.open('/settings');
  await page.getByLabel('Lock automatically after').selectOption('1');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(vault.title).toHaveText('Unlock your vault');
  await expect(page.getByText('locked itself after a while')).toBeVisible();

  await vault.unlock();
  const other = await context.newPage();
  await other.goto('/');
  const otherVault = new VaultPage(other);
  await otherVault.unlock();
  await expect(other.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await vault.lock();
  await expect(otherVault.title).toHaveText('Unlock your vault');
  await expect(other.getByText('locked in another tab')).toBeVisible();
});

test('settings show storage protection, usage and quota', async ({ page }) => {
  await page.goto('/');
  await new VaultPage(page).create();
  await new ShellPage(page).open('/settings');
  await expect(page.getByTestId('storage-usage')).toContainText(/used of .* available/);
  await expect(
    page.getByTestId('protection-section').locator('li[data-item^="persist"], li[data-item="not-persisted"]'),
  ).toBeVisible();
});
