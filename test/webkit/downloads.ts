import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files MiniBrowser saved into its download folder (the driver's home), as a person finds them. */
export class Downloads {
  constructor(readonly dir: string) {}

  private files(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  }

  /** Waits for a new file whose name matches and whose size has stopped growing; returns its path. */
  async next(name: RegExp, timeout = 120_000): Promise<string> {
    const before = new Set(this.files());
    const deadline = Date.now() + timeout;
    let last = -1;
    while (Date.now() < deadline) {
      const found = this.files().find((f) => !before.has(f) && name.test(f));
      if (found) {
        const size = statSync(join(this.dir, found)).size;
        if (size > 0 && size === last) return join(this.dir, found);
        last = size;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`No download matching ${name} arrived in ${this.dir} within ${timeout} ms`);
  }
}
