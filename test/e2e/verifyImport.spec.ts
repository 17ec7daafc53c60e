import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomPath } from '../sharedData';
import { folderTruth } from './dicomTruth';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ShellPage } from './pages/ShellPage';
import { openWithNewVault } from './pages/VaultPage';
import { pickFolder } from './pickFolder';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A BagIt 1.0 bag of one real CT series, as another tool would make it. */
function makeBag(): string {
  const source = dicomPath('series', readdirSync(dicomPath('series')).sort()[0] ?? '');
  const bag = join(mkdtempSync(join(tmpdir(), 'imaging-vault-bag-')), 'received');
  const data = join(bag, 'data', 'ct');
  mkdirSync(data, { recursive: true });
  const lines: string[] = [];
  let bytes = 0;
  for (const name of readdirSync(source).sort()) {
    const from = join(source, name);
    if (!statSync(from).isFile()) continue;
    copyFileSync(from, join(data, name));
    bytes += statSync(from).size;
    lines.push(`${sha256(from)}  data/ct/${name}`);
  }
  writeFileSync(join(bag, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  writeFileSync(join(bag, 'manifest-sha256.txt'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(bag, 'bag-info.txt'),
    `Payload-Oxum: ${bytes}.${lines.length}\nInternal-Sender-Identifier: not-from-this-vault\n`,
  );
  const tags = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'].map(
    (f) => `${sha256(join(bag, f))}  ${f}`,
  );
  writeFileSync(join(bag, 'tagmanifest-sha256.txt'), `${tags.join('\n')}\n`);
  return bag;
}

test('a verified package can be imported into the vault in one step', async ({ page }) => {
  test.setTimeout(120_000);
  const bag = makeBag();
  try {
    const truth = folderTruth(join(bag, 'data'));
    await openWithNewVault(page);
    const shell = new ShellPage(page);
    await shell.open('/verify');
    await pickFolder(page.getByTestId('folder-input'), bag);
    const actions = page.getByTestId('verify-vault-actions');
    await expect(actions).toBeVisible({ timeout: 60_000 });
    await actions.getByRole('button', { name: 'Import the verified files into the vault' }).click();
    const importPage = new ImportPage(page);
    await expect(importPage.summary).toBeVisible({ timeout: 60_000 });
    await expect(importPage.summary).toContainText(`${truth.images} new files imported`);
    await shell.open('/');
    await expect(page.getByTestId('study-row')).toHaveCount(truth.studies);
  } finally {
    rmSync(join(bag, '..'), { recursive: true, force: true });
  }
});

test('without an unlocked vault, verification still works and says what unlocking would add', async ({
  page,
}) => {
  const bag = makeBag();
  try {
    await page.goto('/verify');
    await pickFolder(page.getByTestId('folder-input'), bag);
    await expect(page.getByTestId('verify-vault-actions')).toContainText('unlock your vault first', {
      timeout: 60_000,
    });
  } finally {
    rmSync(join(bag, '..'), { recursive: true, force: true });
  }
});
