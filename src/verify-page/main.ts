import { digestBlob } from '../domain/hash';
import { checkPackage } from './checkPackage';
import { filesOfFolder, filesOfZip, type PackageFiles } from './packageFiles';
import { fingerprintSource } from './fingerprintSource';
import { el, renderFingerprint, renderNoFingerprint, renderResult } from './renderResult';
import { errorMessage } from '../domain/text/errorMessage';

/**
 * The offline verify page placed in every package (verify.html). It is bundled into one script and
 * inlined at export time (src/domain/package/composeVerifyPage.ts); it never fetches anything.
 */
const status = document.getElementById('status') as HTMLElement;
const result = document.getElementById('result') as HTMLElement;
const folderInput = document.getElementById('folder-input') as HTMLInputElement;
const zipInput = document.getElementById('zip-input') as HTMLInputElement;

function say(text: string, tone: 'info' | 'problem' = 'info'): void {
  status.replaceChildren(el('p', { class: tone }, text));
}

let running = false;

async function run(read: () => Promise<PackageFiles> | PackageFiles): Promise<void> {
  if (running) return;
  running = true;
  folderInput.disabled = true;
  zipInput.disabled = true;
  result.replaceChildren();
  try {
    say('Reading the package…');
    const pkg = await read();
    const outcome = await checkPackage(pkg, (done, total) => say(`Checking files: ${done} of ${total}…`));
    say(`Checked ${outcome.files.length} files of ${pkg.name}.`);
    renderResult(result, pkg.name, outcome, pkg.warnings);
    const fingerprinted = fingerprintSource(pkg);
    if (fingerprinted) {
      say('Computing the package fingerprint…');
      const { sha256 } = await digestBlob(fingerprinted.blob, ['sha256']);
      if (sha256) renderFingerprint(result, sha256, fingerprinted.of);
      say(`Checked ${outcome.files.length} files of ${pkg.name}.`);
    } else {
      renderNoFingerprint(result);
    }
  } catch (error) {
    say(errorMessage(error), 'problem');
  } finally {
    running = false;
    folderInput.disabled = false;
    zipInput.disabled = false;
  }
}

folderInput.addEventListener('change', () => {
  const list = folderInput.files;
  if (list && list.length > 0) void run(() => filesOfFolder(list));
});

zipInput.addEventListener('change', () => {
  const zip = zipInput.files?.[0];
  if (zip) void run(() => filesOfZip(zip));
});
