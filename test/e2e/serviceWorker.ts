import type { Page } from '@playwright/test';

/**
 * Waits until the app's service worker controls the page. On a first visit it installs, activates and
 * claims the page a moment after load; a streamed download started before that falls back, rightly, to a
 * Blob in memory, which a test asserting the streamed path must not race into.
 */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}
