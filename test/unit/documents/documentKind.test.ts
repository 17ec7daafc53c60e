import { describe, expect, it } from 'vitest';
import {
  DamagedDocumentError,
  readDocumentValue,
  type DocumentKind,
} from '../../../src/documents/documentKind';

/** A kind at version 3: v1 kept a single name, v2 split it, v3 added a colour. */
const kind: DocumentKind<{ first: string; last: string; colour: string }> = {
  name: 'example',
  version: 3,
  migrations: {
    1: (v) => {
      const [first = '', last = ''] = String((v as { name: string }).name).split(' ');
      return { first, last };
    },
    2: (v) => ({ ...(v as object), colour: 'none' }),
  },
  read: (v) => {
    const value = v as { first?: unknown; last?: unknown; colour?: unknown };
    if (typeof value.first !== 'string') throw new DamagedDocumentError('The example has no first name.');
    return value as { first: string; last: string; colour: string };
  },
};

describe('reading a document value at its kind’s version', () => {
  it('runs every migration from the stored version up, then the reader', () => {
    expect(readDocumentValue(kind, 1, { name: 'Ana Souza' }, 'a')).toEqual({
      first: 'Ana',
      last: 'Souza',
      colour: 'none',
    });
    expect(readDocumentValue(kind, 2, { first: 'Kenji', last: 'Ito' }, 'b')).toEqual({
      first: 'Kenji',
      last: 'Ito',
      colour: 'none',
    });
    expect(readDocumentValue(kind, 3, { first: 'X', last: 'Y', colour: 'red' }, 'c')).toEqual({
      first: 'X',
      last: 'Y',
      colour: 'red',
    });
  });

  it('refuses, as damage, a version newer than this code, one without a migration, or no version', () => {
    expect(() => readDocumentValue(kind, 4, {}, 'n')).toThrow(DamagedDocumentError);
    expect(() => readDocumentValue(kind, 4, {}, 'n')).toThrow(/newer version of Imaging Vault \(format 4\)/);
    expect(() => readDocumentValue({ ...kind, migrations: { 2: kind.migrations[2]! } }, 1, {}, 'm')).toThrow(
      /No migration of example from format 1/,
    );
    expect(() => readDocumentValue(kind, 0, {}, 'z')).toThrow(/no valid format version/);
    expect(() => readDocumentValue(kind, 1.5, {}, 'z')).toThrow(DamagedDocumentError);
  });

  it('lets the reader name a value that is not the kind’s shape', () => {
    expect(() => readDocumentValue(kind, 3, { last: 'Y' }, 'r')).toThrow(/no first name/);
  });
});
