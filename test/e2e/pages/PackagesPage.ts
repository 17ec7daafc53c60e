import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The folder the stubbed showDirectoryPicker hands out: a directory of the Origin Private File System. */
export const OPFS_TARGET = 'export-target';

/**
 * showDirectoryPicker cannot be driven headless (../shared/STACK.md): this init script replaces it with
 * one returning a real directory handle in the Origin Private File System, which the package worker then
 * writes into exactly as into a folder on disk.
 */
export const STUB_FOLDER_PICKER = `
  window.showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    return root.getDirectoryHandle('${OPFS_TARGET}', { create: true });
  };
`;

/** Without a save picker the app falls back to a download, which Playwright can catch. */
export const NO_SAVE_PICKER = 'window.showSaveFilePicker = undefined;';

/** The Packages screen: the share log and the export wizard. */
export class PackagesPage {
  readonly title: Locator;
  readonly stepHeading: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('h1#page-title');
    this.stepHeading = page.locator('#wizard-step-title');
  }

  async startWizard(): Promise<void> {
    await this.page.getByRole('button', { name: 'New package' }).click();
    await expect(this.stepHeading).toContainText('Step 1 of 5');
  }

  /** Ticks a whole study, found by its description. */
  async chooseStudy(description: string): Promise<void> {
    const study = this.page
      .getByTestId('export-study')
      .filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${escape(description)}$`) }) });
    await study.locator(':scope > label input[type=checkbox]').check();
  }

  async next(): Promise<void> {
    const before = await this.stepHeading.textContent();
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(this.stepHeading).not.toHaveText(before ?? '');
  }

  async newRecipient(name: string, specialty: string, institution: string, country: string): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Specialty').fill(specialty);
    await this.page.getByLabel('Institution').fill(institution);
    await this.page.getByLabel('Country').fill(country);
  }

  async chooseOutput(kind: 'One ZIP file' | 'A folder'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(kind) }).check();
  }

  async write(): Promise<void> {
    await this.page.getByRole('button', { name: 'Write the package' }).click();
  }

  get result(): Locator {
    return this.page.getByTestId('export-result');
  }

  async fingerprint(): Promise<string> {
    await expect(this.result).toBeVisible({ timeout: 120_000 });
    return ((await this.page.getByTestId('fingerprint').textContent()) ?? '').trim();
  }

  /** Copies everything the app wrote into the OPFS target folder to a real folder on disk. */
  async copyOpfsTarget(to: string): Promise<string[]> {
    const files = await this.page.evaluate(async (name) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      const out: { path: string; base64: string }[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [entryName, handle] of (
          dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
        ).entries()) {
          const path = prefix ? `${prefix}/${entryName}` : entryName;
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
          else {
            const bytes = new Uint8Array(
              await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
            );
            let binary = '';
            for (let i = 0; i < bytes.length; i += 0x8000) {
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            }
            out.push({ path, base64: btoa(binary) });
          }
        }
      };
      await walk(root, '');
      return out;
    }, OPFS_TARGET);
    for (const file of files) {
      const target = join(to, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(file.base64, 'base64'));
    }
    return files.map((f) => f.path);
  }

  /** Names of the entries at the top of the OPFS target folder. */
  async opfsTargetEntries(): Promise<string[]> {
    return this.page.evaluate(async (name) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
      const names: string[] = [];
      for await (const key of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
      return names;
    }, OPFS_TARGET);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
