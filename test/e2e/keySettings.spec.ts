import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSPHRASE, VaultPage } from './pages/VaultPage';

/** What an edited browser database looks like: the stored Argon2id cost changed, still above the floor. */
async function editStoredKdfIterations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      const store = tx.objectStore('meta');
      const r = store.get('keys');
      r.onsuccess = () => {
        const row = r.result as { key: string; value: { kdf: { iterations: number } } };
        row.value.kdf.iterations += 1;
        store.put(row);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test('edited key settings are named as such on the unlock screen, not as a wrong passphrase', async ({
  page,
}) => {
  await page.goto('/');
  const vault = new VaultPage(page);
  const recoveryKey = await vault.create();
  await vault.lock();
  await editStoredKdfIterations(page);
  await page.reload();
  await vault.unlock(PASSPHRASE);
  const message = page.getByText('The vault’s key settings were changed since they were made');
  await expect(message).toBeVisible();
  await expect(page.getByText('That passphrase does not open this vault')).toBeHidden();
  await page.screenshot({ path: '/tmp/h3-key-settings-1280.png' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: '/tmp/h3-key-settings-360.png', fullPage: true });
  // The recovery key does not depend on those settings and still opens the vault.
  await page.getByRole('button', { name: 'Use recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(vault.lockButton).toBeVisible();
});
