import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  patientLabel,
  patientName,
  personLabel,
  studyLabel,
  timeLabel,
  type StoredStudy,
} from '../../../src/catalog';
import { parsePersonName } from '../../../src/domain/dicom';

const study = (info: StoredStudy['info'], modalities: string[] = ['CT']): StoredStudy => ({
  info,
  modalities,
  bodyParts: ['HEAD'],
  seriesCount: 1,
  instanceCount: 1,
  byteSize: 1,
  flags: [],
  lastImportedAt: '2024-01-01T00:00:00.000Z',
});

describe('the labels every screen shows', () => {
  it('writes DICOM dates and times in the language of the UI, and says when a value is no date', () => {
    expect(dateLabel('20190514')).toBe('May 14, 2019');
    expect(dateLabel('2019-05-14')).toBe('2019-05-14 (as written in the file)');
    expect(dateLabel(undefined)).toBeNull();
    expect(timeLabel('0930')).toMatch(/^9:30\sAM$/);
    expect(timeLabel('')).toBeNull();
  });

  it('names a patient as read, else by ID, else not at all', () => {
    expect(patientName({ name: parsePersonName('DOE^JOHN^Q^DR^JR'), id: 'MRN-1' })).toBe(
      'DOE, DR JOHN Q, JR',
    );
    expect(patientName({ id: 'MRN-1' })).toBe('MRN-1');
    expect(patientName({})).toBeUndefined();
    expect(patientName(undefined)).toBeUndefined();
    expect(personLabel(undefined)).toBeUndefined();
  });

  it('names a study by its date and description, else by its modalities and body part', () => {
    expect(studyLabel(study({ date: '20190514', description: 'CT HEAD' }))).toBe('May 14, 2019 CT HEAD');
    expect(studyLabel(study({}, ['CT', 'PT']))).toBe('undated CT/PT HEAD');
    expect(patientLabel(undefined)).toBe('unnamed patient');
    expect(patientLabel({ info: { name: parsePersonName('=山田^太郎') } })).toBe('山田 太郎');
  });
});
