import { defineConfig, type Project } from '@playwright/test';
import { chromiumLaunchOptions } from './test/chromium.ts';
import { firefoxLaunchOptions } from './test/firefox.ts';

const port = Number(process.env['IMAGING_VAULT_E2E_PORT'] ?? 4173);

/**
 * The end-to-end suite runs in Chromium, Firefox and WebKit (docs/testing.md says how each engine is driven
 * and what each cannot do). IMAGING_VAULT_E2E_ENGINES=chromium (or firefox, webkit, or a comma list) runs
 * some of them. Playwright cannot drive a WebKit here: the webkit project's specs (test/webkit/) drive
 * Debian's WebKitGTK through WebDriver from Playwright's test runner, so one command runs all three.
 */
const engines = (process.env['IMAGING_VAULT_E2E_ENGINES'] ?? 'chromium,firefox,webkit').split(',');

const projects: Project[] = [
  { name: 'chromium', use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() } },
  {
    name: 'firefox',
    use: { browserName: 'firefox', channel: 'moz-firefox', launchOptions: firefoxLaunchOptions() },
  },
  { name: 'webkit', testDir: 'test/webkit' },
];

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    trace: 'off',
  },
  projects: projects.filter((p) => engines.includes(p.name ?? '')),
  // The built app, served as `npm start` serves it. `npm run test:e2e` builds it first.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
