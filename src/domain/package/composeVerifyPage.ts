/**
 * verify.html: one self-contained file the recipient opens from the package (file://), with no network at
 * all. The script and the style are inline and the Content Security Policy allows exactly those two (by
 * their SHA-256) and WebAssembly compilation (hash-wasm computes MD5 and streams SHA-256); default-src
 * 'none' forbids every fetch, frame, image, font and form.
 */
import { sha256Bytes } from '../hash/sha256';

const encoder = new TextEncoder();

async function sha256Base64(text: string): Promise<string> {
  const digest = await sha256Bytes(encoder.encode(text));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bundled script without its source-map comment (the map is not in the package). */
export function standaloneScript(bundle: string): string {
  const script = bundle.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '\n');
  // An ES module that imports anything would try to fetch it, which the policy forbids.
  if (/^\s*import[\s{*"']/m.test(script) || /\bimport\(/.test(script)) {
    throw new Error('The verify page script is not self-contained (it imports other modules).');
  }
  if (/<\/script/i.test(script)) throw new Error('The verify page script contains "</script".');
  return script;
}

export function verifyPageCsp(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}' 'wasm-unsafe-eval'`,
    `style-src 'sha256-${styleHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The markup the script fills in; it reads well without the script too (what the page is for). */
const BODY = `<main>
<h1>Check this package</h1>
<p class="lead">This page checks, on your own computer, that every file of this package arrived exactly as it was sent. Nothing is uploaded: the page works offline and makes no connection.</p>
<p class="caveat" id="cannot-vouch">This page came inside the package, so it cannot vouch for that package: whoever changed the files could have changed their lists and this page too. The independent check is the package fingerprint shown after the check: the sender reads you theirs by phone or another channel, and the two must match.</p>
<noscript><p class="problem">This page needs JavaScript to check the files. Without it, follow the instructions in data/README.txt (sha256sum -c manifest-sha256.txt).</p></noscript>
<section class="choose" aria-labelledby="choose-heading">
<h2 id="choose-heading">Choose the package</h2>
<p>Choose the package's folder (the one holding this page, bagit.txt and data/), or the ZIP file it came in.</p>
<div class="pickers">
<label class="picker" for="folder-input">Choose the folder<input id="folder-input" type="file" webkitdirectory multiple></label>
<label class="picker" for="zip-input">Choose the ZIP file<input id="zip-input" type="file" accept=".zip,application/zip"></label>
</div>
</section>
<section id="status" class="status" role="status" aria-live="polite"></section>
<section id="result" class="result" aria-live="polite"></section>
</main>`;

export async function composeVerifyPage(bundle: string, css: string): Promise<string> {
  const script = standaloneScript(bundle);
  const style = css.trim();
  const csp = verifyPageCsp(await sha256Base64(script), await sha256Base64(style));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>Check this package</title>',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    BODY,
    `<script type="module">${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
