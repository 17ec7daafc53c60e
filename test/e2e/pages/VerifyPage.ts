import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { pickFolder } from '../pickFolder';

/** The Verify screen, driven as a person would: pick a folder, a ZIP or files, read the verdict. */
export class VerifyPage {
  readonly title: Locator;
  readonly verdict: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('h1#page-title');
    this.verdict = page.getByTestId('verdict');
    this.progress = page.getByRole('progressbar', { name: 'Verification progress' });
  }

  /** Opens /verify directly: it needs no vault. */
  async open(): Promise<void> {
    await this.page.goto('/verify');
    await expect(this.title).toHaveText('Verify');
  }

  /** A folder, as `<input webkitdirectory>` gives it (the Choose folder button's fallback input). */
  async chooseFolder(dir: string): Promise<void> {
    await pickFolder(this.page.getByTestId('folder-input'), dir);
  }

  /** Loose files through Choose files: a ZIP, or files together with their checksum list. */
  async chooseFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('files-input').setInputFiles(paths);
  }

  async checkFingerprint(file: string, fingerprint: string): Promise<void> {
    await this.page.getByTestId('single-file-input').setInputFiles(file);
    await this.page.getByLabel('Fingerprint or hash').fill(fingerprint);
    await this.page.getByRole('button', { name: 'Check this file' }).click();
  }

  /** Waits for the result and returns the verdict's heading text. */
  async verdictText(): Promise<string> {
    await expect(this.verdict).toBeVisible({ timeout: 30_000 });
    return (await this.verdict.getByRole('heading').textContent()) ?? '';
  }

  /** The row of one file in the per-file table. */
  row(path: string): Locator {
    return this.page
      .locator('table.verify-files tbody tr')
      .filter({ has: this.page.locator('td.verify-path', { hasText: new RegExp(`^${escape(path)}$`) }) });
  }

  /** The result shown for one file: "OK", "Altered", "Missing", "Extra"... */
  async resultOf(path: string): Promise<string> {
    return ((await this.row(path).locator('.verdict-chip').textContent()) ?? '').trim();
  }

  async count(verdict: string): Promise<number> {
    const text = (await this.page.getByTestId(`count-${verdict}`).locator('strong').textContent()) ?? '';
    return Number(text);
  }

  async downloadReceipt(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download receipt' }).click();
    return download;
  }

  async again(): Promise<void> {
    await this.page.getByRole('button', { name: 'Verify something else' }).click();
    await expect(this.page.getByRole('button', { name: 'Choose folder' })).toBeVisible();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
