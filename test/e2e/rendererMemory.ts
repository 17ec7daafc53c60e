import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';

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
    const cdp = await this.browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await cdp.detach();
    this.pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    // "5" resets the peak resident set size (proc(5), clear_refs); our own child process allows it.
    for (const pid of this.pids) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  }

  /** The largest renderer's peak resident memory since reset(), in bytes. */
  peak(): number {
    let largest = 0;
    for (const pid of this.pids) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      largest = Math.max(largest, kib * 1024);
    }
    return largest;
  }
}
