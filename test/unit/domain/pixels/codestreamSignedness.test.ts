import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codestreamLayout } from '../../../../src/domain/pixels/codecs/codestreamLayout';
import { decodeFrame, openPixelSource } from '../../../../src/domain/pixels';
import { dicomPath } from '../../../sharedData';
import { compareSamples, produceReferences, readInt32, type Reference } from './pixelReference';

const FILE = 'malformed/J2K_pixelrep_mismatch.dcm';

let refs = new Map<string, Reference>();
let dispose = () => {};
beforeAll(() => {
  ({ refs, dispose } = produceReferences([FILE]));
}, 120_000);
afterAll(() => dispose());

describe('a JPEG 2000 codestream whose signedness contradicts Pixel Representation', () => {
  it('is drawn as the codestream says, equal to pydicom, and the frame says why', async () => {
    const source = openPixelSource(new Uint8Array(readFileSync(dicomPath(FILE))));
    expect(source.ok).toBe(true);
    if (!source.ok) return;
    expect(source.value.info.pixelRepresentation).toBe(1);
    const decoded = await decodeFrame(source.value, 0);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.pixelRepresentation).toBe(0);
    expect(decoded.value.notes?.[0]).toMatch(
      /codestream says its samples are unsigned .* Pixel Representation \(0028,0103\) says signed/,
    );
    const ref = refs.get(FILE);
    const frame = ref?.frames?.[0];
    expect(ref?.status, ref?.error).toBe('ok');
    if (!frame) return;
    const diff = compareSamples(decoded.value.pixels, readInt32(frame.path));
    expect(diff.maxAbs).toBe(0);
  });

  it('leaves the file’s layout alone where the two agree', () => {
    const file = { bitsAllocated: 16, bitsStored: 12, highBit: 11, pixelRepresentation: 1 };
    expect(codestreamLayout(file, { signed: true, precision: 16 })).toEqual({ layout: file });
    expect(codestreamLayout(file, undefined)).toEqual({ layout: file });
    const flipped = codestreamLayout({ ...file, pixelRepresentation: 0 }, { signed: true, precision: 13 });
    expect(flipped.layout).toEqual({
      bitsAllocated: 16,
      bitsStored: 13,
      highBit: 12,
      pixelRepresentation: 1,
    });
  });
});
