import { describe, expect, it } from 'vitest';
import type { Medication } from '../../../../src/domain/records/careRecord';
import { importFhirBundle } from '../../../../src/domain/records/fhir/importFhirBundle';
import { parseMedicationList } from '../../../../src/domain/records/parseMedicationList';
import { reconcileMedications } from '../../../../src/domain/records/reconcileMedications';
import { portalBundle } from './portalBundle';

let next = 0;
function med(
  name: string,
  dose: string,
  frequency = '',
  status: Medication['status'] = 'active',
): Medication {
  next += 1;
  return { id: `m${next}`, name, dose, frequency, prescriber: '', status, source: { kind: 'manual' } };
}

describe('reconcileMedications', () => {
  it('sorts the two lists into only-on-record, only-at-pharmacy and dose differences', () => {
    const record = [
      med('Metoprolol Succinate ER 50 MG 24 hr Tablet', '1 tablet', 'once daily'),
      med('Atorvastatin calcium', '40 mg', 'nightly'),
      med('Lisinopril', '10 mg', 'daily'),
      med('Warfarin sodium', '5 mg', 'daily'),
      med('Amoxicillin', '500 mg', 'three times daily', 'completed'),
    ];
    const pharmacy = parseMedicationList(
      [
        'metoprolol 50mg once daily',
        'ATORVASTATIN 20 MG at bedtime',
        'Warfarin 5 mg daily',
        'Warfarin 1 mg daily',
        'Sertraline HCl 50 mg daily',
      ].join('\n'),
    ).medications;
    const result = reconcileMedications(record, pharmacy);

    expect(result.onlyOnRecord.map((m) => m.name)).toEqual(['Lisinopril']);
    expect(result.onlyAtPharmacy.map((m) => m.raw)).toEqual([
      'Warfarin 1 mg daily',
      'Sertraline HCl 50 mg daily',
    ]);
    expect(result.notCompared.map((m) => m.name)).toEqual(['Amoxicillin']);
    expect(result.doseDiffers.map((m) => [m.record.name, m.recordStrength, m.pharmacyStrength])).toEqual([
      ['Atorvastatin calcium', '40 mg', '20 mg'],
    ]);
    const metoprolol = result.matched.find((m) => m.record.name.startsWith('Metoprolol'));
    expect(metoprolol?.dose).toBe('same'); // "1 tablet" of a 50 mg tablet against 50mg
    expect(metoprolol?.frequency).toBe('same');
    expect(metoprolol?.notes).toEqual([
      'Salt form differs: succinate on the record, none stated at the pharmacy.',
      'Release form differs: extended on the record, not stated at the pharmacy.',
    ]);
    // The 5 mg warfarin pairs with the 5 mg line, not the first warfarin line that comes along.
    const warfarin = result.matched.find((m) => m.record.name.startsWith('Warfarin'));
    expect(warfarin?.pharmacy.raw).toBe('Warfarin 5 mg daily');
    expect(warfarin?.dose).toBe('same');
  });

  it('compares doses across units and spacing', () => {
    const result = reconcileMedications(
      [med('Levothyroxine sodium', '0.075 mg'), med('Metformin HCl', '1 g')],
      parseMedicationList('levothyroxine 75 mcg\nmetformin hydrochloride 1000mg').medications,
    );
    expect(result.matched.map((m) => m.dose)).toEqual(['same', 'same']);
    expect(result.onlyOnRecord).toEqual([]);
    expect(result.onlyAtPharmacy).toEqual([]);
  });

  it('says when doses cannot be compared instead of guessing', () => {
    const result = reconcileMedications(
      [med('Insulin glargine', '')],
      parseMedicationList('insulin glargine 20 units at bedtime').medications,
    );
    expect(result.matched[0]?.dose).toBe('not-comparable');
    expect(result.doseDiffers).toEqual([]);
  });

  it('reports a different frequency', () => {
    const result = reconcileMedications(
      [med('Metoprolol tartrate', '25 mg', 'BID')],
      parseMedicationList('Metoprolol tartrate 25 mg once daily').medications,
    );
    expect(result.matched[0]?.frequency).toBe('differs');
    expect(result.matched[0]?.notes).toEqual([]);
  });

  it('lets the caller choose which statuses count as current', () => {
    const record = [med('Prednisone', '5 mg', 'daily', 'on-hold')];
    const pharmacy = parseMedicationList('Prednisone 5 mg daily').medications;
    expect(reconcileMedications(record, pharmacy).matched).toHaveLength(1);
    const strict = reconcileMedications(record, pharmacy, { currentStatuses: ['active'] });
    expect(strict.matched).toHaveLength(0);
    expect(strict.onlyAtPharmacy).toHaveLength(1);
  });

  it('reconciles a FHIR-imported list with a pasted pharmacy list', () => {
    const imported = importFhirBundle(portalBundle(), 'export.json');
    if (!imported.ok) throw new Error(imported.error);
    const pharmacy = parseMedicationList(
      'Metoprolol Tartrate 25 mg twice daily\nAspirin EC 81mg daily\nAmlodipine besylate 5 mg daily',
    ).medications;
    const result = reconcileMedications(imported.record.medications, pharmacy);
    expect(result.notCompared.map((m) => m.name)).toEqual(['atorvastatin calcium 40 MG Oral Tablet']);
    expect(result.onlyOnRecord.map((m) => m.name)).toEqual(['lisinopril 10 MG Oral Tablet']);
    expect(result.onlyAtPharmacy.map((m) => m.name)).toEqual(['Amlodipine besylate']);
    expect(result.doseDiffers.map((m) => [m.recordStrength, m.pharmacyStrength])).toEqual([
      ['50 mg', '25 mg'],
    ]);
    const metoprolol = result.doseDiffers[0];
    expect(metoprolol?.frequency).toBe('differs');
    expect(metoprolol?.notes).toEqual([
      'Salt form differs: succinate on the record, tartrate at the pharmacy.',
      'Release form differs: extended on the record, not stated at the pharmacy.',
    ]);
    const aspirin = result.matched.find((m) => m.pharmacy.name.startsWith('Aspirin'));
    expect(aspirin?.dose).toBe('same');
    expect(aspirin?.notes).toEqual([
      'Release form differs: not stated on the record, delayed at the pharmacy.',
    ]);
  });
});
