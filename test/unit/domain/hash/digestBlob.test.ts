import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestBlob, ONE_SHOT_LIMIT } from '../../../../src/domain/hash/digestBlob';

function reference(bytes: Uint8Array, algorithm: 'sha256' | 'md5'): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

describe('digestBlob', () => {
  it('matches known vectors for small blobs', async () => {
    expect(await digestBlob(new Blob(['']), ['sha256', 'md5'])).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
    });
  });

  it('streams blobs above the one-shot limit and agrees with the one-shot path', async () => {
    const bytes = new Uint8Array(ONE_SHOT_LIMIT + 5 * 1024 * 1024 + 3);
    for (let i = 0; i < bytes.length; i += 4093) bytes[i] = i & 0xff;
    const progress: number[] = [];
    const digests = await digestBlob(new Blob([bytes]), ['sha256', 'md5'], {
      onProgress: (n) => progress.push(n),
    });
    expect(digests).toEqual({ sha256: reference(bytes, 'sha256'), md5: reference(bytes, 'md5') });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(digestBlob(new Blob(['x']), ['sha256'], { signal: controller.signal })).rejects.toThrow();
  });
});
