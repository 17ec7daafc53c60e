import { describe, expect, it } from 'vitest';
import { DamagedDocumentError } from '../../../src/documents/documentKind';
import { specialistKind } from '../../../src/documents/specialist';

describe('the specialist document', () => {
  it('reads every field, a missing or mistyped one as empty', () => {
    expect(specialistKind.read({ name: 'Dr. Ana Souza', country: 'BR', notes: 7, extra: 'x' }, 's1')).toEqual(
      {
        name: 'Dr. Ana Souza',
        specialty: '',
        institution: '',
        country: 'BR',
        contact: '',
        notes: '',
      },
    );
  });

  it('refuses a value that is not an object, as damage', () => {
    expect(() => specialistKind.read('Dr. Souza', 's1')).toThrow(DamagedDocumentError);
  });
});
