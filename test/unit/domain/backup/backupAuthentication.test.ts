import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  FILE_PREAMBLE_BYTES,
  FRAME_HASH_BYTES,
  FRAME_HEAD_BYTES,
  readBackupFile,
  recordKey,
  toBytesJson,
  type BackupAuthenticator,
  type KeyedRecord,
} from '../../../../src/domain/backup';
import { buildBackupFile, fixtureHeader, fixtureRecords, testAuthenticator } from './fixtureBuilder';

async function readAll(bytes: Uint8Array, authenticator?: BackupAuthenticator) {
  const got: KeyedRecord[] = [];
  const report = await readBackupFile(bytesSource(bytes), {
    onRecord: async (r) => void got.push(r),
    authenticator,
  });
  return { got, report };
}

function frameOffsets(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets: number[] = [];
  for (let at = FILE_PREAMBLE_BYTES; at < bytes.length;) {
    offsets.push(at);
    at += FRAME_HEAD_BYTES + view.getUint32(at + 5, true) + FRAME_HASH_BYTES;
  }
  return offsets;
}

/**
 * What an attacker can do to a format-2 file: edit a frame's clear text (same length) and recompute
 * the frame's bare SHA-256, which needs no key.
 */
async function rewriteFrame(bytes: Uint8Array, at: number, from: string, to: string): Promise<Uint8Array> {
  const out = bytes.slice();
  const length = new DataView(out.buffer).getUint32(at + 5, true);
  const payload = out.subarray(at + FRAME_HEAD_BYTES, at + FRAME_HEAD_BYTES + length);
  const text = Buffer.from(payload).toString('latin1');
  const index = text.indexOf(from);
  if (index < 0 || from.length !== to.length) throw new Error(`fixture: ${from} not found`);
  payload.set(Buffer.from(to, 'latin1'), index);
  const hash = await crypto.subtle.digest('SHA-256', out.subarray(at + 4, at + FRAME_HEAD_BYTES + length));
  out.set(new Uint8Array(hash), at + FRAME_HEAD_BYTES + length);
  return out;
}

const INSTANCE = 'instances/i1';

describe('backup authentication (format 2)', () => {
  it('reads an untouched backup with every code matching', async () => {
    const { got, report } = await readAll(await buildBackupFile(), await testAuthenticator());
    expect(report.problems).toEqual([]);
    expect(report.deferred).toEqual([]);
    expect(got).toHaveLength(fixtureRecords().length);
  });

  it('names a record whose parent id was swapped in its descriptor and leaves it out', async () => {
    const bytes = await buildBackupFile();
    const instanceFrame = frameOffsets(bytes)[4] ?? 0; // header, 2 chunks, original, then the instance
    const swapped = await rewriteFrame(bytes, instanceFrame, '"seriesId":"s1"', '"seriesId":"s2"');
    const { got, report } = await readAll(swapped, await testAuthenticator());
    expect(got.map((r) => r.key)).not.toContain(INSTANCE);
    expect(got).toHaveLength(fixtureRecords().length - 1);
    expect(report.problems).toEqual([
      expect.objectContaining({ key: INSTANCE, reason: expect.stringMatching(/was altered/) }),
    ]);
  });

  it('names a record whose original address was swapped', async () => {
    const records = fixtureRecords();
    const bytes = await buildBackupFile(records);
    const instanceFrame = frameOffsets(bytes)[4] ?? 0;
    const swapped = await rewriteFrame(
      bytes,
      instanceFrame,
      `"address":"${'a'.repeat(64)}"`,
      `"address":"${'b'.repeat(64)}"`,
    );
    const { report } = await readAll(swapped, await testAuthenticator());
    expect(report.problems.map((p) => p.key)).toEqual([INSTANCE]);
  });

  it('without the key yet (a fresh restore), hands back the checks that then fail', async () => {
    const bytes = await buildBackupFile();
    const instanceFrame = frameOffsets(bytes)[4] ?? 0;
    const swapped = await rewriteFrame(bytes, instanceFrame, '"seriesId":"s1"', '"seriesId":"s2"');
    const { got, report } = await readAll(swapped);
    expect(got).toHaveLength(fixtureRecords().length);
    // Only what the envelope does not bind is left to check: the header, the index, the link fields.
    expect(report.deferred.map((d) => d.key)).toEqual([
      'header',
      INSTANCE,
      'series/s1',
      'studies/st1',
      'index',
    ]);
    const authenticator = await testAuthenticator();
    const failed = [];
    for (const check of report.deferred) {
      if (!(await authenticator.verify(check.message, check.mac))) failed.push(check.key);
    }
    expect(failed).toEqual([INSTANCE]);
  });

  it('refuses an edited header, and a backup of another vault', async () => {
    const bytes = await buildBackupFile();
    const edited = await rewriteFrame(bytes, FILE_PREAMBLE_BYTES, '"studies":1', '"studies":0');
    await expect(readAll(edited, await testAuthenticator())).rejects.toThrow(/header does not match/);
    await expect(readAll(bytes, await testAuthenticator(2))).rejects.toThrow(/another vault/);
  });

  it('names an edited index instead of trusting it', async () => {
    const bytes = await buildBackupFile();
    const offsets = frameOffsets(bytes);
    const indexFrame = offsets.at(-2) ?? 0;
    const edited = await rewriteFrame(bytes, indexFrame, '"key":"audit/2"', '"key":"audit/9"');
    const { report } = await readAll(edited, await testAuthenticator());
    expect(report.problems).toEqual([expect.objectContaining({ what: 'the backup’s index' })]);
  });

  it('refuses a format-2 backup relabelled as format 1 to shed its codes', async () => {
    const records = fixtureRecords();
    const header = {
      ...fixtureHeader(records),
      keyMaterial: toBytesJson({ version: 2, vaultId: 'v', keyId: new Uint8Array(8) }),
    };
    const bytes = await buildBackupFile(records, header);
    const relabelled = await rewriteFrame(
      bytes,
      FILE_PREAMBLE_BYTES,
      '"version":2,"vaultId":"0',
      '"version":1,"vaultId":"0',
    );
    await expect(readAll(relabelled)).rejects.toThrow(/altered to remove its authentication/);
  });

  it('still reads a format-1 backup written by the previous release', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/v1.ivbackup', import.meta.url)));
    const { got, report } = await readAll(bytes, await testAuthenticator());
    expect(report.header.version).toBe(1);
    expect(report.problems).toEqual([]);
    expect(report.complete).toBe(true);
    expect(got.map((r) => r.key)).toEqual(fixtureRecords().map((r) => recordKey(r.descriptor)));
  });
});
