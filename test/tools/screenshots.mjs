// Takes desktop (1280x800) and phone (360x740) screenshots of app paths for a person to look at.
// Usage: node test/tools/screenshots.mjs OUT_DIR /path [/other ...]   (with `npm start` running)
import { chromium } from 'playwright';
import { mkdirSync } from 'node:fs';

const [out = '/tmp/screens', ...paths] = process.argv.slice(2);
const base = process.env.IMAGING_VAULT_URL ?? 'http://127.0.0.1:4173';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.IMAGING_VAULT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
]) {
  const page = await browser.newPage({ viewport });
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(base + path);
    await page.waitForTimeout(300);
    const file = `${out}/${name}${path.replaceAll('/', '_') || '_root'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
