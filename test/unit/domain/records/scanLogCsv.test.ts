import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/domain/records/parseCsv';
import type { ScanLogRow } from '../../../../src/domain/records/scanLog';
import { parseScanLogCsv, scanLogToCsv, SCAN_LOG_COLUMNS } from '../../../../src/domain/records/scanLogCsv';

const rows: ScanLogRow[] = [
  {
    id: 'r1',
    studyUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320',
    date: '2021-03-04',
    bodyPart: 'Chest',
    modality: 'CT',
    facility: 'Hôpital Saint-Éloi, Montpellier',
    facilityId: 'f1',
    keyMeasurements: 'Nodule RUL 8 x 6 mm\n"stable" vs 2020',
    storedInVault: true,
    originalDiscLabel: 'CD #3 — 2021',
  },
  {
    id: 'r2',
    studyUid: '',
    date: '2019-11-30',
    bodyPart: 'Liver',
    modality: 'MR',
    facility: '東京大学病院',
    facilityId: null,
    keyMeasurements: '-12 HU; =lesion 2',
    storedInVault: false,
    originalDiscLabel: '',
  },
];

describe('scan log CSV', () => {
  it('writes one row per study under the documented headers', () => {
    const records = parseCsv(scanLogToCsv(rows));
    expect(records[0]).toEqual(SCAN_LOG_COLUMNS.map(([, h]) => h));
    expect(records[1]).toEqual([
      '2021-03-04',
      'Chest',
      'CT',
      'Hôpital Saint-Éloi, Montpellier',
      'Nodule RUL 8 x 6 mm\n"stable" vs 2020',
      'yes',
      'CD #3 — 2021',
      '1.2.840.113619.2.55.3.604688119.969.1268071029.320',
    ]);
    // "-12 HU; ..." is not a plain number, so it is guarded with an apostrophe; so is the formula after the
    // semicolon, where Excel in a semicolon locale would split the cell.
    expect(records[2]?.[4]).toBe("'-12 HU; '=lesion 2");
  });

  it('parses its own export back to the same rows (ids and facility links are the app’s to set)', () => {
    const back = parseScanLogCsv(scanLogToCsv(rows));
    expect(back.problems).toEqual([]);
    expect(back.rows).toEqual(rows.map(({ id: _id, facilityId: _f, ...rest }) => rest));
  });

  it('reads columns in any order, reports bad rows and keeps the good ones', () => {
    const text =
      'Modality,Date,Comment,Stored in vault\r\nCT,2020-01-02,x,yes\r\nMR,02/03/2020,y,no\r\nUS,2020-05-06\r\n';
    const result = parseScanLogCsv(text);
    expect(result.rows).toEqual([
      {
        date: '2020-01-02',
        modality: 'CT',
        bodyPart: '',
        facility: '',
        keyMeasurements: '',
        storedInVault: true,
        originalDiscLabel: '',
        studyUid: '',
      },
    ]);
    expect(result.problems).toEqual([
      { line: 1, reason: 'Column "Comment" is not part of the scan log; ignored.' },
      { line: 3, reason: 'Date "02/03/2020" is not a date written YYYY-MM-DD; row skipped.' },
      { line: 4, reason: 'Row has 2 fields, the header has 4; skipped.' },
    ]);
  });

  it('keeps a row with no date (a study whose header gives none), but not one with an unreadable date', () => {
    const result = parseScanLogCsv('Date,Modality\r\n,CT\r\n2020-13-01,MR\r\n');
    expect(result.rows.map((r) => [r.date, r.modality])).toEqual([['', 'CT']]);
    expect(result.problems).toEqual([
      { line: 3, reason: 'Date "2020-13-01" is not a date written YYYY-MM-DD; row skipped.' },
    ]);
  });

  it('refuses a file without a Date column, naming the columns it has', () => {
    expect(() => parseScanLogCsv('Name,Age\r\nx,1\r\n')).toThrow(/no "Date" column.*Name, Age/);
  });
});
