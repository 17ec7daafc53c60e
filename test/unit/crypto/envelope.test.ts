import { describe, expect, it } from 'vitest';
import { HEADER_BYTES, open, seal } from '../../../src/crypto/envelope';
import { RecordOpenError } from '../../../src/crypto/errors';
import { randomBytes } from '../../../src/crypto/random';

async function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const keyId = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const identity = { table: 'chunks', id: 'abc', chunk: 0 };
const plaintext = new TextEncoder().encode('SMITH^JANE — CT chest');

describe('sealed record envelope', () => {
  it('round-trips and carries version, algorithm, key id and a fresh 96-bit IV', async () => {
    const key = await aesKey();
    const a = await seal(key, keyId, identity, plaintext);
    const b = await seal(key, keyId, identity, plaintext);
    expect(a[0]).toBe(1);
    expect(a[1]).toBe(1);
    expect([...a.subarray(2, 10)]).toEqual([...keyId]);
    expect(a.length).toBe(HEADER_BYTES + plaintext.length + 16);
    expect(a.subarray(10, 22)).not.toEqual(b.subarray(10, 22));
    expect(new TextDecoder().decode(await open(key, keyId, identity, a))).toBe('SMITH^JANE — CT chest');
  });

  it('refuses every single flipped byte, naming the record', async () => {
    const key = await aesKey();
    const sealed = await seal(key, keyId, identity, plaintext);
    for (let i = 0; i < sealed.length; i++) {
      const tampered = sealed.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      const error = await open(key, keyId, identity, tampered).catch((e: unknown) => e);
      expect(error, `byte ${i}`).toBeInstanceOf(RecordOpenError);
      expect((error as Error).message).toContain('chunks/abc#0');
    }
  });

  it('refuses a chunk swapped into another place or record', async () => {
    const key = await aesKey();
    const chunk0 = await seal(key, keyId, { table: 'chunks', id: 'abc', chunk: 0 }, plaintext);
    await expect(open(key, keyId, { table: 'chunks', id: 'abc', chunk: 1 }, chunk0)).rejects.toThrow(
      /chunks\/abc#1 could not be opened: authentication failed/,
    );
    await expect(open(key, keyId, { table: 'chunks', id: 'other', chunk: 0 }, chunk0)).rejects.toThrow(
      RecordOpenError,
    );
    await expect(open(key, keyId, { table: 'instances', id: 'abc', chunk: 0 }, chunk0)).rejects.toThrow(
      RecordOpenError,
    );
  });

  it('refuses a wrong key, and a record sealed for another vault', async () => {
    const sealed = await seal(await aesKey(), keyId, identity, plaintext);
    await expect(open(await aesKey(), keyId, identity, sealed)).rejects.toThrow(/authentication failed/);
    await expect(open(await aesKey(), randomBytes(8), identity, sealed)).rejects.toThrow(/different key/);
  });

  it('refuses unknown versions and truncated records with a clear reason', async () => {
    const key = await aesKey();
    const sealed = await seal(key, keyId, identity, plaintext);
    const future = sealed.slice();
    future[0] = 9;
    await expect(open(key, keyId, identity, future)).rejects.toThrow(/envelope version 9/);
    await expect(open(key, keyId, identity, sealed.subarray(0, 20))).rejects.toThrow(/truncated/);
  });
});
