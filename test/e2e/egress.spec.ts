import { expect, test } from './fixtures';

// Another origin on this machine where nothing listens: nothing leaves it. Not port 9 (discard): Firefox
// refuses that port before any request is made, so the guard would have nothing to see.
const OTHER_ORIGIN = 'http://127.0.0.1:39917/egress-probe.png';

test('the egress guard notices a request to another origin', async ({ page, egress }) => {
  await page.goto('/');
  // about:blank carries no CSP, so this image request really goes out and the guard must see it.
  const blank = await page.context().newPage();
  await blank.setContent(`<img src="${OTHER_ORIGIN}" alt="">`);
  await expect.poll(() => egress.outside.includes(OTHER_ORIGIN)).toBe(true);
  egress.forgive(OTHER_ORIGIN);
  await blank.close();
});

test('the Content Security Policy forbids other origins and inline scripts', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");

  const outcome = await page.evaluate(async (url) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const fetched = await fetch(url).then(
      () => 'fetched',
      () => 'blocked',
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return { fetched, inlineRan: 'inlineRan' in window || '__inlineRan' in window, violations };
  }, OTHER_ORIGIN);
  expect(outcome.fetched).toBe('blocked');
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
});
