import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Locator } from '@playwright/test';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Picks a real folder in an `<input webkitdirectory>` as a person does. Chromium takes the folder itself.
 * Firefox refuses a folder in setInputFiles, so there the files go through a helper `<input multiple>`
 * (real Files, read from disk by the browser) and reach the folder input with webkitRelativePath set as a
 * folder pick sets it — "folder/sub/file" — and a change event, which is all the app reads.
 */
export async function pickFolder(input: Locator, dir: string): Promise<void> {
  const engine = input.page().context().browser()?.browserType().name() ?? 'chromium';
  if (engine === 'chromium') {
    await input.setInputFiles(dir);
    return;
  }
  const files = filesUnder(dir);
  const relativePaths = files.map((f) => `${basename(dir)}/${relative(dir, f).split('\\').join('/')}`);
  const page = input.page();
  const helper = page.locator('#e2e-folder-helper');
  await page.evaluate(() => {
    if (document.getElementById('e2e-folder-helper')) return;
    const el = Object.assign(document.createElement('input'), {
      type: 'file',
      multiple: true,
      id: 'e2e-folder-helper',
    });
    el.hidden = true;
    document.body.append(el);
  });
  await helper.setInputFiles(files);
  await input.evaluate((target, paths) => {
    const source = document.getElementById('e2e-folder-helper') as HTMLInputElement;
    const transfer = new DataTransfer();
    Array.from(source.files ?? []).forEach((file, i) => {
      Object.defineProperty(file, 'webkitRelativePath', { value: paths[i] });
      transfer.items.add(file);
    });
    source.remove();
    (target as HTMLInputElement).files = transfer.files;
    target.dispatchEvent(new Event('change', { bubbles: true }));
  }, relativePaths);
}
