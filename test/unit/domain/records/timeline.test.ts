import { describe, expect, it } from 'vitest';
import type { Share, Specialist } from '../../../../src/domain/records/sharing';
import { holdersOfStudy, shareStage } from '../../../../src/domain/records/sharing';
import { buildTimeline } from '../../../../src/domain/records/timeline';
import type { TimelineStudy } from '../../../../src/domain/records/timeline';

const studies: TimelineStudy[] = [
  { studyUid: '3', date: '2022-05-01', bodyPart: 'chest', modality: 'CT' },
  { studyUid: '1', date: '2019-01-10', bodyPart: 'CHEST', modality: 'CR' },
  { studyUid: '2', date: '2020-07-20', bodyPart: 'Abdomen', modality: 'CT\\PT' },
  { studyUid: '4', date: '2021-02-02', bodyPart: '', modality: 'MR' },
];
const specialists: Specialist[] = [
  {
    id: 'sp1',
    name: 'Dr. Ana Ruiz',
    specialty: 'Oncology',
    institution: 'X',
    country: 'ES',
    contact: '',
    notes: '',
  },
];
const shares: Share[] = [
  {
    id: 'sh1',
    packageId: 'pk1',
    specialistId: 'sp1',
    studyUids: ['2', '3'],
    sentAt: '2022-06-01T09:30:00Z',
    channel: 'email',
    fingerprint: 'ab'.repeat(32),
    acknowledged: '2022-06-02',
    receipt: { date: '2022-06-03', result: 'ok', documentRef: null },
    opinion: { receivedDate: '2022-07-15', documentRef: 'doc-9', summary: 'Stable' },
  },
  {
    id: 'sh2',
    packageId: 'pk2',
    specialistId: 'gone',
    studyUids: ['3'],
    sentAt: '2023-01-01T00:00:00Z',
    channel: 'usb',
    fingerprint: 'cd'.repeat(32),
    acknowledged: null,
    receipt: null,
    opinion: null,
  },
];

describe('buildTimeline', () => {
  it('groups studies by body part, case-insensitively, in date order, unrecorded last', () => {
    const t = buildTimeline(studies, 'bodyPart', shares, specialists);
    expect(t.lanes.map((l) => [l.label, l.studies.map((s) => s.studyUid)])).toEqual([
      ['CHEST', ['1', '3']],
      ['ABDOMEN', ['2']],
      ['Not recorded', ['4']],
    ]);
    expect(t.range).toEqual({ start: '2019-01-10', end: '2023-01-01' });
  });

  it('puts a study in each of its modalities’ lanes', () => {
    const t = buildTimeline(studies, 'modality');
    expect(t.lanes.map((l) => [l.key, l.studies.map((s) => s.studyUid)])).toEqual([
      ['CR', ['1']],
      ['CT', ['2', '3']],
      ['PT', ['2']],
      ['MR', ['4']],
    ]);
    expect(t.markers).toEqual([]);
  });

  it('marks shares and opinions with the recipient', () => {
    const t = buildTimeline(studies, 'bodyPart', shares, specialists);
    expect(t.markers.map((m) => [m.kind, m.date, m.specialistName])).toEqual([
      ['share', '2022-06-01', 'Dr. Ana Ruiz'],
      ['opinion', '2022-07-15', 'Dr. Ana Ruiz'],
      ['share', '2023-01-01', 'Unknown recipient'],
    ]);
  });

  it('is empty for no studies', () => {
    expect(buildTimeline([], 'modality')).toEqual({ lanes: [], markers: [], range: null });
  });
});

describe('share log', () => {
  it('shows who holds a study, newest first', () => {
    expect(
      holdersOfStudy('3', shares, specialists).map((h) => [h.share.id, h.specialist?.name ?? null]),
    ).toEqual([
      ['sh2', null],
      ['sh1', 'Dr. Ana Ruiz'],
    ]);
    expect(holdersOfStudy('1', shares, specialists)).toEqual([]);
  });

  it('gives the furthest stage reached', () => {
    expect(shares.map(shareStage)).toEqual(['opinion-received', 'sent']);
    const first = shares[0];
    if (!first) throw new Error('fixture');
    expect(shareStage({ ...first, opinion: null })).toBe('verified');
    expect(shareStage({ ...first, opinion: null, receipt: null })).toBe('acknowledged');
  });
});
