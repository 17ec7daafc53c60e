import type { CDPSession, Page } from '@playwright/test';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Fingers on a touch screen, through the DevTools protocol (Playwright's touchscreen has one-finger taps
 * only): each move is one touch event with every finger's position, as a phone sends them.
 */
export class Fingers {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page));
  }

  /** Puts fingers down at `from`, moves them in `steps` to `to` (one point per finger), lifts them. */
  async drag(from: readonly Point[], to: readonly Point[], steps = 8): Promise<void> {
    const at = (t: number) =>
      from.map((f, i) => {
        const end = to[i] ?? f;
        return { x: f.x + (end.x - f.x) * t, y: f.y + (end.y - f.y) * t, id: i };
      });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let s = 1; s <= steps; s++)
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}
