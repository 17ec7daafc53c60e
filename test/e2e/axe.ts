import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Engines where axe cannot run. Firefox ESR 153's content process crashes (SIGSEGV) in axe.run under
 * WebDriver BiDi once a password field of this app has been typed into — whether axe is evaluated, injected
 * as a preload script or left to finish on its own, with any of a dozen rules (bisected; docs/testing.md).
 * Accessibility is a property of the DOM the app renders, which is the same in every engine: Chromium runs
 * every rule on every screen.
 */
export const AXE_UNAVAILABLE: Record<string, string> = {
  firefox: 'axe.run crashes Firefox ESR 153’s content process under WebDriver BiDi (docs/testing.md)',
};

/** Serious and critical axe-core violations on the current page (axe is evaluated, never fetched). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const engine = page.context().browser()?.browserType().name() ?? 'chromium';
  const unavailable = AXE_UNAVAILABLE[engine];
  if (unavailable) {
    test.info().annotations.push({ type: 'axe not run', description: unavailable });
    return [];
  }
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
