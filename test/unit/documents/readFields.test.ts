import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { fieldsOf, requireFields } from '../../../src/documents/readFields';

describe('checking a stored value’s fields', () => {
  it('takes an object as it is once the named fields have their types', () => {
    const value = { id: 'a', n: 1, ok: true, items: [], where: {}, extra: 'kept' };
    expect(
      requireFields(value, 'thing', {
        id: 'string',
        n: 'number',
        ok: 'boolean',
        items: 'array',
        where: 'object',
      }),
    ).toBe(value);
  });

  it.each([
    [null, /not an object/],
    ['text', /not an object/],
    [[1, 2], /not an object/],
    [{ n: 1 }, /has no id \(string\)/],
    [{ id: 3 }, /has no id \(string\)/],
  ])('names what is wrong with %j', (value, message) => {
    expect(() => requireFields(value, 'thing', { id: 'string' })).toThrow(DamagedDocumentError);
    expect(() => requireFields(value, 'thing', { id: 'string' })).toThrow(message);
  });

  it('an object field is never null, an array field never an object', () => {
    expect(() => requireFields({ where: null }, 'thing', { where: 'object' })).toThrow(/no where/);
    expect(() => requireFields({ items: {} }, 'thing', { items: 'array' })).toThrow(/no items/);
    expect(fieldsOf({ a: 1 }, 'thing')).toEqual({ a: 1 });
  });
});
