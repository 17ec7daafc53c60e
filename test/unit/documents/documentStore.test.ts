import { beforeEach, describe, expect, it } from 'vitest';
import {
  allergyKind,
  annotationKind,
  deleteDocument,
  getDocument,
  listDocuments,
  putDocument,
  readDocuments,
  readDocumentsOfKinds,
  type DocumentKind,
} from '../../../src/documents';
import type { Allergy } from '../../../src/domain/records';
import { vaultDatabase } from '../../../src/storage/db';
import { freshVault } from '../storage/resetVault';
import { STORED_FORMATS } from './storedFormats';

const allergy = (id: string, change: Partial<Allergy> = {}): Allergy => ({
  ...(STORED_FORMATS['allergy']!.reads as Allergy),
  id,
  ...change,
});

/** Writes any value under the allergy kind, as a damaged or foreign writer could have. */
const anyAllergy: DocumentKind<unknown> = { ...allergyKind, read: (v) => v };

/** The same kind as the vault will know it at version 2: today's code must refuse what it writes. */
const allergyV2: DocumentKind<unknown> = { ...allergyKind, version: 2, migrations: { 1: (v) => v } };

function garble(sealed: Uint8Array): Uint8Array {
  const out = Uint8Array.from(sealed);
  out[out.length - 1]! ^= 0xff;
  return out;
}

describe('the document store', () => {
  beforeEach(() => freshVault());

  it('writes, reads, lists, replaces and deletes documents of a kind', async () => {
    await putDocument(allergyKind, 'a1', allergy('a1'), new Date('2026-01-02Z'));
    expect(await getDocument(allergyKind, 'a1')).toEqual({
      id: 'a1',
      value: allergy('a1'),
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(await getDocument(allergyKind, 'none')).toBeNull();
    await putDocument(allergyKind, 'a1', allergy('a1', { substance: 'Latex' }));
    expect((await listDocuments(allergyKind)).map((d) => d.value.substance)).toEqual(['Latex']);
    await deleteDocument(allergyKind, 'a1');
    expect(await listDocuments(allergyKind)).toEqual([]);
  });

  it('reports a document its reader refuses as damaged, by row id, and keeps the others', async () => {
    await putDocument(allergyKind, 'good', allergy('good'));
    await putDocument(anyAllergy, 'bad', { id: 'bad' });
    const read = await readDocuments(allergyKind);
    expect(read.documents.map((d) => d.id)).toEqual(['good']);
    expect(read.damaged).toEqual([
      { rowId: expect.stringMatching(/^[0-9a-f]{64}$/), detail: expect.stringMatching(/no substance/) },
    ]);
    expect((await listDocuments(allergyKind)).map((d) => d.id)).toEqual(['good']);
    await expect(getDocument(allergyKind, 'bad')).rejects.toThrow(/no substance/);
  });

  it('refuses a document written at a newer version of its kind, as damage', async () => {
    await putDocument(allergyV2, 'future', allergy('future'));
    const read = await readDocuments(allergyKind);
    expect(read.documents).toEqual([]);
    expect(read.damaged[0]?.detail).toMatch(/newer version of Imaging Vault \(format 2\)/);
    await expect(getDocument(allergyKind, 'future')).rejects.toThrow(/update the app/);
  });

  it('reads several kinds at once, naming rows that do not open and documents that do not read', async () => {
    await putDocument(allergyKind, 'a1', allergy('a1'));
    await putDocument(allergyKind, 'a2', allergy('a2'));
    await putDocument({ ...annotationKind, read: (v: unknown) => v }, 'n1', { id: 'n1' });
    const db = vaultDatabase();
    const [first] = await db.records.toArray();
    await db.records.put({ id: first!.id, sealed: garble(first!.sealed) });
    const { lists, damaged } = await readDocumentsOfKinds({ allergies: allergyKind, notes: annotationKind });
    expect(lists.allergies.length + damaged.length).toBe(3);
    expect(lists.notes).toEqual([]);
    expect(damaged.map((d) => d.detail).join('\n')).toMatch(/authentication failed/);
    expect(damaged.some((d) => d.rowId === first!.id)).toBe(true);
    // A row that does not open has no known kind: readDocuments of one kind leaves it to the page.
    const one = await readDocuments(allergyKind);
    expect(one.damaged.every((d) => d.rowId !== first!.id)).toBe(true);
  });
});
