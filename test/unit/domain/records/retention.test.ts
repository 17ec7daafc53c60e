import { describe, expect, it } from 'vitest';
import { retentionDates, retentionReminders } from '../../../../src/domain/records/retention';
import type { RetentionStudy } from '../../../../src/domain/records/retention';
import { RETENTION_EXAMPLES } from '../../../../src/domain/records/retentionExamples';
import type { Facility } from '../../../../src/domain/records/scanLog';

const facilities: Facility[] = [
  {
    id: 'adult',
    name: 'City Imaging',
    jurisdiction: 'X',
    retentionYears: 7,
    minorRule: null,
    confirmed: true,
  },
  {
    id: 'kids',
    name: "Children's Hospital",
    jurisdiction: 'Y',
    retentionYears: 10,
    minorRule: { ageOfMajority: 18, yearsAfterMajority: 10 },
    confirmed: false,
  },
  { id: 'unset', name: 'Clinic', jurisdiction: '', retentionYears: null, minorRule: null, confirmed: false },
];

const study = (id: string, date: string, facilityId: string | null): RetentionStudy => ({
  id,
  date,
  facilityId,
  label: `study ${id}`,
});

describe('retentionDates', () => {
  it('adds the facility retention years to the study date, reminding 6 months before', () => {
    const [r] = retentionDates([study('s1', '2020-08-31', 'adult')], facilities);
    expect(r).toMatchObject({
      known: true,
      destructionDate: '2027-08-31',
      reminderDate: '2027-02-28',
      basis: 'adult',
    });
  });

  it('keeps a minor’s images until majority + years when that is later', () => {
    // Born 2010-06-15, scanned at 5 (2015): 2015 + 10 = 2025, but 2010 + 18 + 10 = 2038.
    const results = retentionDates(
      [study('child', '2015-03-01', 'kids'), study('adult', '2030-03-01', 'kids')],
      facilities,
      { birthDate: '2010-06-15', reminderMonths: 12 },
    );
    expect(results[0]).toMatchObject({
      destructionDate: '2038-06-15',
      reminderDate: '2037-06-15',
      basis: 'minor',
    });
    expect(results[1]).toMatchObject({ destructionDate: '2040-03-01', basis: 'adult' });
    expect(results[0]?.known && results[0].explanation).toContain('not confirmed');
  });

  it('applies the minor rule only to scans before the age of majority', () => {
    // Scanned the day before turning 18: scan + 10 = 2038-06-14, majority + 10 = 2038-06-15 → the later.
    // Scanned the day after: an adult, so only scan + 10 = 2038-06-16 applies.
    const [r] = retentionDates([study('teen', '2028-06-14', 'kids')], facilities, {
      birthDate: '2010-06-15',
    });
    expect(r).toMatchObject({ destructionDate: '2038-06-15', basis: 'minor' });
    const [s] = retentionDates([study('teen2', '2028-06-16', 'kids')], facilities, {
      birthDate: '2010-06-15',
    });
    expect(s).toMatchObject({ destructionDate: '2038-06-16', basis: 'adult' });
  });

  it('explains what is missing instead of guessing', () => {
    const results = retentionDates(
      [study('a', '2020-01-01', null), study('b', '2020-01-01', 'unset'), study('c', '2020-01-01', 'gone')],
      facilities,
    );
    expect(results).toEqual([
      { id: 'a', known: false, reason: 'No facility is set for study a.' },
      { id: 'b', known: false, reason: 'The retention period of Clinic is not set.' },
      { id: 'c', known: false, reason: 'No facility is set for study c.' },
    ]);
    expect(retentionDates([study('e', '', 'adult')], facilities)).toEqual([
      { id: 'e', known: false, reason: 'study e has no study date.' },
    ]);
    const [d] = retentionDates([study('d', '2015-01-01', 'kids')], facilities);
    expect(d?.known && d.explanation).toContain('birth date is not set');
  });
});

describe('retentionReminders', () => {
  it('reminds from the reminder date on, and says when the date has passed', () => {
    const results = retentionDates(
      [
        study('soon', '2017-09-01', 'adult'),
        study('later', '2020-01-01', 'adult'),
        study('past', '2010-01-01', 'adult'),
      ],
      facilities,
    );
    const reminders = retentionReminders(results, '2024-05-01');
    expect(reminders.map((r) => [r.refId, r.date, r.overdue])).toEqual([
      ['past', '2017-01-01', true],
      ['soon', '2024-09-01', false],
    ]);
    expect(reminders[1]?.daysLeft).toBe(123);
  });
});

describe('RETENTION_EXAMPLES', () => {
  it('labels every default as an example to confirm', () => {
    for (const e of RETENTION_EXAMPLES) {
      expect(e.label).toMatch(/^Example/);
      expect(e.caution).toMatch(/confirm/i);
    }
  });
});
