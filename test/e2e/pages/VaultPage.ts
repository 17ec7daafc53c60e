import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'copper kettle lantern orchard meadow';

/** The vault's create, recovery-key and unlock screens. */
export class VaultPage {
  constructor(readonly page: Page) {}

  get title() {
    return this.page.locator('h1#page-title');
  }

  /** Shown in the top bar only while the vault is unlocked. */
  get lockButton() {
    return this.page.getByRole('banner').getByRole('button', { name: 'Lock' });
  }

  /** Creates a vault through the screens a person sees; returns the recovery key shown. */
  async create(passphrase = PASSPHRASE): Promise<string> {
    const recoveryKey = await this.prepareCreate(passphrase);
    await this.confirmCreateButton.click();
    await expect(this.lockButton).toBeVisible();
    return recoveryKey;
  }

  /** The create screens up to the last click: the recovery key is shown and checked, nothing stored yet. */
  async prepareCreate(passphrase = PASSPHRASE): Promise<string> {
    await expect(this.title).toHaveText('Create your vault');
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(passphrase);
    await this.page.getByRole('button', { name: 'Create vault' }).click();
    await expect(this.title).toHaveText('Your recovery key', { timeout: 30_000 });
    const groups = await this.page.locator('.recovery-group code').allTextContents();
    const prompt = await this.page.getByText(/Type group \d+ and group \d+/).textContent();
    const [, a, b] = /group (\d+) and group (\d+)/.exec(prompt ?? '') ?? [];
    await this.page.getByLabel(`Group ${a}`, { exact: true }).fill(groups[Number(a) - 1] ?? '');
    await this.page.getByLabel(`Group ${b}`, { exact: true }).fill(groups[Number(b) - 1] ?? '');
    return groups.join('-');
  }

  /** The button that stores the vault prepared by prepareCreate. */
  get confirmCreateButton() {
    return this.page.getByRole('button', { name: 'Open my vault' });
  }

  async unlock(passphrase = PASSPHRASE): Promise<void> {
    await expect(this.title).toHaveText('Unlock your vault');
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
    await expect(this.title).toHaveText('Unlock your vault');
    await this.page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await this.page.getByLabel('Recovery key').fill(recoveryKey);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
    await expect(this.title).toHaveText('Unlock your vault');
  }
}

/** Opens the app with a new vault, unlocked: the starting point of most tests. */
export async function openWithNewVault(page: Page, path = '/'): Promise<VaultPage> {
  await page.goto(path);
  const vault = new VaultPage(page);
  await vault.create();
  return vault;
}
