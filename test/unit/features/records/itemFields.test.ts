import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src/domain/records';
import { itemFrom, validate, valuesOf } from '../../../../src/features/records/itemFields';

describe('item forms', () => {
  it('requires the name field and accepts partial dates as FHIR gives them', () => {
    expect(validate('allergy', { substance: ' ', lastReviewed: '2015' })).toEqual({
      substance: 'records.error.required',
    });
    expect(validate('problem', { condition: 'Asthma', onset: '2015-13' })).toEqual({
      onset: 'records.error.partialDate',
    });
    expect(validate('problem', { condition: 'Asthma', onset: '2015-06', lastUpdated: '' })).toEqual({});
  });

  it('builds an item from the form, empty optional fields becoming null', () => {
    const a = itemFrom(
      'allergy',
      { substance: ' Penicillin ', reaction: '', severity: 'severe', status: 'active' },
      'a1',
    );
    expect(a).toEqual({
      id: 'a1',
      substance: 'Penicillin',
      reaction: null,
      severity: 'severe',
      status: 'active',
      lastReviewed: null,
      source: { kind: 'manual' },
    });
  });

  it('keeps what the form does not show (the FHIR category, the source) when editing', () => {
    const before: Problem = {
      id: 'p1',
      condition: 'Hypertension',
      onset: '2010',
      status: 'active',
      lastUpdated: '2012-01-01',
      category: 'problem-list-item',
      source: { kind: 'fhir', reference: 'Condition/c1', label: 'export.json' },
    };
    const values = valuesOf('problem', before);
    expect(values).toMatchObject({ condition: 'Hypertension', onset: '2010', status: 'active' });
    const after = itemFrom('problem', { ...values, status: 'resolved' }, before.id, before.source, before);
    expect(after).toEqual({ ...before, status: 'resolved' });
  });

  it('starts a new item with each select at its first option', () => {
    expect(valuesOf('medication', null)).toEqual({
      name: '',
      dose: '',
      frequency: '',
      prescriber: '',
      status: 'active',
    });
  });
});
