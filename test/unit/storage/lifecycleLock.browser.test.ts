import { describe, expect, it } from 'vitest';
import {
  lifecycleLockHeld,
  whenNoImportRuns,
  withImportLock,
  withLifecycleLock,
} from '../../../src/storage/lifecycleLock';

/** A promise and the function that settles it: lets a test hold a lock exactly as long as it wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('life-cycle locks (real Web Locks in Chromium)', () => {
  it('serialises life-cycle operations: the second starts only after the first ended', async () => {
    const steps: string[] = [];
    const first = gate();
    const started = gate();
    const a = withLifecycleLock(async () => {
      steps.push('a starts');
      started.open();
      await first.opened;
      steps.push('a ends');
    });
    await started.opened;
    const b = withLifecycleLock(async () => {
      steps.push('b starts');
    });
    expect(await lifecycleLockHeld()).toBe(true);
    first.open();
    await Promise.all([a, b]);
    expect(steps).toEqual(['a starts', 'a ends', 'b starts']);
    expect(await lifecycleLockHeld()).toBe(false);
  });

  it('the sweep does not run while an import holds its lock, and runs after it ended', async () => {
    const importing = gate();
    const holding = gate();
    const job = withImportLock(async () => {
      holding.open();
      await importing.opened;
    });
    await holding.opened;
    let ran = false;
    expect(await whenNoImportRuns(async () => (ran = true))).toBeNull();
    expect(ran).toBe(false);
    importing.open();
    await job;
    expect(await whenNoImportRuns(async () => 'swept')).toBe('swept');
  });

  it('imports in several tabs may run together (shared)', async () => {
    const both = gate();
    let inside = 0;
    const one = () =>
      withImportLock(async () => {
        inside++;
        if (inside === 2) both.open();
        await both.opened;
      });
    await Promise.all([one(), one()]);
    expect(inside).toBe(2);
  });
});
