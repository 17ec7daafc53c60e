import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'file:', 'chrome:', 'devtools:']);

export interface EgressGuard {
  /** Every request made so far to an origin other than the app's own. */
  readonly outside: readonly string[];
  /** For the guard's own test: drop a request that was made on purpose. */
  forgive(url: string): void;
}

/**
 * Every end-to-end test takes `test` from here. The auto fixture watches every request of the browser
 * context (pages, workers and the service worker) and fails the test if any went to another origin:
 * DESIGN.md's first invariant, "nothing leaves the device".
 */
export const test = base.extend<{ egress: EgressGuard }>({
  egress: [
    async ({ context, baseURL }, use) => {
      const guard = watchEgress(context, baseURL);
      await use(guard);
      expectNoEgress(guard);
    },
    { auto: true },
  ],
});

/** Watches a context; tests that open contexts of their own (a fresh profile) call this on each. */
export function watchEgress(context: BrowserContext, baseURL: string | undefined): EgressGuard {
  const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol) || url.origin === own) return;
    outside.push(request.url());
  });
  return {
    outside,
    forgive(url) {
      const i = outside.indexOf(url);
      if (i >= 0) outside.splice(i, 1);
    },
  };
}

export function expectNoEgress(guard: EgressGuard): void {
  expect(guard.outside, 'requests to an origin other than the app’s own').toEqual([]);
}

export { expect };
