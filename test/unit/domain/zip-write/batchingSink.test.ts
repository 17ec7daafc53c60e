import { concatBytes as joined } from '../../../../src/domain/bytes/concatBytes';
import { describe, expect, it } from 'vitest';
import { batchingSink } from '../../../../src/domain/zip/write/batchingSink';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

function recorder(delayMs = 0) {
  const writes: Uint8Array[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const write = async (chunk: Uint8Array<ArrayBuffer>) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, delayMs));
    writes.push(chunk);
    inFlight--;
  };
  return { write, writes, maxInFlight: () => maxInFlight };
}

describe('batchingSink', () => {
  it('gathers small chunks into batches, passes big ones on, and keeps every byte in order', async () => {
    const { write, writes, maxInFlight } = recorder(1);
    const batched = batchingSink(write, 100);
    const input = [bytes(30, 1), bytes(16, 2), bytes(60, 3), bytes(250, 4), bytes(5, 5), bytes(99, 6)];
    for (const chunk of input) await batched.sink(chunk);
    await batched.flush();
    expect(joined(writes)).toEqual(joined(input));
    expect(writes.map((w) => w.length)).toEqual([46, 60, 250, 5, 99]);
    // One write at a time reaches the destination, even though the sink does not wait for each.
    expect(maxInFlight()).toBe(1);
  });

  it('hands each write a buffer of its own: later chunks do not change what was passed on', async () => {
    const { write, writes } = recorder();
    const batched = batchingSink(write, 8);
    const reused = bytes(4, 7);
    await batched.sink(reused);
    await batched.sink(bytes(6, 8));
    reused.fill(0);
    await batched.flush();
    expect([...writes[0]!]).toEqual([7, 7, 7, 7]);
  });

  it('a failed write surfaces at the next hand-over or at flush', async () => {
    const batched = batchingSink(async () => {
      throw new Error('disk full');
    }, 4);
    await batched.sink(bytes(3, 1));
    await batched.sink(bytes(3, 2)); // hands over the first batch; its failure is not awaited yet
    await expect(batched.flush()).rejects.toThrow('disk full');
  });
});
