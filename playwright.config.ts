import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/chromium.ts';

const port = Number(process.env['IMAGING_VAULT_E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    trace: 'off',
  },
  // The built app, served as `npm start` serves it. `npm run test:e2e` builds it first.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
