import { hasGap } from './engineGaps';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { PLACES } from './places';
import { openWithNewVault } from './pages/VaultPage';

test('every place has its own address and title, reached from the menu', async ({ page }) => {
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  for (const place of PLACES) {
    await shell.goTo(place.label);
    await expect(page).toHaveURL(place.path === '/' ? /\/$/ : new RegExp(`${place.path}$`));
    await expect(shell.title).toHaveText(place.title);
    await expect(shell.nav.getByRole('link', { name: place.label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('an address deep in the app opens directly after unlocking, and an unknown one says so', async ({
  page,
}) => {
  const vault = await openWithNewVault(page);
  await page.goto('/settings');
  await vault.unlock();
  const shell = new ShellPage(page);
  await expect(shell.title).toHaveText('Settings');
  await shell.open('/no-such-place');
  await expect(shell.title).toHaveText('Page not found');
});

test('the keyboard reaches the skip link, the menu and the page', async ({ page, browserName }) => {
  const vault = await openWithNewVault(page);
  await page.reload();
  await vault.unlock();
  const shell = new ShellPage(page);
  await expect(shell.title).toHaveText('Library');
  // After unlocking, focus lands on the page title; start the walk from the top of the page.
  await expect(shell.title).toBeFocused();
  await page.evaluate(() => document.body.setAttribute('tabindex', '-1'));
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  // Tab from the top of the page into the menu and open Verify with Enter.
  await page.keyboard.press('Shift+Tab');
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'Verify'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  expect(focused).toBe('Verify');
  await page.keyboard.press('Enter');
  await expect(shell.title).toHaveText('Verify');
  if (!hasGap(browserName, 'firefox:focus-title-after-menu-enter')) await expect(shell.title).toBeFocused();
});

test('on a 360 px phone the menu folds behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openWithNewVault(page);
  const shell = new ShellPage(page);
  await expect(shell.nav).toBeHidden();
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
  await shell.menuButton.click();
  await expect(shell.nav).toBeVisible();
  await shell.nav.getByRole('link', { name: 'Records', exact: true }).click();
  await expect(shell.title).toHaveText('Care records');
  await expect(shell.nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

test('verifying a received package needs no vault', async ({ page }) => {
  await page.goto('/verify');
  await expect(page.locator('h1#page-title')).toHaveText('Verify');
});
