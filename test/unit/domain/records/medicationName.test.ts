import { describe, expect, it } from 'vitest';
import { medicationNameKey } from '../../../../src/domain/records/medicationName';

const key = (name: string) => medicationNameKey(name).key;

describe('medicationNameKey', () => {
  it.each([
    ['Metoprolol Succinate ER 50 MG 24 hr Tablet', 'metoprolol'],
    ['metoprolol tartrate 25mg tab', 'metoprolol'],
    ['METOPROLOL', 'metoprolol'],
    ['  metoprolol   succinate ', 'metoprolol'],
    ['Sertraline HCl 50 mg', 'sertraline'],
    ['sertraline hydrochloride', 'sertraline'],
    ['Amlodipine besylate 5 mg oral tablet', 'amlodipine'],
    ['amlodipine besilate', 'amlodipine'],
    ['Levothyroxine Sodium 75 mcg', 'levothyroxine'],
    ['Clopidogrel bisulfate', 'clopidogrel'],
    ['Doxycycline hyclate 100 mg capsule', 'doxycycline'],
    ['Losartan potassium', 'losartan'],
    ['Enalapril maleate', 'enalapril'],
    ['Imatinib mesylate', 'imatinib'],
    ['Albuterol sulfate HFA (PROAIR HFA) 90 mcg/actuation inhaler', 'albuterol hfa'],
  ])('%s → %s', (name, expected) => {
    expect(key(name)).toBe(expected);
  });

  it('keeps salt words when the salt is the drug', () => {
    expect(key('Potassium chloride ER 10 mEq tablet')).toBe('potassium chloride');
    expect(key('potassium citrate')).toBe('potassium citrate');
    expect(key('Potassium Chloride')).not.toBe(key('Potassium citrate'));
  });

  it('matches combination products whatever the separator, order and abbreviation', () => {
    const a = key('lisinopril-hydrochlorothiazide 20-12.5 mg tablet');
    expect(a).toBe('hydrochlorothiazide / lisinopril');
    expect(key('Lisinopril/HCTZ 20/12.5mg')).toBe(a);
    expect(key('hydrochlorothiazide + lisinopril')).toBe(a);
    expect(key('APAP 325 mg')).toBe(key('Acetaminophen 325 mg'));
    expect(key('paracetamol')).toBe('acetaminophen');
  });

  it('does not mistake hydrochlorothiazide for a salt', () => {
    expect(key('hydrochlorothiazide')).toBe('hydrochlorothiazide');
  });

  it('reports salts and release forms apart from the key', () => {
    expect(medicationNameKey('Metoprolol Succinate ER 50 MG 24 hr Tablet')).toEqual({
      key: 'metoprolol',
      salts: ['succinate'],
      release: 'extended',
    });
    expect(medicationNameKey('metoprolol tartrate').release).toBeNull();
    expect(medicationNameKey('Diltiazem extended-release').release).toBe('extended');
    expect(medicationNameKey('Omeprazole DR 20 mg').release).toBe('delayed');
    expect(medicationNameKey('aspirin EC 81 mg').release).toBe('delayed');
    expect(medicationNameKey('Sertraline HCl').salts).toEqual(['hydrochloride']);
  });

  it('is the same on repeated calls (no regular-expression state carried over)', () => {
    const first = medicationNameKey('Nifedipine XL 30 mg');
    const second = medicationNameKey('Nifedipine XL 30 mg');
    expect(second).toEqual(first);
    expect(second.release).toBe('extended');
  });

  it('tells different drugs apart', () => {
    expect(key('metoprolol')).not.toBe(key('metformin'));
    expect(key('Vitamin D3 1000 unit')).toBe('vitamin d3');
  });
});
