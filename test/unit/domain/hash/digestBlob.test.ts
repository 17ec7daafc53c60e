import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  digestBlob,
  digestBytes,
  digestStream,
  ONE_SHOT_LIMIT,
  type HashAlgorithm,
} from '../../../../src/domain/hash';

const ALL: HashAlgorithm[] = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

/** Node's OpenSSL computes the expectations independently of WebCrypto and hash-wasm. */
function reference(bytes: Uint8Array, algorithms: readonly HashAlgorithm[] = ALL): Record<string, string> {
  return Object.fromEntries(algorithms.map((a) => [a, createHash(a).update(bytes).digest('hex')]));
}

function patterned(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < bytes.length; i += 4093) bytes[i] = i & 0xff;
  return bytes;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('digestBlob', () => {
  it('matches known vectors for the empty blob', async () => {
    expect(await digestBlob(new Blob(['']), ['sha256', 'md5'])).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
    });
  });

  it('computes every supported algorithm in one call, each agreeing with OpenSSL', async () => {
    const bytes = new TextEncoder().encode('The quick brown fox jumps over the lazy dog\n');
    expect(await digestBlob(new Blob([bytes]), ALL)).toEqual(reference(bytes));
    expect(await digestBytes(bytes, ['sha512', 'sha224', 'sha224'])).toEqual(
      reference(bytes, ['sha224', 'sha512']),
    );
  });

  it('streams blobs above the one-shot limit and agrees with the one-shot path', async () => {
    const bytes = patterned(ONE_SHOT_LIMIT + 5 * 1024 * 1024 + 3);
    const progress: number[] = [];
    let tapped = 0;
    const digests = await digestBlob(new Blob([bytes]), ['sha256', 'md5', 'sha1'], {
      onProgress: (n) => progress.push(n),
      tap: (chunk) => (tapped += chunk.length),
    });
    expect(digests).toEqual(reference(bytes, ['sha256', 'md5', 'sha1']));
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(tapped).toBe(bytes.length);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(digestBlob(new Blob(['x']), ['sha256'], { signal: controller.signal })).rejects.toThrow();
  });
});

describe('digestStream', () => {
  it('gives the same digests whether the size is known (one-shot) or not (incremental)', async () => {
    const bytes = patterned(3 * 1024 * 1024 + 17);
    const expected = reference(bytes);
    const tapped: number[] = [];
    expect(
      await digestStream(chunked(bytes, 100_003), ALL, {
        size: bytes.length,
        tap: (c) => tapped.push(c.length),
      }),
    ).toEqual(expected);
    expect(tapped).toEqual([bytes.length]);
    const progress: number[] = [];
    expect(await digestStream(chunked(bytes, 65_536), ALL, { onProgress: (n) => progress.push(n) })).toEqual(
      expected,
    );
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('reads a web ReadableStream', async () => {
    const bytes = patterned(10_000);
    expect(await digestStream(new Blob([bytes]).stream(), ['sha384'])).toEqual(reference(bytes, ['sha384']));
  });

  it('stops when cancelled mid-stream', async () => {
    const controller = new AbortController();
    const source = (async function* () {
      yield new Uint8Array(10);
      controller.abort();
      yield new Uint8Array(10);
    })();
    await expect(digestStream(source, ['md5'], { signal: controller.signal })).rejects.toThrow();
  });
});
