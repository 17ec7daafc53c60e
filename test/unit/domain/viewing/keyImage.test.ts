import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  captionLayout,
  KEY_IMAGE_CAPTION_LINES,
  keyImageFileName,
} from '../../../../src/domain/viewing';

describe('captionLayout', () => {
  it('keeps lines at least 14 pixels high and grows them with wide images', () => {
    expect(captionLayout(64).lineHeight).toBe(14);
    expect(captionLayout(3600).lineHeight).toBe(100);
    const { lineHeight, padding, height } = captionLayout(512);
    expect(height).toBe(KEY_IMAGE_CAPTION_LINES * lineHeight + 2 * padding);
  });
});

describe('bytesToBase64', () => {
  it("matches Node's own base64, also beyond one slice", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 20 },
    );
  });
});

describe('keyImageFileName', () => {
  it('names the image by date, series, instance and time, with no unsafe characters', () => {
    const name = keyImageFileName({
      studyDate: '20240501',
      seriesNumber: 3,
      instanceNumber: 17,
      frame: 4,
      frames: 10,
      createdAt: new Date('2024-06-02T08:09:10.123Z'),
    });
    expect(name).toBe('key-image_20240501_s3_i17_f5_20240602T080910Z.png');
    expect(keyImageFileName({ frame: 0, frames: 1, createdAt: new Date(0), studyDate: '../x y' })).toBe(
      'key-image_x-y_19700101T000000Z.png',
    );
  });
});
