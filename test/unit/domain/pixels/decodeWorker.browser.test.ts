import charlsFactory from '@cornerstonejs/codec-charls/wasmjs';
import charlsWasm from '@cornerstonejs/codec-charls/wasm?url';
import openjpegFactory from '@cornerstonejs/codec-openjpeg/wasmjs';
import openjpegWasm from '@cornerstonejs/codec-openjpeg/wasm?url';
import openjphFactory from '@cornerstonejs/codec-openjph/wasmjs';
import openjphWasm from '@cornerstonejs/codec-openjph/wasm?url';
import { describe, expect, it } from 'vitest';
import type { DecodeApi } from '../../../../src/protocol/decodeApi';
import type { MessagePortLike } from '../../../../src/protocol/messages';
import { createWorkerClient } from '../../../../src/protocol/workerClient';
import { buildPart10, encapsulated, imagePixel } from '../../../support/syntheticDicom.mjs';

/**
 * The worker as the app runs it: a Vite-bundled module worker in Chromium whose codecs fetch their .wasm
 * from `?url` imports. The shared fixtures are outside what the test server may serve, so the codestreams
 * are made here: a synthetic 16-bit image encoded losslessly by the encoders of the same codec packages
 * (full builds), and an 8-bit one by the browser's own JPEG encoder. Lossless round trips must be exact.
 */
const ROWS = 32;
const COLUMNS = 48;
const original = Uint16Array.from(
  { length: ROWS * COLUMNS },
  (_, i) => (i * 37 + ((i / COLUMNS) | 0) * 101) % 4096,
);

interface Encoder {
  getDecodedBuffer(info: object): Uint8Array;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
  delete(): void;
}
type Factory = (options: object) => Promise<Record<string, new () => Encoder>>;

async function encode(factory: unknown, wasm: string, className: string): Promise<Uint8Array> {
  const module = await (factory as Factory)({ locateFile: () => wasm, print: () => {}, printErr: () => {} });
  const Encoder = module[className];
  if (!Encoder) throw new Error(`${className} missing`);
  const encoder = new Encoder();
  const info = {
    width: COLUMNS,
    height: ROWS,
    bitsPerSample: 12,
    componentCount: 1,
    isSigned: false,
    isUsingColorTransform: false,
  };
  encoder.getDecodedBuffer(info).set(new Uint8Array(original.buffer));
  encoder.encode();
  const out = encoder.getEncodedBuffer().slice();
  encoder.delete();
  return out;
}

function wrap(transferSyntax: string, codestream: Uint8Array): ArrayBuffer {
  const attrs = imagePixel({ rows: ROWS, columns: COLUMNS, bitsAllocated: 16, bitsStored: 12 });
  const padded = codestream.length % 2 ? Uint8Array.from([...codestream, 0]) : codestream;
  return buildPart10(transferSyntax, attrs, encapsulated([padded])).slice().buffer;
}

describe('decode worker (real module worker, codecs from ?url .wasm)', () => {
  it('round-trips lossless JPEG 2000, JPEG-LS and HTJ2K exactly, decodes JPEG, caches files', async () => {
    const worker = new Worker(new URL('../../../../workers/decode.worker.ts', import.meta.url), {
      type: 'module',
    });
    const client = createWorkerClient<DecodeApi>(worker as unknown as MessagePortLike);
    const cases: [string, Uint8Array][] = [
      ['1.2.840.10008.1.2.4.90', await encode(openjpegFactory, openjpegWasm, 'J2KEncoder')],
      ['1.2.840.10008.1.2.4.80', await encode(charlsFactory, charlsWasm, 'JpegLSEncoder')],
      ['1.2.840.10008.1.2.4.201', await encode(openjphFactory, openjphWasm, 'HTJ2KEncoder')],
    ];
    for (const [ts, codestream] of cases) {
      const result = await client.call('decodeFrame', { bytes: wrap(ts, codestream), frame: 0 });
      expect(result.ok, `${ts}: ${result.ok ? '' : result.error.message}`).toBe(true);
      if (result.ok) expect(Array.from(result.value.pixels)).toEqual(Array.from(original));
    }

    const canvas = new OffscreenCanvas(COLUMNS, ROWS);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = 'rgb(200, 100, 50)';
    context.fillRect(0, 0, COLUMNS, ROWS);
    const jpeg = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 1 })).arrayBuffer(),
    );
    const attrs = imagePixel({
      rows: ROWS,
      columns: COLUMNS,
      bitsAllocated: 8,
      samples: 3,
      photometric: 'YBR_FULL_422',
    });
    const file = buildPart10(
      '1.2.840.10008.1.2.4.50',
      attrs,
      encapsulated([jpeg.length % 2 ? Uint8Array.from([...jpeg, 0]) : jpeg]),
    );
    const decoded = await client.call('decodeFrame', { key: 'jpeg', bytes: file.slice().buffer, frame: 0 });
    expect(decoded.ok && decoded.value.photometric).toBe('RGB');
    if (decoded.ok) {
      expect(decoded.value.lossy).toBe(true);
      const [r, g, b] = Array.from(decoded.value.pixels.slice(0, 3));
      expect(
        Math.abs((r ?? 0) - 200) + Math.abs((g ?? 0) - 100) + Math.abs((b ?? 0) - 50),
      ).toBeLessThanOrEqual(6);
    }
    const again = await client.call('decodeFrame', { key: 'jpeg', frame: 0 });
    expect(again.ok).toBe(true);
    const unknown = await client.call('decodeFrame', { key: 'never-sent', frame: 0 });
    expect(unknown.ok).toBe(false);
    client.dispose();
    worker.terminate();
  });
});
