import { describe, expect, it } from 'vitest';
import { readShareRecord, shareFromRecord, studyDateToIso } from '../../../../src/domain/records/shareRecord';
import type { ShareRecord } from '../../../../src/domain/records/shareRecord';
import { holdersOfStudy, shareStage } from '../../../../src/domain/records/sharing';

/** The value the Packages feature writes, field for field. */
const fromPackages: ShareRecord = {
  packageId: 'pkg-1',
  specialistId: 'sp-1',
  studies: [{ studyId: 'cat-9', description: 'CT chest', date: '20230415' }],
  sentAt: '2023-05-01T09:30:00.000Z',
  channel: 'file-transfer',
  fingerprint: 'ab'.repeat(32),
  packageName: 'ImagingVault-2023-05-01',
  deidentified: true,
  acknowledged: false,
  verifiedByReceipt: false,
};

describe('readShareRecord', () => {
  it('reads the Packages feature value unchanged', () => {
    expect(readShareRecord('pkg-1', fromPackages)).toEqual(fromPackages);
  });

  it('fills neutral defaults for missing or mistyped fields instead of failing', () => {
    const r = readShareRecord('x', { studies: [null, { studyId: 3 }], acknowledged: 'yes' });
    expect(r).toMatchObject({
      packageId: 'x',
      specialistId: '',
      channel: 'other',
      acknowledged: false,
      verifiedByReceipt: false,
      deidentified: false,
    });
    expect(r.studies).toEqual([
      { studyId: '', description: '', date: '' },
      { studyId: '', description: '', date: '' },
    ]);
    expect(readShareRecord('y', null).packageId).toBe('y');
  });
});

describe('shareFromRecord', () => {
  it('knows a study by catalog id and by UID, and keeps the stage the booleans say', () => {
    const r: ShareRecord = {
      ...fromPackages,
      studies: [{ studyId: 'cat-9', description: '', date: '', studyInstanceUid: '1.2.3' }],
      acknowledged: true,
    };
    const share = shareFromRecord('pkg-1', r);
    expect(share.studyUids).toEqual(['cat-9', '1.2.3']);
    // Acknowledged without a date: the sent day stands in, so the stage still reads "acknowledged".
    expect(share.acknowledged).toBe('2023-05-01');
    expect(shareStage(share)).toBe('acknowledged');
    expect(shareStage(shareFromRecord('p', { ...r, verifiedByReceipt: true }))).toBe('verified');
    const withOpinion = shareFromRecord('p', {
      ...r,
      opinion: { receivedDate: '2023-06-01', documentRef: 'd', summary: 's' },
    });
    expect(shareStage(withOpinion)).toBe('opinion-received');
    for (const id of ['cat-9', '1.2.3']) {
      expect(holdersOfStudy(id, [share], []).map((h) => h.share.id)).toEqual(['pkg-1']);
    }
    expect(holdersOfStudy('other', [share], [])).toEqual([]);
  });

  it('maps an unknown channel to other and keeps a dated acknowledgement', () => {
    const share = shareFromRecord('p', {
      ...fromPackages,
      channel: 'pigeon',
      acknowledgedDate: '2023-05-03',
    });
    expect(share.channel).toBe('other');
    expect(share.acknowledged).toBe('2023-05-03');
    expect(shareStage(shareFromRecord('p', fromPackages))).toBe('sent');
  });
});

describe('studyDateToIso', () => {
  it('reads DICOM and ISO dates and gives empty for missing or impossible ones', () => {
    expect(studyDateToIso('20150206')).toBe('2015-02-06');
    expect(studyDateToIso('2015-02-06')).toBe('2015-02-06');
    expect(studyDateToIso('')).toBe('');
    expect(studyDateToIso(undefined)).toBe('');
    expect(studyDateToIso('20150231')).toBe('');
  });
});
