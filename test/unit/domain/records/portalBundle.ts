/**
 * A FHIR R4 Bundle shaped like a patient-portal export (Epic/Cerner style): absolute fullUrls, codings with
 * system/code/display, extensions, contained resources, urn:uuid entries, Binary attachments, and resource
 * types the import does not use. Built in code so the tests run anywhere; expectations come from these values.
 */
const BASE = 'https://fhir.example-health.org/api/FHIR/R4';

type Resource = { resourceType: string; id?: string } & Record<string, unknown>;

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const status = (system: string, code: string) => ({ coding: [{ system, code, display: code }] });
const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const epicExtension = {
  url: 'http://open.epic.com/FHIR/StructureDefinition/extension/ip-source',
  valueString: 'x',
};

export const NOTE_TEXT =
  'Patient seen for follow-up.\nBP 128/82. Continue metoprolol.\nCafé au lait spot unchanged — Ødegaard.';
export const HTML_NOTE =
  '<html><head><style>p{}</style></head><body><p>Chest CT: 8&nbsp;mm nodule &amp; stable.</p><p>Plan: repeat in 12 months</p></body></html>';

export function portalResources(): Array<{ fullUrl?: string; resource: Resource }> {
  const entries: Resource[] = [
    {
      resourceType: 'Patient',
      id: 'eP1',
      extension: [
        { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'F' },
      ],
      name: [
        { use: 'usual', text: 'Jane Q. Doe' },
        { use: 'official', family: 'Doe', given: ['Jane', 'Quinn'] },
      ],
      birthDate: '1970-04-01',
    },
    {
      resourceType: 'Practitioner',
      id: 'prLee',
      name: [{ use: 'official', family: 'Lee', given: ['Mary'], prefix: ['Dr.'] }],
    },
    {
      resourceType: 'AllergyIntolerance',
      id: 'alPen',
      extension: [epicExtension],
      clinicalStatus: status(ALLERGY_CLINICAL, 'active'),
      verificationStatus: status(ALLERGY_VERIFICATION, 'confirmed'),
      code: {
        coding: [
          { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7980', display: 'penicillin G' },
        ],
        text: 'Penicillins',
      },
      patient: { reference: 'Patient/eP1', display: 'Doe, Jane' },
      recordedDate: '2015-03-04T10:22:00Z',
      reaction: [
        {
          manifestation: [
            { coding: [{ system: 'http://snomed.info/sct', code: '247472004', display: 'Hives' }] },
          ],
          severity: 'moderate',
        },
        { manifestation: [{ text: 'Anaphylaxis' }, { text: 'Hives' }], severity: 'severe' },
      ],
    },
    {
      resourceType: 'AllergyIntolerance',
      id: 'alLatex',
      clinicalStatus: status(ALLERGY_CLINICAL, 'inactive'),
      code: { coding: [{ system: 'http://snomed.info/sct', code: '111088007', display: 'Latex' }] },
      patient: { reference: 'Patient/eP1' },
    },
    {
      resourceType: 'AllergyIntolerance',
      id: 'alErr',
      clinicalStatus: status(ALLERGY_CLINICAL, 'active'),
      verificationStatus: status(ALLERGY_VERIFICATION, 'entered-in-error'),
      code: { text: 'Sulfa' },
      patient: { reference: 'Patient/eP1' },
    },
    {
      resourceType: 'MedicationRequest',
      id: 'mrMeto',
      status: 'active',
      intent: 'order',
      contained: [
        {
          resourceType: 'Medication',
          id: 'med1',
          code: {
            coding: [
              {
                system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
                code: '866436',
                display: 'metoprolol succinate ER 50 MG',
              },
            ],
            text: 'metoprolol succinate ER 50 MG 24 hr tablet',
          },
        },
      ],
      medicationReference: { reference: '#med1' },
      subject: { reference: 'Patient/eP1' },
      authoredOn: '2023-02-01',
      requester: { reference: `${BASE}/Practitioner/prLee`, display: 'Lee, Mary MD' },
      dosageInstruction: [
        {
          text: 'Take 1 tablet (50 mg total) by mouth daily.',
          timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
          route: { text: 'Oral' },
          doseAndRate: [
            {
              type: { coding: [{ code: 'ordered', display: 'Ordered' }] },
              doseQuantity: { value: 50, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
            },
          ],
        },
      ],
    },
    {
      resourceType: 'MedicationRequest',
      id: 'mrAtor',
      status: 'stopped',
      intent: 'order',
      medicationReference: {
        reference: 'urn:uuid:6f1c2a43-0000-4000-8000-000000000001',
        display: 'atorvastatin',
      },
      requester: { display: 'Smith, John' },
      dosageInstruction: [
        {
          timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['HS'] } },
          doseAndRate: [{ doseQuantity: { value: 40, unit: 'mg' } }],
        },
      ],
    },
    {
      resourceType: 'MedicationStatement',
      id: 'msAsa',
      status: 'active',
      medicationCodeableConcept: {
        coding: [
          {
            system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
            code: '243670',
            display: 'aspirin 81 MG Oral Tablet',
          },
        ],
      },
      informationSource: { display: 'Patient' },
      dosage: [
        {
          text: 'Take 81 mg by mouth twice daily as needed',
          asNeededBoolean: true,
          timing: { code: { text: 'BID' } },
        },
      ],
    },
    {
      resourceType: 'MedicationRequest',
      id: 'mrMissing',
      status: 'active',
      medicationReference: { reference: 'Medication/notInFile', display: 'lisinopril 10 MG Oral Tablet' },
      dosageInstruction: [{ text: 'Take 10 mg by mouth daily' }],
    },
    {
      resourceType: 'Condition',
      id: 'cHtn',
      extension: [epicExtension],
      clinicalStatus: status(CONDITION_CLINICAL, 'active'),
      verificationStatus: status(CONDITION_VERIFICATION, 'confirmed'),
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'problem-list-item',
              display: 'Problem List Item',
            },
          ],
        },
      ],
      code: {
        coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' }],
        text: 'Essential hypertension',
      },
      onsetDateTime: '2012-05-10',
      recordedDate: '2012-06-01T08:00:00-05:00',
    },
    {
      resourceType: 'Condition',
      id: 'cBronch',
      clinicalStatus: status(CONDITION_CLINICAL, 'resolved'),
      category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
      code: { text: 'Acute bronchitis' },
      onsetPeriod: { start: '2019-01' },
    },
    {
      resourceType: 'Condition',
      id: 'cAbated',
      code: { text: 'Ankle sprain' },
      abatementDateTime: '2020-02-01',
    },
    {
      resourceType: 'Condition',
      id: 'cErr',
      verificationStatus: status(CONDITION_VERIFICATION, 'entered-in-error'),
      code: { text: 'Diabetes' },
    },
    {
      resourceType: 'DocumentReference',
      id: 'dPlain',
      status: 'current',
      type: {
        coding: [{ system: 'http://loinc.org', code: '11506-3', display: 'Progress note' }],
        text: 'Progress Notes',
      },
      date: '2023-02-01T15:04:00Z',
      author: [{ reference: 'Practitioner/prLee', display: 'Lee, Mary MD' }],
      content: [
        { attachment: { contentType: 'application/pdf', url: `${BASE}/Binary/pdf1` } },
        { attachment: { contentType: 'text/plain; charset=utf-8', data: b64(NOTE_TEXT) } },
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dHtml',
      status: 'current',
      description: 'CT chest report',
      context: { period: { start: '2022-11-20' } },
      author: [{ display: 'Radiology' }],
      content: [{ attachment: { contentType: 'text/html', url: 'Binary/bHtml' } }],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dPdf',
      status: 'current',
      content: [{ attachment: { contentType: 'application/pdf', data: b64('%PDF-1.4') } }],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dRemote',
      status: 'current',
      content: [{ attachment: { contentType: 'text/plain', url: `${BASE}/Binary/elsewhere` } }],
    },
    { resourceType: 'Binary', id: 'bHtml', contentType: 'text/html', data: b64(HTML_NOTE) },
    { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'BP' } },
    { resourceType: 'Observation', id: 'o2', status: 'final', code: { text: 'HR' } },
    { resourceType: 'Encounter', id: 'e1', status: 'finished' },
  ];
  const out: Array<{ fullUrl?: string; resource: Resource }> = entries.map((resource) => ({
    fullUrl: `${BASE}/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
  }));
  out.push({
    fullUrl: 'urn:uuid:6f1c2a43-0000-4000-8000-000000000001',
    resource: {
      resourceType: 'Medication',
      code: { coding: [{ display: 'atorvastatin calcium 40 MG Oral Tablet' }] },
    },
  });
  return out;
}

export function portalBundle(): string {
  return JSON.stringify(
    {
      resourceType: 'Bundle',
      id: 'export-1',
      type: 'collection',
      timestamp: '2024-01-05T12:00:00Z',
      entry: portalResources(),
    },
    null,
    2,
  );
}
