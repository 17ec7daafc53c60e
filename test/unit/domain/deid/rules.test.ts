import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  burnedInRisk,
  PROFILE_PATTERNS,
  PROFILE_RULES,
  resolveAction,
  ruleFor,
} from '../../../../src/domain/deid';
import { cleanText, identifyingWords } from '../../../../src/domain/deid/cleanText';
import { sharedPath } from '../../../sharedData';

interface TableRow {
  tag: string;
  basicProfile: string;
  [column: string]: string;
}

describe('generated profile rules', () => {
  it('hold every row of Table E.1-1 with its basic action and option columns', () => {
    const rows = JSON.parse(
      readFileSync(sharedPath('standard', 'confidentiality_profile_attributes.json'), 'utf8'),
    ) as TableRow[];
    const singles = rows.filter((r) => /^\([0-9A-F]{4},[0-9A-F]{4}\)$/i.test(r.tag));
    expect(PROFILE_RULES.length).toBe(singles.length);
    expect(PROFILE_PATTERNS.length).toBe(
      rows.filter((r) => /X/.test(r.tag.slice(1, 10)) && !/ODD/.test(r.tag)).length,
    );
    for (const row of singles) {
      const rule = ruleFor(Number.parseInt(row.tag.replace(/[(),]/g, ''), 16));
      expect(rule?.basic, row.tag).toBe(row.basicProfile);
      expect(rule?.options?.cleanDescriptors, row.tag).toBe(row['cleanDescOpt']);
      expect(rule?.options?.retainUids, row.tag).toBe(row['rtnUIDsOpt']);
      expect(rule?.options?.retainLongitudinalFullDates, row.tag).toBe(row['rtnLongFullDatesOpt']);
    }
    expect(ruleFor(0x60023000)?.name).toBe('Overlay Data');
    expect(ruleFor(0x50100200)?.name).toBe('Curve Data');
  });

  it('resolves compound actions to the strictest and lets an enabled option override the basic action', () => {
    const byName = (name: string) => PROFILE_RULES.find((r) => r.name === name);
    const acquisitionDate = byName('Acquisition Date'); // X/Z, full dates K
    const patientId = byName('Patient ID'); // Z/D
    const allergies = byName('Allergies'); // X, patient characteristics C, clean descriptors C
    const deviceSerial = byName('Device Serial Number'); // X/Z/D, device identity K
    expect(acquisitionDate && resolveAction(acquisitionDate, {})).toBe('X');
    expect(acquisitionDate && resolveAction(acquisitionDate, { retainLongitudinalFullDates: true })).toBe(
      'K',
    );
    expect(patientId && resolveAction(patientId, {})).toBe('Z');
    expect(allergies && resolveAction(allergies, { cleanDescriptors: true })).toBe('C');
    expect(deviceSerial && resolveAction(deviceSerial, {})).toBe('X');
    expect(
      deviceSerial && resolveAction(deviceSerial, { retainDeviceIdentity: true, cleanDescriptors: true }),
    ).toBe('K');
  });
});

describe('cleanText', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
  it('drops names, IDs and long numbers and keeps the procedure words', () => {
    const words = identifyingWords([bytes('DOE^JOHN'), bytes('MRN12345')]);
    expect(text(cleanText(bytes('CT HEAD John Doe 2019-05-01 MRN12345 w/o contrast'), words))).toBe(
      'CT HEAD w/o contrast',
    );
    expect(text(cleanText(bytes('T2 3mm AX'), words))).toBe('T2 3mm AX');
    expect(text(cleanText(bytes('Müller Schädel'), identifyingWords([bytes('Müller')])))).toBe('Schädel');
  });
  it('refuses ISO 2022 text it cannot split safely', () => {
    expect(
      cleanText(new Uint8Array([0x1b, 0x24, 0x42, 0x3b, 0x33, 0x1b, 0x28, 0x42]), new Set()),
    ).toBeUndefined();
  });
});

describe('burnedInRisk', () => {
  it('flags declared annotations, ultrasound, secondary captures and documents', () => {
    expect(burnedInRisk({ burnedInAnnotation: 'YES', modality: 'CT' }).risk).toBe(true);
    expect(burnedInRisk({ modality: 'US' }).risk).toBe(true);
    expect(burnedInRisk({ sopClassUid: '1.2.840.10008.5.1.4.1.1.7' }).risk).toBe(true);
    expect(
      burnedInRisk({ sopClassUid: '1.2.840.10008.5.1.4.1.1.104.1', burnedInAnnotation: 'NO' }).risk,
    ).toBe(true);
    expect(burnedInRisk({ modality: 'US', burnedInAnnotation: 'NO' }).risk).toBe(false);
    expect(burnedInRisk({ modality: 'CT', imageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'] })).toEqual({
      risk: false,
      reason: expect.stringContaining('CT') as unknown as string,
    });
    expect(burnedInRisk({ modality: 'MR' }).reason.length).toBeGreaterThan(10);
  });
});
