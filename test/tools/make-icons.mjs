// Renders the committed PNG app icons from public/icons/*.svg with the system Chromium.
// Run after changing an SVG: node test/tools/make-icons.mjs
import { chromium } from 'playwright';
import { readFile } from 'node:fs/promises';

const browser = await chromium.launch({
  executablePath: process.env.IMAGING_VAULT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
];
for (const [svg, png, size] of jobs) {
  const markup = await readFile(new URL(`../../public/icons/${svg}`, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({
    path: new URL(`../../public/icons/${png}`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
