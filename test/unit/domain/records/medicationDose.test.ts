import { describe, expect, it } from 'vitest';
import { findDoses, formatDose, parseDose, sameDose } from '../../../../src/domain/records/medicationDose';

function same(a: string, b: string): boolean {
  const x = parseDose(a);
  const y = parseDose(b);
  if (!x || !y) throw new Error(`unreadable dose: ${a} / ${b}`);
  return sameDose(x, y);
}

describe('parseDose', () => {
  it('reads spacing and unit variants as the same dose', () => {
    expect(same('50mg', '50 mg')).toBe(true);
    expect(same('50 MG', '50 milligrams')).toBe(true);
    expect(same('0.05 g', '50 mg')).toBe(true);
    expect(same('1 g', '1000 mg')).toBe(true);
    expect(same('50 mcg', '0.05 mg')).toBe(true);
    expect(same('50 µg', '50 mcg')).toBe(true); // U+00B5 micro sign
    expect(same('50 μg', '50 ug')).toBe(true); // U+03BC Greek mu
    expect(same('2,5 mg', '2.5 mg')).toBe(true);
    expect(same('1,000 units', '1000 IU')).toBe(true);
  });

  it('tells different doses apart', () => {
    expect(same('50 mg', '25 mg')).toBe(false);
    expect(same('50 mg', '50 mcg')).toBe(false);
    expect(same('10 mEq', '10 mg')).toBe(false);
  });

  it('reads combination strengths, in any order', () => {
    expect(parseDose('20-12.5 mg')).toEqual({ amounts: [20, 12.5], unit: 'mg', perMl: null });
    expect(same('20-12.5 mg', '12.5/20 mg')).toBe(true);
    expect(same('20-12.5 mg', '20-25 mg')).toBe(false);
  });

  it('compares concentrations per mL', () => {
    expect(parseDose('5 mg/5 mL')).toEqual({ amounts: [5], unit: 'mg', perMl: 5 });
    expect(same('5 mg/5 mL', '1 mg/mL')).toBe(true);
    expect(same('250 mg/5 mL', '50 mg/mL')).toBe(true);
    expect(same('5 mg/5 mL', '5 mg')).toBe(false);
  });

  it('prefers a strength over a count of tablets', () => {
    expect(parseDose('Take 1 tablet (50 mg) daily')).toEqual({ amounts: [50], unit: 'mg', perMl: null });
    expect(parseDose('2 tablets')).toEqual({ amounts: [2], unit: 'count', perMl: null });
    expect(parseDose('as directed')).toBeNull();
  });

  it('does not read digits inside words as doses', () => {
    expect(findDoses('Vitamin B12 1000 mcg').map((f) => f.dose.amounts[0])).toEqual([1]);
    const text = 'vitamin d3 2000 units';
    expect(findDoses(text)[0]?.index).toBe(text.indexOf('2000'));
  });

  it('formats normalised doses', () => {
    expect(formatDose(parseDose('0.1 g') ?? { amounts: [], unit: 'mg', perMl: null })).toBe('100 mg');
  });
});
