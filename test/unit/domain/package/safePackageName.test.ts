import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safePackageName } from '../../../../src/domain/package/safePackageName';

const SAFE = /^[A-Za-z0-9._-]+$/;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

describe('safePackageName', () => {
  it('drops accents and keeps extensions', () => {
    expect(safePackageName('Müller, Jürgen – Befund.pdf')).toBe('Muller_Jurgen_Befund.pdf');
    expect(safePackageName('Straße Ærø Łódź')).toBe('Strasse_AEro_Lodz');
    expect(safePackageName('  ..hidden report.txt  ')).toBe('hidden_report.txt');
    expect(safePackageName('-rf')).toBe('rf');
  });
  it('keeps names with non-Latin letters apart by a hash of the original', () => {
    const a = safePackageName('山田 CT');
    const b = safePackageName('佐藤 CT');
    expect(a).toMatch(/^CT-[0-9a-f]{6}$/);
    expect(b).toMatch(/^CT-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(safePackageName('山田太郎')).toMatch(/^unnamed-[0-9a-f]{6}$/);
    expect(safePackageName('', undefined, { fallback: 'document' })).toBe('document');
  });
  it('avoids Windows device names', () => {
    expect(safePackageName('CON')).toBe('CON_');
    expect(safePackageName('nul.txt')).toBe('nul_.txt');
  });
  it('numbers case-insensitive collisions in a folder', () => {
    const taken = new Set<string>();
    expect(safePackageName('Report.pdf', taken)).toBe('Report.pdf');
    expect(safePackageName('report.pdf', taken)).toBe('report-2.pdf');
    expect(safePackageName('Répört.pdf', taken)).toBe('Report-3.pdf');
  });
  it('always gives a short, safe, unique name (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.constantFrom('CON', 'aux.pdf', 'Lpt1', '..', '-', 'a'.repeat(100), 'é'),
          ),
          { maxLength: 30 },
        ),
        (names) => {
          const taken = new Set<string>();
          const out = names.map((n) => safePackageName(n, taken, { maxLength: 40 }));
          for (const name of out) {
            expect(name).toMatch(SAFE);
            expect(name.length).toBeLessThanOrEqual(40);
            expect(name).not.toMatch(RESERVED);
            expect(name.startsWith('-') || name.startsWith('.') || name.endsWith('.')).toBe(false);
          }
          expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
