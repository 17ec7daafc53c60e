import { expect, type Page } from '@playwright/test';
import { pickFolder } from '../pickFolder';

/** The Import screen: choose a folder, watch progress, read the summary. */
export class ImportPage {
  constructor(readonly page: Page) {}

  get summary() {
    return this.page.getByTestId('import-summary');
  }

  /** Imports a folder on disk through the folder input, as a person choosing it would. */
  async importFolder(dir: string): Promise<void> {
    await pickFolder(this.page.getByTestId('folder-input'), dir);
    await expect(this.summary).toBeVisible({ timeout: 120_000 });
  }
}
