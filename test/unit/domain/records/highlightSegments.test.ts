import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../../src/domain/records/highlightSegments';

describe('highlightSegments', () => {
  it('marks the ranges and leaves the rest plain', () => {
    expect(
      highlightSegments('abcdefghij', [
        { start: 2, end: 4, passage: 0 },
        { start: 7, end: 20, passage: 1 },
      ]),
    ).toEqual([
      { text: 'ab', passage: null },
      { text: 'cd', passage: 0 },
      { text: 'efg', passage: null },
      { text: 'hij', passage: 1 },
    ]);
  });

  it('gives overlapping text to the range that starts first', () => {
    expect(
      highlightSegments('abcdefgh', [
        { start: 3, end: 8, passage: 1 },
        { start: 0, end: 5, passage: 0 },
      ]),
    ).toEqual([
      { text: 'abcde', passage: 0 },
      { text: 'fgh', passage: 1 },
    ]);
  });

  it('always joins back to the original text, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 60 }),
            end: fc.integer({ min: -5, max: 60 }),
            passage: fc.nat(3),
          }),
        ),
        (text, ranges) => {
          const segments = highlightSegments(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
