import { describe, expect, it } from 'vitest';
import type { CareRecord } from '../../../../src/domain/records/careRecord';
import { setReviewState } from '../../../../src/domain/records/checklist';
import { draftCorrectionItems } from '../../../../src/domain/records/correctionItems';
import { correctionLetterText } from '../../../../src/domain/records/correctionLetter';
import type { CorrectionLetterInput } from '../../../../src/domain/records/correctionLetter';
import { correctionLetterHtml } from '../../../../src/domain/records/correctionLetterHtml';
import { flagAllergies } from '../../../../src/domain/records/auditFlags';

const record: CareRecord = {
  allergies: [
    {
      id: 'a1',
      substance: 'Penicillin <script>alert(1)</script>',
      reaction: null,
      severity: null,
      status: 'active',
      lastReviewed: '2015-02-01',
      source: { kind: 'manual' },
    },
  ],
  medications: [],
  problems: [
    {
      id: 'p1',
      condition: 'Hypertension',
      onset: '2010',
      status: 'active',
      lastUpdated: '2012-05-01',
      category: null,
      source: { kind: 'manual' },
    },
  ],
  notes: [],
};

function input(legalBasis: 'hipaa' | 'general'): CorrectionLetterInput {
  let checklist = setReviewState([], { kind: 'allergy', id: 'a1' }, 'error-found', '2024-01-01T10:00:00Z');
  checklist = setReviewState(
    checklist,
    { kind: 'allergy', id: 'a1' },
    'error-found',
    '2024-01-02T10:00:00Z',
    'Reaction: anaphylaxis (1998), severe & "life-threatening".',
  );
  checklist = setReviewState(checklist, { kind: 'problem', id: 'p1' }, 'correct', '2024-01-02T10:00:00Z');
  const items = draftCorrectionItems(record, checklist, flagAllergies(record.allergies, '2024-01-02'));
  return {
    patient: {
      name: 'Jane Doe',
      dateOfBirth: '1970-04-01',
      identifier: 'MRN 123',
      address: '1 Main St\nSpringfield',
      contact: '',
    },
    provider: { name: 'General Hospital', department: 'Health Information Management', address: '2 Elm St' },
    items,
    date: '2024-01-03',
    legalBasis,
  };
}

describe('correction letter', () => {
  it('lists only the items marked error-found, with what the record says and the requested change', () => {
    const { items } = input('hipaa');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      section: 'Allergies',
      recorded:
        'Penicillin <script>alert(1)</script>; reaction: not stated; severity: not stated; status: active',
      requested: 'Reaction: anaphylaxis (1998), severe & "life-threatening".',
    });
    expect(items[0]?.reason).toContain('does not say what reaction');
  });

  it('writes a formal plain-text request citing 45 CFR 164.526 and its time limits', () => {
    const text = correctionLetterText(input('hipaa'));
    expect(text).toContain('45 CFR 164.526');
    expect(text).toContain('no later than 60 days');
    expect(text).toContain('once, by no more than 30 days');
    expect(text).toContain(
      'Subject: Request to amend my health record (Date of birth: 1970-04-01; Medical record number: MRN 123)',
    );
    expect(text).toContain('1. Allergies\r\n   The record says: Penicillin');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(correctionLetterText(input('general'))).not.toContain('CFR');
  });

  it('writes a standalone, escaped, script-free HTML document', () => {
    const html = correctionLetterHtml(input('hipaa'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=|javascript:/i);
    expect(html).toContain('Penicillin &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('severe &amp; &quot;life-threatening&quot;.');
    expect(html).toContain('1 Main St\nSpringfield');
  });
});
