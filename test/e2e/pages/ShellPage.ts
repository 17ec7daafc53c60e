import type { Locator, Page } from '@playwright/test';

/** The frame every screen shares: the menu of places and the page title. */
export class ShellPage {
  readonly nav: Locator;
  readonly title: Locator;
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.title = page.locator('h1#page-title');
    this.menuButton = page.getByRole('button', { name: /menu/i });
  }

  /** Goes to a path in an app whose vault is already unlocked (a client-side navigation keeps it so). */
  async open(path = '/'): Promise<void> {
    await this.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.title.waitFor();
  }

  /** Opens a place from the menu, through the phone menu button where the menu is folded away. */
  async goTo(label: string): Promise<void> {
    if (await this.menuButton.isVisible()) await this.menuButton.click();
    await this.nav.getByRole('link', { name: label, exact: true }).click();
  }
}
