import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../../src/domain/records/fhir/locateJsonError';

function v8Error(text: string): { position: number | null } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message);
    return { position: m ? Number(m[1]) : null };
  }
}

describe('locateJsonError', () => {
  it('finds nothing in valid JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => locateJsonError(text) === null));
  });

  it('agrees with JSON.parse on validity, and on the position wherever V8 gives one', () => {
    const mutated = fc
      .tuple(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\', '{'),
      )
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    let positioned = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        const expected = v8Error(text);
        const found = locateJsonError(text);
        expect(found === null).toBe(expected === null);
        // For an unclosed string V8 points at the end of the text; the opening quote helps a reader more.
        if (expected?.position != null && found && found.reason !== 'a string is never closed') {
          positioned++;
          expect(found.offset).toBe(expected.position);
        }
      }),
      { numRuns: 500 },
    );
    expect(positioned).toBeGreaterThan(10);
  });

  it('reports line and column', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b": [1, 2,, 3]\n}')).toEqual({
      offset: 25, // JSON.parse: "Unexpected token ','" — V8 gives no position for this one; counted by hand
      line: 3,
      column: 14,
      reason: 'unexpected character "," where a value was expected',
    });
    expect(locateJsonError('{"a": 1,}')?.reason).toBe("a trailing comma before '}'");
    expect(locateJsonError('{"a": "x')?.reason).toBe('a string is never closed');
  });
});
