import { beforeEach, describe, expect, it } from 'vitest';
import { unlockedVaultId } from '../../../src/crypto/keyring';
import { decodeRecordPayload, encodeRecordPayload } from '../../../src/domain/backup/recordPayload';
import { DOCUMENT_KINDS, getDocument } from '../../../src/documents';
import { readRecords, writeRestoredRecords } from '../../../src/storage/backupRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { freshVault } from '../storage/resetVault';
import { storeAsWritten } from './storeAsWritten';
import { STORED_FORMATS } from './storedFormats';

describe('documents carried by a backup', () => {
  beforeEach(() => freshVault());

  it('a backup of records written before per-kind versions restores, and every kind opens', async () => {
    for (const kind of DOCUMENT_KINDS)
      await storeAsWritten(kind.name, 'old', 1, STORED_FORMATS[kind.name]!.byVersion[1]);
    const db = vaultDatabase();
    const keys = await db.records.toCollection().primaryKeys();
    // Through the backup's record payload, byte for byte, as a backup file or folder carries it.
    const carried = (await readRecords('records', keys)).map((record) => {
      const read = decodeRecordPayload(encodeRecordPayload(record));
      if (typeof read === 'string') throw new Error(read);
      return read;
    });
    await db.records.clear();
    const outcome = await writeRestoredRecords(carried, { mode: 'merge', vaultId: unlockedVaultId() ?? '' });
    expect(outcome.added).toBe(DOCUMENT_KINDS.length);
    for (const kind of DOCUMENT_KINDS)
      expect((await getDocument(kind, 'old'))?.value, kind.name).toEqual(STORED_FORMATS[kind.name]!.reads);
  });
});
