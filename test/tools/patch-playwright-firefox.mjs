// Applied by `npm ci` (package.json "postinstall"). Playwright 1.65's WebDriver-BiDi Firefox driver has two
// gaps against Debian's Firefox ESR 153, the Firefox the e2e suite runs (docs/testing.md):
//  1. every new context sends emulation.setMediaFeaturesOverride, which Firefox 153 answers "unknown
//     command", so no context can be made at all: the patch ignores exactly that answer to that command;
//  2. a download of a blob: URL arrives with neither a download id nor a navigation id (Firefox reports
//     `navigation: null`), so Playwright drops it and `page.waitForEvent('download')` never fires: the patch
//     falls back to the download's URL as its id.
// Each replacement must match exactly once. When Playwright changes (an upgrade, or the upstream fix), the
// script fails loudly instead of patching blindly; test/unit/tools/playwrightPatch.test.ts checks that the
// installed playwright-core is patched, so the patch is removed on purpose, not by accident.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const PATCH_MARKER = '/* imaging-vault: firefox-bidi patch v1 */';
export const PATCHED_VERSION = '1.65.1';

const require = createRequire(import.meta.url);

export function coreBundlePath() {
  const pkg = require.resolve('playwright-core/package.json');
  return { file: join(dirname(pkg), 'lib', 'coreBundle.js'), version: require(pkg).version };
}

const replacements = [
  {
    find: 'await this._session.send("emulation.setMediaFeaturesOverride", {',
    replace: 'await ivIgnoreUnknownCommand(this._session, "emulation.setMediaFeaturesOverride", {',
    count: 1,
  },
  {
    find: 'await this._browser._browserSession.send("emulation.setMediaFeaturesOverride", {',
    replace:
      'await ivIgnoreUnknownCommand(this._browser._browserSession, "emulation.setMediaFeaturesOverride", {',
    count: 1,
  },
  {
    find: '        if (!event.download && !event.navigation)\n          return;',
    replace: '        if (!event.download && !event.navigation && !event.url)\n          return;',
    count: 2,
  },
  {
    find: 'event.download ?? event.navigation,',
    replace: 'event.download ?? event.navigation ?? event.url,',
    count: 2,
  },
];

const helper = `
${PATCH_MARKER}
function ivIgnoreUnknownCommand(session, method, params) {
  return session.send(method, params).catch((error) => {
    if (!/unknown command/.test(String(error && error.message))) throw error;
  });
}
`;

export function patch(text) {
  let out = text;
  for (const { find, replace, count } of replacements) {
    const found = out.split(find).length - 1;
    if (found !== count) {
      throw new Error(
        `playwright-core changed: expected ${count} occurrence(s) of ${JSON.stringify(find)}, found ${found}. ` +
          'Check whether upstream fixed Firefox BiDi, then update or remove test/tools/patch-playwright-firefox.mjs.',
      );
    }
    out = out.split(find).join(replace);
  }
  return out + helper;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, version } = coreBundlePath();
  const text = readFileSync(file, 'utf8');
  if (text.includes(PATCH_MARKER)) process.exit(0);
  if (version !== PATCHED_VERSION) {
    throw new Error(
      `The Firefox patch was written for playwright-core ${PATCHED_VERSION}, this is ${version}: review it first.`,
    );
  }
  writeFileSync(file, patch(text));
  console.log(
    `Patched playwright-core ${version} for Firefox WebDriver BiDi (test/tools/patch-playwright-firefox.mjs).`,
  );
}
