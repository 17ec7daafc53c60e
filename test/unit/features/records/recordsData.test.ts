import { beforeEach, describe, expect, it } from 'vitest';
import {
  patientProfileKind,
  pharmacyListKind,
  putDocument,
  type DocumentKind,
  type PatientProfile,
} from '../../../../src/documents';
import { KIND, loadRecords, saveDocument } from '../../../../src/features/records/recordsData';
import { freshVault } from '../../storage/resetVault';
import { STORED_FORMATS } from '../../documents/storedFormats';
import type { Allergy } from '../../../../src/domain/records';

const allergy = (id: string, substance: string): Allergy => ({
  ...(STORED_FORMATS['allergy']!.reads as Allergy),
  id,
  substance,
});

describe('loading the care record', () => {
  beforeEach(() => freshVault());

  it('reads every part from its document kind, sorted as the page shows it', async () => {
    await saveDocument(KIND.allergy, 'b', allergy('b', 'Penicillin'), 'Penicillin');
    await saveDocument(KIND.allergy, 'a', allergy('a', 'Latex'), 'Latex');
    await saveDocument(
      patientProfileKind,
      'patient',
      STORED_FORMATS['profile']!.reads as PatientProfile,
      'you',
    );
    await saveDocument(pharmacyListKind, 'latest', 'Metoprolol 50 mg', 'pharmacy list');
    const snapshot = await loadRecords();
    expect(snapshot.record.allergies.map((a) => a.substance)).toEqual(['Latex', 'Penicillin']);
    expect(snapshot.profile.name).toBe('Jane Doe');
    expect(snapshot.pharmacyText).toBe('Metoprolol 50 mg');
    expect(snapshot.damaged).toEqual([]);
  });

  it('names a document its reader refuses and shows the rest; a missing profile reads as empty', async () => {
    await saveDocument(KIND.allergy, 'a', allergy('a', 'Latex'), 'Latex');
    const loose: DocumentKind<unknown> = { ...KIND.allergy, read: (v) => v };
    await putDocument(loose, 'broken', { id: 'broken' });
    const snapshot = await loadRecords();
    expect(snapshot.record.allergies.map((a) => a.id)).toEqual(['a']);
    expect(snapshot.damaged).toHaveLength(1);
    expect(snapshot.damaged?.[0]?.reason).toMatch(/no substance/);
    expect(snapshot.profile).toEqual({
      name: '',
      dateOfBirth: null,
      identifier: '',
      address: '',
      contact: '',
    });
  });
});
