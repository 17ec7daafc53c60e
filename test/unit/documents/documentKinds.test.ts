import { beforeEach, describe, expect, it } from 'vitest';
import { opaqueId } from '../../../src/crypto/keyring';
import { DOCUMENT_KINDS, getDocument, listDocuments, putDocument } from '../../../src/documents';
import { vaultDatabase } from '../../../src/storage/db';
import { payloadKind, sealPayload } from '../../../src/storage/payloads';
import { freshVault } from '../storage/resetVault';
import { STORED_FORMATS } from './storedFormats';

/**
 * Seals a record row as the code of its time did. Record format 1 (until per-kind versions): every kind
 * in one shape, no version in the document, which is version 1 of its kind. Format 2 names the kind's
 * version.
 */
async function storeAsWritten(kind: string, id: string, version: number, value: unknown): Promise<void> {
  const rowId = await opaqueId('record', `${kind}\u0000${id}`);
  const updatedAt = '2025-06-07T08:09:10.000Z';
  const document = version === 1 ? { kind, id, value, updatedAt } : { kind, id, version, value, updatedAt };
  const format = version === 1 ? 1 : 2;
  const sealed = await sealPayload(payloadKind('record', format), { table: 'records', id: rowId }, document);
  await vaultDatabase().records.put({ id: rowId, sealed });
}

describe('every document kind opens at every version it was ever stored at', () => {
  beforeEach(() => freshVault());

  it('has distinct kind names, each with a stored format for every version up to its own', () => {
    const names = DOCUMENT_KINDS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(STORED_FORMATS).sort()).toEqual([...names].sort());
    for (const kind of DOCUMENT_KINDS) {
      const versions = Object.keys(STORED_FORMATS[kind.name]?.byVersion ?? {}).map(Number);
      expect(
        versions.sort((a, b) => a - b),
        kind.name,
      ).toEqual(Array.from({ length: kind.version }, (_, i) => i + 1));
      for (let v = 1; v < kind.version; v++)
        expect(kind.migrations[v], `${kind.name} ${v}`).toBeTypeOf('function');
    }
  });

  it.each(DOCUMENT_KINDS.map((kind) => [kind.name, kind] as const))(
    '%s: each earlier version, and the current one, reads as today’s value',
    async (name, kind) => {
      const format = STORED_FORMATS[name]!;
      for (const [version, value] of Object.entries(format.byVersion)) {
        const id = `stored-at-${version}`;
        await storeAsWritten(name, id, Number(version), value);
        expect((await getDocument(kind, id))?.value, `${name} version ${version}`).toEqual(format.reads);
      }
      await putDocument(kind, 'written-now', format.reads);
      expect((await getDocument(kind, 'written-now'))?.value).toEqual(format.reads);
      const listed = await listDocuments(kind);
      expect(listed.map((d) => d.id).sort()).toEqual(
        [...Object.keys(format.byVersion).map((v) => `stored-at-${v}`), 'written-now'].sort(),
      );
    },
  );
});
