import { describe, expect, it } from 'vitest';
import { parseMedicationList } from '../../../../src/domain/records/parseMedicationList';

const pick = (text: string) =>
  parseMedicationList(text).medications.map(({ name, dose, frequency, prescriber }) => ({
    name,
    dose,
    frequency,
    prescriber,
  }));

describe('parseMedicationList', () => {
  it('reads free-text lines, one medication each', () => {
    const text = [
      'Metoprolol succinate 50 mg once daily',
      '  atorvastatin 40mg at bedtime  ',
      '',
      'Lisinopril 10 mg',
    ].join('\n');
    expect(pick(text)).toEqual([
      { name: 'Metoprolol succinate', dose: '50 mg', frequency: 'once daily', prescriber: '' },
      { name: 'atorvastatin', dose: '40mg', frequency: 'at bedtime', prescriber: '' },
      { name: 'Lisinopril', dose: '10 mg', frequency: '', prescriber: '' },
    ]);
  });

  it('keeps product words between strength and directions in the name', () => {
    expect(pick('Metoprolol succinate ER 50 mg 24 hr tablet - take 1 tablet by mouth daily')).toEqual([
      {
        name: 'Metoprolol succinate ER 24 hr tablet',
        dose: '50 mg',
        frequency: 'take 1 tablet by mouth daily',
        prescriber: '',
      },
    ]);
  });

  it('drops bullets, numbering and pharmacy trailers, and finds the prescriber', () => {
    const text = [
      '1. Sertraline 50 mg tablet, once daily, Qty: 30, Refills: 2',
      '- Omeprazole DR 20 mg twice daily Dr. Anna Weber',
      '• Levothyroxine 75 mcg every morning; Prescribed by J. Smith; Rx# 123456',
    ].join('\r\n');
    expect(pick(text)).toEqual([
      { name: 'Sertraline tablet', dose: '50 mg', frequency: 'once daily', prescriber: '' },
      { name: 'Omeprazole DR', dose: '20 mg', frequency: 'twice daily', prescriber: 'Anna Weber' },
      { name: 'Levothyroxine', dose: '75 mcg', frequency: 'every morning', prescriber: 'J. Smith' },
    ]);
  });

  it('reads comma-separated lines without a header', () => {
    expect(pick('Metoprolol succinate, 50 mg, once daily\n"Amlodipine", "5 mg", "daily"')).toEqual([
      { name: 'Metoprolol succinate', dose: '50 mg', frequency: 'once daily', prescriber: '' },
      { name: 'Amlodipine', dose: '5 mg', frequency: 'daily', prescriber: '' },
    ]);
  });

  it('maps columns by a header row, in any order, with tabs or commas', () => {
    const tsv =
      'Directions\tMedication\tStrength\tPrescriber\nonce daily\tMetoprolol succinate ER\t50 mg\tDr Lee';
    expect(pick(tsv)).toEqual([
      { name: 'Metoprolol succinate ER', dose: '50 mg', frequency: 'once daily', prescriber: 'Dr Lee' },
    ]);
    const csv = 'Drug name,Sig,Qty\n"Lisinopril 10 mg tablet, oral",twice daily,60';
    expect(pick(csv)).toEqual([
      { name: 'Lisinopril tablet, oral', dose: '10 mg', frequency: 'twice daily', prescriber: '' },
    ]);
  });

  it('reports lines it cannot read, with their line number, and keeps the rest', () => {
    const result = parseMedicationList('Aspirin 81 mg daily\n12345\n-----\nWarfarin 5 mg');
    expect(result.medications.map((m) => [m.line, m.name])).toEqual([
      [1, 'Aspirin'],
      [4, 'Warfarin'],
    ]);
    expect(result.skipped).toEqual([{ line: 2, text: '12345', reason: 'No medication name on this line.' }]);
  });

  it('reads a name without a strength', () => {
    expect(pick('Insulin glargine as directed\nVitamin D daily')).toEqual([
      { name: 'Insulin glargine as directed', dose: '', frequency: '', prescriber: '' },
      { name: 'Vitamin D', dose: '', frequency: 'daily', prescriber: '' },
    ]);
  });
});
