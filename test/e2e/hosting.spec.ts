import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../src/domain/hosting/securityHeaders';
import { expect, expectNoEgress, test, watchEgress } from './fixtures';
import { serveBuiltApp } from './staticHost';

const warning = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'served without its security headers' });

test('npm start sends the security policy as a header on the page, sw.js and worker scripts', async ({
  page,
  request,
}) => {
  const probes = Promise.all(
    ['/', '/sw.js'].map((path) =>
      page.waitForResponse((r) => r.request().method() === 'HEAD' && new URL(r.url()).pathname === path),
    ),
  );
  await page.goto('/');
  await probes;
  // Worker scripts have no document to hold the meta tag: only the header protects them.
  const workers = readdirSync(join(process.cwd(), 'dist', 'assets')).filter((f) => /worker.*\.js$/.test(f));
  expect(workers.length).toBeGreaterThan(0);
  for (const path of ['/', '/sw.js', '/settings', ...workers.map((f) => `/assets/${f}`)]) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(HEADER_CONTENT_SECURITY_POLICY);
  }
  // The self-check has seen both answers; give its render a turn, then nothing may be shown.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(warning(page)).toHaveCount(0);
});

for (const [name, headers, expected] of [
  [
    'no headers at all',
    {},
    ['/: no Content-Security-Policy header.', '/sw.js: no Content-Security-Policy header.'],
  ],
  [
    'the policy without frame-ancestors',
    { 'Content-Security-Policy': META_CONTENT_SECURITY_POLICY },
    ['/: the Content-Security-Policy header lacks frame-ancestors.'],
  ],
] as const) {
  test(`a host sending ${name} gets a visible warning naming what is missing`, async ({ browser }) => {
    const host = await serveBuiltApp(headers);
    const context = await browser.newContext({ baseURL: host.url });
    const guard = watchEgress(context, host.url);
    try {
      const page = await context.newPage();
      await page.goto('/');
      await expect(warning(page)).toBeVisible();
      for (const line of expected) await expect(warning(page)).toContainText(line);
      await warning(page).getByRole('button', { name: 'Dismiss' }).click();
      await expect(warning(page)).toHaveCount(0);
      expectNoEgress(guard);
    } finally {
      await context.close();
      await host.close();
    }
  });
}
