import { describe, expect, it } from 'vitest';
import { scanLogRows } from '../../../../src/domain/records/scanLogFromCatalog';
import type { CatalogStudyFacts } from '../../../../src/domain/records/scanLogFromCatalog';
import type { ScanLogRow } from '../../../../src/domain/records/scanLog';

const studies: CatalogStudyFacts[] = [
  { id: 'b', studyUid: '1.2.2', date: '20231016', modalities: ['MR'], bodyParts: [], institution: 'CHUV' },
  { id: 'a', studyUid: '1.2.1', date: undefined, modalities: ['CT'], bodyParts: ['HEAD'], institution: '' },
  {
    id: 'c',
    studyUid: '1.2.3',
    date: '20150206',
    modalities: ['CT', 'SR'],
    bodyParts: ['BRAIN'],
    institution: 'QMC',
  },
];

const saved = (over: Partial<ScanLogRow>): ScanLogRow => ({
  id: 'x',
  studyUid: '',
  date: '2010-01-01',
  bodyPart: '',
  modality: '',
  facility: '',
  facilityId: null,
  keyMeasurements: '',
  storedInVault: false,
  originalDiscLabel: '',
  ...over,
});

describe('scanLogRows', () => {
  it('makes one row per vault study from the catalog, dated ones by date, undated last', () => {
    const rows = scanLogRows(studies, []);
    expect(rows.map((r) => [r.id, r.date, r.modality, r.bodyPart, r.facility, r.storedInVault])).toEqual([
      ['c', '2015-02-06', 'CT, SR', 'BRAIN', 'QMC', true],
      ['b', '2023-10-16', 'MR', '', 'CHUV', true],
      ['a', '', 'CT', 'HEAD', '', true],
    ]);
  });

  it('keeps what the patient typed over the catalog, and the rows of scans not in the vault', () => {
    const rows = scanLogRows(studies, [
      saved({
        id: 'b',
        date: '',
        bodyPart: 'Knee',
        keyMeasurements: 'ACL tear',
        originalDiscLabel: 'Disc 3',
        facilityId: 'f1',
      }),
      saved({ id: 'paper', modality: 'US', date: '2001-05-05' }),
      saved({ id: 'gone', studyUid: '9.9', storedInVault: true, date: '2005-01-01' }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['paper', 'gone', 'c', 'b', 'a']);
    const b = rows.find((r) => r.id === 'b');
    expect(b).toMatchObject({
      bodyPart: 'Knee',
      modality: 'MR',
      facility: 'CHUV',
      facilityId: 'f1',
      keyMeasurements: 'ACL tear',
      originalDiscLabel: 'Disc 3',
      date: '2023-10-16',
      studyUid: '1.2.2',
      storedInVault: true,
    });
    expect(rows.find((r) => r.id === 'gone')?.storedInVault).toBe(false);
  });
});
