import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PLACES } from './places';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on the current page (axe is evaluated, not fetched). */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`axe finds no serious or critical violation on any screen (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const place of PLACES) {
      await page.goto(place.path);
      await page.locator('h1#page-title').waitFor();
      const found = await seriousViolations(page);
      expect(
        found.map((v) => `${place.path}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes[0]?.target)}`),
      ).toEqual([]);
    }
  });
}
