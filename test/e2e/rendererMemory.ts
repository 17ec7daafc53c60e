import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';

/**
 * Peak resident memory of a Chromium's renderer processes (a tab with its workers: they are threads of
 * one process), read from Linux's /proc. The renderer pids come from the DevTools protocol
 * (SystemInfo.getProcessInfo), so other browsers on the machine never count. The kernel's high-water
 * mark (VmHWM) is reset before the work and read after it, so no peak falls between two samples.
 */
export class RendererMemory {
  private pids: number[] = [];

  constructor(private readonly browser: Browser) {}

  /** Start measuring from now: find the renderers and reset their peaks. */
  async reset(): Promise<void> {
    // Only Chromium names its renderer processes (through the DevTools protocol); elsewhere nothing is
    // sampled and peak() says so rather than report a figure it does not have.
    if (this.browser.browserType().name() !== 'chromium') {
      this.pids = [];
      return;
    }
    const cdp = await this.browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await cdp.detach();
    this.pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    // "5" resets the peak resident set size (proc(5), clear_refs); our own child process allows it.
    for (const pid of this.pids) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  }

  /** The largest renderer's peak resident memory since reset(), in bytes; null where it is not sampled. */
  peak(): number | null {
    if (this.pids.length === 0) return null;
    let largest = 0;
    for (const pid of this.pids) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      largest = Math.max(largest, kib * 1024);
    }
    return largest;
  }
}

/** Asserts a sampled peak is within budget; where the engine gives no figure, notes that in the report. */
export function expectPeakUnder(peak: number | null, budget: number, what: string): void {
  if (peak === null) {
    test.info().annotations.push({
      type: 'memory not sampled',
      description: `${what}: only Chromium names its renderers`,
    });
    return;
  }
  expect(peak, what).toBeLessThan(budget);
}
