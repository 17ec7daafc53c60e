/**
 * How tests launch Chromium. Playwright's own browser download does not work on these machines, so the
 * tests use the system's Chromium (Debian's /usr/bin/chromium); IMAGING_VAULT_CHROMIUM points them at
 * another binary. The flags stop Chromium's own background traffic, which this offline machine refuses.
 */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
    executablePath: process.env['IMAGING_VAULT_CHROMIUM'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
