import { HEADER_CONTENT_SECURITY_POLICY } from '../../src/domain/hosting/securityHeaders';
import { serveBuiltApp } from '../e2e/staticHost';
import { test } from './fixtures';
import { createVault, unlock } from './pages';

test('after the first visit the app opens and unlocks with its host gone', async ({ web }) => {
  // A host of this test's own, so it can be taken away (the shared preview server stays up for the others).
  const host = await serveBuiltApp({ 'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY });
  let closed = false;
  try {
    web.useHost(host.url);
    await createVault(web);
    await web.until(
      () => web.evaluate<boolean>('return !!navigator.serviceWorker.controller'),
      'the service worker controlling the page',
      30_000,
    );
    await host.close();
    closed = true;
    await web.goto('/settings');
    // Unlocking proves the KDF worker and its WebAssembly came from the service worker's precache.
    await unlock(web);
    await web.expectTitle('Settings', 30_000);
  } finally {
    if (!closed) await host.close();
  }
});
