import { describe, expect, it } from 'vitest';
import { clientOf } from '../../../src/protocol/clientOf';
import type { HashApi } from '../../../src/protocol/hashApi';

describe('hash worker (a real module worker in Chromium, served by serveSelf, called through clientOf)', () => {
  it('round-trips a request and streams progress', async () => {
    const worker = new Worker(new URL('../../../workers/hash.worker.ts', import.meta.url), {
      type: 'module',
    });
    const client = clientOf<HashApi>(worker);
    const progress: number[] = [];
    const digests = await client.call(
      'digest',
      { blob: new Blob(['abc']), algorithms: ['sha256', 'md5'] },
      { onProgress: (p) => progress.push(p.bytesDone) },
    );
    expect(digests).toEqual({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      md5: '900150983cd24fb0d6963f7d28e17f72',
    });
    expect(progress).toEqual([3]);
    client.dispose();
    worker.terminate();
  });
});
