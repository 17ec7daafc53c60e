import { opaqueId } from '../../../src/crypto/keyring';
import { vaultDatabase } from '../../../src/storage/db';
import { payloadKind, sealPayload } from '../../../src/storage/payloads';

/**
 * Seals a record row as the code of its time did. Record format 1 (until per-kind versions): every kind
 * in one shape, no version in the document, which is version 1 of its kind. Format 2 names the kind's
 * version.
 */
export async function storeAsWritten(
  kind: string,
  id: string,
  version: number,
  value: unknown,
): Promise<void> {
  const rowId = await opaqueId('record', `${kind}\u0000${id}`);
  const updatedAt = '2025-06-07T08:09:10.000Z';
  const document = version === 1 ? { kind, id, value, updatedAt } : { kind, id, version, value, updatedAt };
  const format = version === 1 ? 1 : 2;
  const sealed = await sealPayload(payloadKind('record', format), { table: 'records', id: rowId }, document);
  await vaultDatabase().records.put({ id: rowId, sealed });
}
