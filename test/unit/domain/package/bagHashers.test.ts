import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBagHashers, ONE_SHOT_BYTES } from '../../../../src/domain/package/bagHashers';

const reference = (bytes: Uint8Array, algorithm: 'sha256' | 'md5') =>
  createHash(algorithm).update(bytes).digest('hex');

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return parts;
}

describe('bag hashers', () => {
  it('agree with OpenSSL one-shot and after switching to streaming past the one-shot limit, file after file', async () => {
    const hashers = await createBagHashers();
    const small = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff);
    const large = new Uint8Array(ONE_SHOT_BYTES + 5 * 1024 * 1024).map((_, i) => (i * 7) & 0xff);
    for (const bytes of [small, large, small, new Uint8Array(0)]) {
      hashers.start();
      for (const part of chunked(bytes, 4 * 1024 * 1024)) hashers.update(part);
      expect(await hashers.result()).toEqual({
        sha256: reference(bytes, 'sha256'),
        md5: reference(bytes, 'md5'),
      });
    }
  });
});
