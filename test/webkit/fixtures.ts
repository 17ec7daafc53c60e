import { test as base, expect } from '@playwright/test';
import { Builder } from 'selenium-webdriver';
import { startWebKitDriver, webkitCapabilities, type WebKitDriverServer } from '../webkit';
import { Downloads } from './downloads';
import { WebKitPage } from './webkitPage';

async function openSession(server: WebKitDriverServer, baseURL: string | undefined): Promise<WebKitPage> {
  const driver = await new Builder().usingServer(server.url).withCapabilities(webkitCapabilities()).build();
  await driver.manage().window().setRect({ width: 1280, height: 800 });
  return new WebKitPage(driver, baseURL ?? 'http://127.0.0.1:4173');
}

async function closeChecked(web: WebKitPage): Promise<void> {
  try {
    expect(await web.outsideRequests(), 'requests to an origin other than the app’s own').toEqual([]);
  } finally {
    await web.driver.quit();
  }
}

/**
 * Every WebKit spec takes `test` from here: `web` is a fresh MiniBrowser session (an in-memory profile, so
 * each test starts without a vault) on the built app, closed after the test; the test fails if the page
 * fetched anything from another origin. WebDriver has no request log: the guard reads the documents'
 * resource timings, which miss workers and the service worker (the Chromium guard is the authoritative one).
 */
export const test = base.extend<
  {
    web: WebKitPage;
    downloads: Downloads;
    /** Another MiniBrowser: a second, empty profile (a new phone, a new computer). */
    freshBrowser: () => Promise<WebKitPage>;
  },
  { webkitDriver: WebKitDriverServer }
>({
  webkitDriver: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature: this fixture needs no other
    async ({}, use) => {
      const server = await startWebKitDriver();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  downloads: async ({ webkitDriver }, use) => {
    await use(new Downloads(webkitDriver.downloads));
  },
  web: async ({ webkitDriver, baseURL }, use) => {
    const web = await openSession(webkitDriver, baseURL);
    let used = false;
    try {
      await use(web);
      used = true;
    } finally {
      if (used) await closeChecked(web);
      else await web.driver.quit();
    }
  },
  // WebKitWebDriver holds one session at a time: another browser needs a driver of its own.
  freshBrowser: async ({ baseURL }, use) => {
    const opened: { server: WebKitDriverServer; web: WebKitPage }[] = [];
    await use(async () => {
      const server = await startWebKitDriver();
      const web = await openSession(server, baseURL);
      opened.push({ server, web });
      return web;
    });
    for (const { server, web } of opened) {
      try {
        await closeChecked(web);
      } finally {
        await server.stop();
      }
    }
  },
});

export { expect };
