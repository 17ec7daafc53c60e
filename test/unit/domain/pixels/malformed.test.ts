import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, openPixelSource } from '../../../../src/domain/pixels';
import { dicomPath } from '../../../sharedData';
import {
  compareSamples,
  manifestFiles,
  produceReferences,
  readInt32,
  type Reference,
} from './pixelReference';

const files = manifestFiles(['malformed']);

let refs = new Map<string, Reference>();
let dispose = () => {};
beforeAll(() => {
  ({ refs, dispose } = produceReferences(files));
}, 120_000);
afterAll(() => dispose());

describe('malformed files give a decode or a clear error, never a crash', () => {
  it.each(files)('%s', async (file) => {
    const source = openPixelSource(new Uint8Array(readFileSync(dicomPath(file))));
    const ref = refs.get(file);
    if (!source.ok) {
      expect(source.error.message.length).toBeGreaterThan(20);
      console.info(
        `${file}: ${source.error.code}: ${source.error.message} | reference: ${ref?.status} ${ref?.error ?? ''}`,
      );
      return;
    }
    for (let i = 0; i < source.value.info.numberOfFrames; i++) {
      const frame = await decodeFrame(source.value, i);
      if (!frame.ok) {
        expect(frame.error.message.length).toBeGreaterThan(20);
        console.info(
          `${file} frame ${i + 1}: ${frame.error.code}: ${frame.error.message} | reference: ${ref?.status}`,
        );
        continue;
      }
      const refFrame = ref?.frames?.[i];
      if (ref?.status === 'ok' && refFrame) {
        const diff = compareSamples(frame.value.pixels, readInt32(refFrame.path));
        console.info(
          `${file} frame ${i + 1}: decoded; vs reference (${ref.via}) max ${diff.maxAbs} mean ${diff.meanAbs}`,
        );
      } else console.info(`${file} frame ${i + 1}: decoded; reference: ${ref?.status} ${ref?.error ?? ''}`);
    }
  });
});
