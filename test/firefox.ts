/**
 * How tests launch Firefox: Debian's Firefox ESR through Playwright's WebDriver-BiDi driver (Playwright's
 * own Juggler-patched Firefox cannot be downloaded here). IMAGING_VAULT_FIREFOX points at another binary.
 * playwright-core needs two small fixes for Firefox 153, applied at install (test/tools/patch-playwright-firefox.mjs).
 */
export function firefoxLaunchOptions(): { executablePath: string } {
  return { executablePath: process.env['IMAGING_VAULT_FIREFOX'] ?? '/usr/bin/firefox-esr' };
}
