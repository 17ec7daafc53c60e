import { describe, expect, it } from 'vitest';
import {
  backupStatus,
  fixityDue,
  instanceFileName,
  seriesFolderName,
  studyFolderName,
  type BackupRun,
} from '../../../../src/domain/backup';

describe('open copy layout', () => {
  it('names study folders <YYYY-MM-DD>_<BodyPart>_<Modality>, distinct on the same day', () => {
    const taken = new Set<string>();
    expect(studyFolderName({ date: '20190304', bodyParts: ['CHEST'], modalities: ['CT'] }, taken)).toBe(
      '2019-03-04_Chest_CT',
    );
    expect(studyFolderName({ date: '20190304', bodyParts: ['CHEST'], modalities: ['CT'] }, taken)).toBe(
      '2019-03-04_Chest_CT-2',
    );
    expect(studyFolderName({ bodyParts: [], modalities: [] }, taken)).toBe('Unknown-date_Unknown_OT');
    expect(
      studyFolderName({ date: '20200101', bodyParts: ['LEFT KNEE'], modalities: ['MR', 'SR'] }, taken),
    ).toBe('2020-01-01_Left-Knee_MR-SR');
    expect(studyFolderName({ date: '20200101', bodyParts: ['../etc/x'], modalities: ['MR'] }, taken)).toMatch(
      /^2020-01-01_[A-Za-z0-9-]+_MR$/,
    );
  });

  it('names series folders and files safely and without collisions', () => {
    const series = new Set<string>();
    expect(seriesFolderName(2, 'Ax T2 / FLAIR', series)).toBe('S002_Ax_T2_FLAIR');
    expect(seriesFolderName(undefined, undefined, series)).toBe('S000');
    const files = new Set<string>();
    expect(instanceFileName(7, 1, files)).toBe('IM00007.dcm');
    expect(instanceFileName(7, 2, files)).toBe('IM00007-2.dcm');
    expect(instanceFileName(undefined, 3, files)).toBe('IM00003.dcm');
  });
});

describe('stewardship reminders', () => {
  const run = (at: string, where: string): BackupRun => ({
    at,
    kind: 'file',
    where,
    records: 1,
    written: 1,
    bytes: 1,
    problems: 0,
  });
  const now = new Date('2026-06-01T00:00:00Z');

  it('asks for a first backup, a fresh one after a month, and a second place', () => {
    expect(backupStatus([], now).reminders).toEqual(['never']);
    const old = backupStatus([run('2026-04-01T00:00:00Z', 'a')], now);
    expect(old.reminders).toEqual(['stale', 'one-place']);
    const good = backupStatus([run('2026-05-30T00:00:00Z', 'a'), run('2026-05-20T00:00:00Z', 'b')], now);
    expect(good.reminders).toEqual([]);
    expect(good.last?.where).toBe('a');
    expect(good.count).toBe(2);
  });

  it('says a fixity check is due when none ran or the last is over a year old', () => {
    expect(fixityDue(null, now)).toBe(true);
    expect(fixityDue('2025-05-31T00:00:00Z', now)).toBe(true);
    expect(fixityDue('2025-06-02T00:00:00Z', now)).toBe(false);
  });
});
