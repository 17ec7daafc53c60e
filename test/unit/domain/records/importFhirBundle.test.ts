import { describe, expect, it } from 'vitest';
import { importFhirBundle } from '../../../../src/domain/records/fhir/importFhirBundle';
import type { FhirImport } from '../../../../src/domain/records/fhir/importFhirBundle';
import { HTML_NOTE, NOTE_TEXT, portalBundle, portalResources } from './portalBundle';

function imported(text: string, name?: string): FhirImport {
  const result = importFhirBundle(text, name);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('importFhirBundle', () => {
  const result = imported(portalBundle(), 'portal-export.json');

  it('reads the patient', () => {
    expect(result.patient).toEqual({ name: 'Jane Quinn Doe', birthDate: '1970-04-01' });
  });

  it('maps AllergyIntolerance with reactions, worst severity, status and source', () => {
    expect(result.record.allergies).toEqual([
      {
        id: 'fhir:AllergyIntolerance/alPen',
        substance: 'Penicillins',
        reaction: 'Hives; Anaphylaxis',
        severity: 'severe',
        status: 'active',
        lastReviewed: '2015-03-04',
        source: { kind: 'fhir', reference: 'AllergyIntolerance/alPen', label: 'portal-export.json' },
      },
      {
        id: 'fhir:AllergyIntolerance/alLatex',
        substance: 'Latex',
        reaction: null,
        severity: null,
        status: 'resolved',
        lastReviewed: null,
        source: { kind: 'fhir', reference: 'AllergyIntolerance/alLatex', label: 'portal-export.json' },
      },
    ]);
  });

  it('maps MedicationRequest and MedicationStatement, resolving contained and bundled Medications', () => {
    const meds = result.record.medications.map(({ name, dose, frequency, prescriber, status }) => ({
      name,
      dose,
      frequency,
      prescriber,
      status,
    }));
    expect(meds).toEqual([
      {
        name: 'metoprolol succinate ER 50 MG 24 hr tablet',
        dose: '50 mg',
        frequency: 'once daily',
        prescriber: 'Dr. Mary Lee',
        status: 'active',
      },
      {
        name: 'atorvastatin calcium 40 MG Oral Tablet',
        dose: '40 mg',
        frequency: 'once daily',
        prescriber: 'Smith, John',
        status: 'stopped',
      },
      {
        name: 'aspirin 81 MG Oral Tablet',
        dose: '81 mg',
        frequency: 'BID as needed',
        prescriber: 'Patient',
        status: 'active',
      },
      {
        name: 'lisinopril 10 MG Oral Tablet',
        dose: '10 mg',
        frequency: 'Take 10 mg by mouth daily',
        prescriber: '',
        status: 'active',
      },
    ]);
    expect(result.warnings).toContain(
      "Entry 9 (MedicationRequest/mrMissing): its Medication is not in the file; used the reference's display name.",
    );
  });

  it('maps Condition status, onset, recorded date and category', () => {
    expect(result.record.problems.map(({ id: _i, source: _s, ...p }) => p)).toEqual([
      {
        condition: 'Essential hypertension',
        onset: '2012-05-10',
        status: 'active',
        lastUpdated: '2012-06-01',
        category: 'problem-list-item',
      },
      {
        condition: 'Acute bronchitis',
        onset: '2019-01',
        status: 'resolved',
        lastUpdated: null,
        category: 'encounter-diagnosis',
      },
      { condition: 'Ankle sprain', onset: null, status: 'resolved', lastUpdated: null, category: null },
    ]);
  });

  it('maps DocumentReference text from base64 data and from a bundled Binary (HTML turned to text)', () => {
    expect(
      result.record.notes.map(({ id, date, author, title, text }) => ({ id, date, author, title, text })),
    ).toEqual([
      {
        id: 'fhir:DocumentReference/dPlain',
        date: '2023-02-01T15:04:00Z',
        author: 'Dr. Mary Lee',
        title: 'Progress Notes',
        text: NOTE_TEXT,
      },
      {
        id: 'fhir:DocumentReference/dHtml',
        date: '2022-11-20',
        author: 'Radiology',
        title: 'CT chest report',
        text: 'Chest CT: 8 mm nodule & stable.\nPlan: repeat in 12 months',
      },
    ]);
    expect(HTML_NOTE).toContain('<style>p{}</style>');
    expect(result.record.notes[1]?.text).not.toContain('p{}');
  });

  it('counts other resource types and explains what it left out', () => {
    expect(result.imported).toEqual({
      AllergyIntolerance: 2,
      MedicationRequest: 3,
      MedicationStatement: 1,
      Condition: 3,
      DocumentReference: 2,
    });
    expect(result.otherTypes).toEqual({
      Practitioner: 1,
      Binary: 1,
      Observation: 2,
      Encounter: 1,
      Medication: 1,
    });
    expect(result.leftOut).toEqual([
      'Entry 5 (AllergyIntolerance/alErr) is marked entered-in-error.',
      'Entry 13 (Condition/cErr) is marked entered-in-error.',
      'Entry 16 (DocumentReference/dPdf) has no plain-text or HTML note (application/pdf); not imported as a note.',
      `Entry 17 (DocumentReference/dRemote): its text is at https://fhir.example-health.org/api/FHIR/R4/Binary/elsewhere, which is not included in the file; not imported.`,
    ]);
  });

  it('gives a clear message for malformed JSON, with line and column', () => {
    const broken = portalBundle().replace('"type": "collection",', '"type": "collection"');
    const r = importFhirBundle(broken, 'export.json');
    expect(r.ok).toBe(false);
    const line = broken.split('\n').findIndex((l) => l.includes('"timestamp"')) + 1;
    expect(!r.ok && r.error).toBe(
      `export.json is not valid JSON: expected ',' or '}' at line ${line}, column 3 (character ${broken.indexOf('"timestamp"') + 1}).`,
    );
  });

  it('refuses a single resource, a list, non-FHIR JSON and an empty file', () => {
    const error = (text: string) => {
      const r = importFhirBundle(text, 'f.json');
      return r.ok ? null : r.error;
    };
    expect(error('{"resourceType":"Patient","id":"x"}')).toBe(
      'f.json holds a single Patient resource, not a Bundle. Export the whole record as a FHIR R4 Bundle.',
    );
    expect(error('[1,2]')).toBe('f.json holds a JSON list, not a FHIR Bundle.');
    expect(error('{"hello":"world"}')).toMatch(/not FHIR: it has no "resourceType"/);
    expect(error('  ')).toBe('f.json is empty.');
  });

  it('imports an empty Bundle with a warning', () => {
    const r = imported('{"resourceType":"Bundle","type":"searchset"}', 'empty.json');
    expect(r.record).toEqual({ allergies: [], medications: [], problems: [], notes: [] });
    expect(r.warnings).toEqual(['empty.json is a Bundle with no entries: nothing to import.']);
  });

  it('reads a newline-delimited (bulk export) file as a collection', () => {
    const ndjson = portalResources()
      .map((e) => JSON.stringify(e.resource))
      .join('\n');
    const r = imported(ndjson, 'AllergyIntolerance.ndjson');
    expect(r.record.allergies.map((a) => a.substance)).toEqual(['Penicillins', 'Latex']);
    expect(r.warnings[0]).toMatch(/NDJSON/);
  });

  it('keeps going past a broken entry', () => {
    const bundle = JSON.parse(portalBundle()) as { entry: unknown[] };
    bundle.entry.unshift({ fullUrl: 'urn:uuid:x' }, 'not an object');
    const r = imported(JSON.stringify(bundle), 'the file');
    expect(r.warnings.slice(0, 2)).toEqual([
      'Entry 1 of the file holds no resource; skipped.',
      'Entry 2 of the file holds no resource; skipped.',
    ]);
    expect(r.record.allergies).toHaveLength(2);
  });
});
