import { expect, type Page } from '@playwright/test';
import { BACKUP_TABLES } from '../../../src/domain/backup/format';
import { untilServiceWorkerControls } from '../serviceWorker';

/**
 * Settings' stewardship sections, the audit page and the restore screen. Folder pickers cannot be
 * driven headless, so `usePrivateFolders` replaces showDirectoryPicker with one that hands out a folder
 * of the Origin Private File System (named by `pickFolder`), and removes showSaveFilePicker so a file
 * backup takes the download path.
 */
export class StewardshipPage {
  constructor(readonly page: Page) {}

  static async usePrivateFolders(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w['showSaveFilePicker'];
      w['showDirectoryPicker'] = async () => {
        const root = await navigator.storage.getDirectory();
        return root.getDirectoryHandle(String(w['__pickedFolder'] ?? 'picked'), { create: true });
      };
    });
  }

  async pickFolder(name: string): Promise<void> {
    await this.page.evaluate((n) => {
      (window as unknown as Record<string, unknown>)['__pickedFolder'] = n;
    }, name);
  }

  /** Backs up to a file (the download path) and returns where Playwright saved it. */
  async backupToFile(saveAs: string): Promise<void> {
    await untilServiceWorkerControls(this.page);
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.page.getByRole('button', { name: 'Back up to a file' }).click();
    const file = await download;
    // Streamed through the service worker, not gathered in memory first.
    expect(file.url()).toContain('/__download/');
    await file.saveAs(saveAs);
    await expect(this.page.getByTestId('backup-result')).toBeVisible({ timeout: 60_000 });
  }

  /** A folder backup into the named private folder; returns [written, records] from the result. */
  async backupToFolder(folder: string): Promise<[number, number]> {
    await this.pickFolder(folder);
    await this.page.getByRole('button', { name: 'Back up to a folder' }).click();
    const result = this.page.getByTestId('backup-result');
    await expect(result).toBeVisible({ timeout: 120_000 });
    const [, written, records] =
      /(\d+) new or changed of (\d+)/.exec((await result.textContent()) ?? '') ?? [];
    return [Number(written), Number(records)];
  }

  async writeOpenCopy(folder: string): Promise<string> {
    await this.pickFolder(folder);
    await this.page.getByLabel('I understand this copy is not encrypted.').check();
    await this.page.getByRole('button', { name: 'Choose folder and write open copy' }).click();
    const result = this.page.getByTestId('open-copy-result');
    await expect(result).toBeVisible({ timeout: 120_000 });
    return (await result.textContent()) ?? '';
  }

  async runIntegrityCheck(): Promise<void> {
    await this.page.getByRole('button', { name: 'Run integrity check' }).click();
    await expect(this.page.getByTestId('fixity-result')).toBeVisible({ timeout: 120_000 });
  }

  /** From the create-vault screen of a fresh profile: restore a backup file, unlock with the recovery key. */
  async restoreFresh(file: string, recoveryKey: string, beforeUnlock?: () => Promise<void>): Promise<void> {
    await this.page.getByRole('button', { name: 'Restore from a backup' }).click();
    await expect(this.page.locator('h1#page-title')).toHaveText('Restore from a backup');
    await this.page.getByTestId('files-input').setInputFiles(file);
    await expect(this.page.getByTestId('restore-report')).toBeVisible({ timeout: 120_000 });
    await beforeUnlock?.();
    await this.page.getByLabel('Recovery key').fill(recoveryKey);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(this.page.getByRole('banner').getByRole('button', { name: 'Lock' })).toBeVisible({
      timeout: 30_000,
    });
  }

  /**
   * Every file under a private folder: its SHA-256 and, for small text files, its text. Hashed in the page:
   * carrying the bytes of a whole series back through the driver lost Firefox's tab.
   */
  async privateFiles(folder: string): Promise<Record<string, { sha256: string; text: string | null }>> {
    return this.page.evaluate(async (name) => {
      const out: Record<string, { sha256: string; text: string | null }> = {};
      const hex = (b: ArrayBuffer) =>
        [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [entry, handle] of (
          dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
        ).entries()) {
          if (handle.kind === 'directory') {
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
            continue;
          }
          const bytes = await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer();
          out[`${prefix}${entry}`] = {
            sha256: hex(await crypto.subtle.digest('SHA-256', bytes)),
            text: /\.(csv|txt|html?)$/i.test(entry) ? new TextDecoder().decode(bytes) : null,
          };
        }
      };
      const root = await navigator.storage.getDirectory();
      await walk(await root.getDirectoryHandle(name), '');
      return out;
    }, folder);
  }

  /** Names (not bytes) of every file under a private folder. */
  async privateFileNames(folder: string): Promise<string[]> {
    return this.page.evaluate(async (name) => {
      const out: string[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [entry, handle] of (
          dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
        ).entries()) {
          if (handle.kind === 'directory')
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
          else out.push(`${prefix}${entry}`);
        }
      };
      const root = await navigator.storage.getDirectory();
      await walk(await root.getDirectoryHandle(name), '');
      return out.sort();
    }, folder);
  }
}

/** Raw IndexedDB, as an attacker or a failing disk would see it. */
export async function rawRows(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    async (tables) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('imaging-vault');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const out: Record<string, string[]> = {};
      for (const table of tables) {
        const [keys, rows] = await Promise.all([
          new Promise<IDBValidKey[]>((resolve) => {
            const r = db.transaction(table).objectStore(table).getAllKeys();
            r.onsuccess = () => resolve(r.result);
          }),
          new Promise<{ sealed: Uint8Array }[]>((resolve) => {
            const r = db.transaction(table).objectStore(table).getAll();
            r.onsuccess = () => resolve(r.result as { sealed: Uint8Array }[]);
          }),
        ]);
        out[table] = await Promise.all(
          rows.map(async (row, i) => {
            const digest = new Uint8Array(
              await crypto.subtle.digest('SHA-256', row.sealed as Uint8Array<ArrayBuffer>),
            );
            return `${JSON.stringify(keys[i])} ${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
          }),
        );
      }
      db.close();
      return out;
    },
    [...BACKUP_TABLES],
  );
}

/** Flips one byte inside the first stored chunk record, straight in IndexedDB. Returns the chunk's address. */
export async function flipByteInFirstChunk(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('imaging-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const address = await new Promise<string>((resolve, reject) => {
      const tx = db.transaction('chunks', 'readwrite');
      const store = tx.objectStore('chunks');
      const r = store.openCursor();
      r.onsuccess = () => {
        const cursor = r.result;
        if (!cursor) return reject(new Error('no chunk stored'));
        const row = cursor.value as { address: string; index: number; sealed: Uint8Array };
        const sealed = row.sealed.slice();
        const at = Math.floor(sealed.length / 2);
        sealed[at] = (sealed[at] ?? 0) ^ 0x01;
        cursor.update({ ...row, sealed });
        tx.oncomplete = () => resolve(row.address);
      };
      r.onerror = () => reject(r.error);
    });
    db.close();
    return address;
  });
}
