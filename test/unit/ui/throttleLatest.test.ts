import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from '../../../src/ui/throttleLatest';

describe('throttleLatest', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('passes the first value at once, then at most one (the latest) per interval', () => {
    const seen: number[] = [];
    const update = throttleLatest((n: number) => seen.push(n), 100);
    update(1);
    expect(seen).toEqual([1]);
    for (let n = 2; n <= 50; n++) update(n);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 50]);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1, 50]);
    update(51);
    expect(seen).toEqual([1, 50, 51]);
  });

  it('cancel drops the pending value, so a finished job is not overwritten by its last progress', () => {
    const seen: string[] = [];
    const update = throttleLatest((s: string) => seen.push(s), 100);
    update('a');
    update('b');
    update.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['a']);
  });
});
