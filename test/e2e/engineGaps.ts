import { test } from '@playwright/test';

/**
 * Steps of a journey that fail in one engine for a reason not yet understood or not the app's to fix.
 * The rest of the journey still runs there; the step runs in every other engine; each gap is listed in
 * docs/testing.md and shows in the report as an annotation, so none is forgotten.
 */
const GAPS = {
  'firefox:dblclick-after-right-drag':
    'a double click right after a right-button drag does not reach the viewport under WebDriver BiDi',
  'firefox:focus-title-after-menu-enter':
    'focus given to the new page title after Enter on a menu link does not stay there under WebDriver BiDi',
  'firefox:review-note-commit':
    'a review note typed into the checklist and left with Tab does not reach the correction letter under WebDriver BiDi',
  'firefox:number-field-commit':
    'a number typed into the note-bloat threshold and left with Tab does not reach the list under WebDriver BiDi',
} as const;

export type EngineGap = keyof typeof GAPS;

/** True when `gap` applies to the running engine: the caller then leaves that step out, annotated. */
export function hasGap(browserName: string, gap: EngineGap): boolean {
  if (!gap.startsWith(`${browserName}:`)) return false;
  test.info().annotations.push({ type: 'engine gap', description: `${gap}: ${GAPS[gap]}` });
  return true;
}
