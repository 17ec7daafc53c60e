/**
 * Every document kind as each of its versions was stored, built by hand (not by today's writers), with
 * what it must read as now. When a kind's version goes up, its new version is added here and the older
 * ones stay: the vault of a person who has not opened it for years holds them.
 */
export interface StoredFormat {
  /** The value as stored, by the kind's version it was written at. */
  readonly byVersion: Readonly<Record<number, unknown>>;
  /** What every one of them reads as at the kind's current version. */
  readonly reads: unknown;
}

const source = { kind: 'manual' } as const;

const share = {
  packageId: 'pkg-1',
  specialistId: 'sp-1',
  studies: [{ studyId: 'st-1', studyInstanceUid: '1.2.3', description: 'CT CHEST', date: '20240105' }],
  sentAt: '2026-03-04T10:00:00.000Z',
  channel: 'file',
  fingerprint: 'ab'.repeat(32),
  fingerprintOf: 'tagmanifest',
  packageName: 'Imaging-2026-03-04-Souza',
  deidentified: false,
  acknowledged: false,
  verifiedByReceipt: true,
  verifiedAt: '2026-03-09T08:00:00.000Z',
};

const annotation = {
  id: 'an-1',
  studyId: 'st-1',
  seriesId: 'se-1',
  sopInstanceUid: '1.2.3.4',
  frame: 0,
  kind: 'arrow',
  points: [
    { x: 10, y: 20 },
    { x: 30, y: 40 },
  ],
  createdAt: '2026-02-01T09:00:00.000Z',
};

const allergy = {
  id: 'al-1',
  substance: 'Penicillin',
  reaction: 'hives',
  severity: 'moderate',
  status: 'active',
  lastReviewed: null,
  source,
};

const correction = {
  id: 'cr-1',
  items: [
    {
      item: { kind: 'allergy', id: 'al-1' },
      section: 'Allergies',
      recorded: 'x',
      requested: 'y',
      reason: 'z',
    },
  ],
  provider: { name: 'General Hospital', department: 'Medical Records', address: '1 Main St' },
  sentDate: null,
  extension: null,
  response: null,
  confirmation: null,
  legalBasis: 'hipaa',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const same = (value: unknown): StoredFormat => ({ byVersion: { 1: value }, reads: value });

/** By kind name. */
export const STORED_FORMATS: Readonly<Record<string, StoredFormat>> = {
  share: same(share),
  specialist: {
    // As the Packages recipient step wrote a new one: without the fields it does not ask for.
    byVersion: { 1: { name: 'Dr. Ana Souza', specialty: 'Radiology', institution: 'HC', country: 'BR' } },
    reads: {
      name: 'Dr. Ana Souza',
      specialty: 'Radiology',
      institution: 'HC',
      country: 'BR',
      contact: '',
      notes: '',
    },
  },
  'opinion-document': same({
    address: 'ad'.repeat(32),
    sha256: 'cd'.repeat(32),
    fileName: 'opinion.pdf',
    mediaType: 'application/pdf',
    size: 1234,
    attachedAt: '2026-03-10T12:00:00.000Z',
  }),
  'key-image': same({
    id: 'ki-1',
    studyId: 'st-1',
    fileName: 'key-20240105-s2-i14.png',
    createdAt: '2026-02-01T09:05:00.000Z',
    pngBase64: 'iVBORw0KGgo=',
    caption: 'Patient\nDate',
  }),
  annotation: same(annotation),
  backup: same({
    at: '2026-04-01T20:00:00.000Z',
    kind: 'folder',
    where: 'Vault backup',
    records: 120,
    written: 4,
    bytes: 5_000_000,
    problems: 0,
  }),
  restore: same({
    vaultId: 'vault-1',
    backupDate: '2026-04-01T20:00:00.000Z',
    where: 'backup.ivb',
    restored: 120,
    skipped: 0,
    problems: [{ what: 'a record', reason: 'authentication failed' }],
    auditAdded: 30,
    auditDivergedAfter: null,
    addedInstanceSeries: ['se-1'],
    at: '2026-04-02T08:00:00.000Z',
    mode: 'fresh',
  }),
  'integrity-check': same({
    at: '2026-05-01T10:00:00.000Z',
    checked: 10,
    total: 10,
    bytes: 1_000_000,
    failures: [{ patient: 'DOE^JANE', study: 'CT CHEST', file: 'IM0001', reason: 'altered' }],
    cancelled: false,
  }),
  'damaged-original': same({
    v: 1,
    address: 'ef'.repeat(32),
    sha256: '01'.repeat(32),
    size: 99,
    path: 'DISC/DICOM/IM0002',
    reason: 'truncated',
    importedAt: '2026-01-02T03:04:05.000Z',
  }),
  allergy: same(allergy),
  medication: same({
    id: 'me-1',
    name: 'Metoprolol 50 mg',
    dose: '50 mg',
    frequency: 'once daily',
    prescriber: 'Dr Lee',
    status: 'active',
    source,
  }),
  problem: same({
    id: 'pr-1',
    condition: 'Hypertension',
    onset: '2019',
    status: 'active',
    lastUpdated: null,
    category: null,
    source,
  }),
  'visit-note': same({ id: 'vn-1', date: null, author: 'Dr Lee', title: 'Follow-up', text: 'Fine.', source }),
  checklist: same({
    item: { kind: 'allergy', id: 'al-1' },
    state: 'error-found',
    note: 'I am not allergic to this',
    updatedAt: '2026-01-03T00:00:00.000Z',
  }),
  'correction-request': same(correction),
  facility: same({
    id: 'fa-1',
    name: 'General Hospital',
    jurisdiction: 'NY',
    retentionYears: 6,
    minorRule: null,
    confirmed: true,
  }),
  'scan-log': same({
    id: 'sl-1',
    studyUid: '1.2.3',
    date: '2024-01-05',
    bodyPart: 'CHEST',
    modality: 'CT',
    facility: 'General Hospital',
    facilityId: 'fa-1',
    keyMeasurements: '',
    storedInVault: true,
    originalDiscLabel: 'CD 1',
  }),
  profile: {
    // A profile saved before its contact field existed reads with the field empty.
    byVersion: { 1: { name: 'Jane Doe', dateOfBirth: '1980-02-03', identifier: 'MRN 1', address: 'Here' } },
    reads: { name: 'Jane Doe', dateOfBirth: '1980-02-03', identifier: 'MRN 1', address: 'Here', contact: '' },
  },
  'pharmacy-list': same('Metoprolol 50 mg once daily\nLisinopril 10 mg'),
};
