import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage } from '../../../../src/verify-page/checkPackage';
import { filesOfZip } from '../../../../src/verify-page/packageFiles';
import { unzipStream } from '../../../../src/domain/zip/read';
import { makeBag } from '../verify/memoryBag';

/**
 * WebKit (Safari, every iPhone browser) has no async iteration over ReadableStream. These tests take it away
 * in Node too, so a `for await` over a stream anywhere on the verify path fails here as it did in WebKit,
 * where a valid package was reported as "Incomplete: files are missing".
 */
const iterator = Object.getOwnPropertyDescriptor(ReadableStream.prototype, Symbol.asyncIterator);
beforeAll(() => {
  delete (ReadableStream.prototype as unknown as Record<symbol, unknown>)[Symbol.asyncIterator];
});
afterAll(() => {
  if (iterator) Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, iterator);
});

function bagZip(): Uint8Array {
  const bag = makeBag({ 'data/a.dcm': 'first file '.repeat(5000), 'data/b.txt': 'second' });
  // Payload stored, tag files deflated: both decoding paths are read.
  return zipSync(
    Object.fromEntries(
      [...bag].map(([path, bytes]) => [`pkg/${path}`, [bytes, { level: path.startsWith('data/') ? 0 : 6 }]]),
    ),
  );
}

describe('reading ZIPs in a browser without ReadableStream async iteration', () => {
  it('really has no async iterator on streams in this test', () => {
    expect(Symbol.asyncIterator in new Blob(['x']).stream()).toBe(false);
  });

  it('verifies a valid ZIP package as valid, as the package’s verify.html does', async () => {
    const zip = new File([bagZip() as Uint8Array<ArrayBuffer>], 'pkg.zip');
    const result = await checkPackage(await filesOfZip(zip), () => undefined);
    expect(result.files.filter((f) => f.verdict !== 'ok')).toEqual([]);
    expect(result.verdict).toBe('valid');
  });

  it('reads a ZIP front to back from a stream', async () => {
    const seen: [string, number][] = [];
    for await (const entry of unzipStream(new Blob([bagZip() as Uint8Array<ArrayBuffer>]).stream())) {
      seen.push([entry.path, (await new Response(entry.stream).arrayBuffer()).byteLength]);
    }
    expect(seen).toContainEqual(['pkg/data/a.dcm', 'first file '.repeat(5000).length]);
    expect(seen).toContainEqual(['pkg/data/b.txt', 6]);
  });
});
