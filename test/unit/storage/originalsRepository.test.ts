import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { vaultDatabase } from '../../../src/storage/db';
import { readOriginal, readOriginalInfo, storeOriginal } from '../../../src/storage/originalsRepository';
import { SEALED_CHUNK_BYTES } from '../../../src/storage/schema';
import { freshVault } from './resetVault';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('originals repository', () => {
  beforeEach(() => freshVault());

  it('stores a multi-chunk original byte for byte under an opaque address, once', async () => {
    const bytes = new Uint8Array(SEALED_CHUNK_BYTES * 2 + 12345);
    for (let i = 0; i < bytes.length; i += 97) bytes[i] = (i * 7) & 0xff;
    const hash = sha256(bytes);
    const first = await storeOriginal(bytes, hash);
    expect(first.added).toBe(true);
    expect(first.address).toMatch(/^[0-9a-f]{64}$/);
    expect(first.address).not.toBe(hash);
    expect(await storeOriginal(bytes, hash)).toEqual({ address: first.address, added: false });
    expect(await readOriginalInfo(first.address)).toEqual({
      size: bytes.length,
      sha256: hash,
      chunkCount: 3,
    });
    expect(sha256(await readOriginal(first.address))).toBe(hash);
    expect(await vaultDatabase().chunks.count()).toBe(3);
  });

  it('refuses chunks swapped between places', async () => {
    const bytes = new Uint8Array(SEALED_CHUNK_BYTES + 10).fill(7);
    const { address } = await storeOriginal(bytes, sha256(bytes));
    const db = vaultDatabase();
    const [c0, c1] = [await db.chunks.get([address, 0]), await db.chunks.get([address, 1])];
    await db.chunks.bulkPut([
      { address, index: 0, sealed: c1!.sealed },
      { address, index: 1, sealed: c0!.sealed },
    ]);
    await expect(readOriginal(address)).rejects.toThrow(
      new RegExp(`chunks/${address}#0 could not be opened`),
    );
  });
});
