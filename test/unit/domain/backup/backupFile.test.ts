import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  FILE_PREAMBLE_BYTES,
  FRAME_HASH_BYTES,
  FRAME_HEAD_BYTES,
  fromBytesJson,
  readBackupFile,
  recordKey,
  type KeyedRecord,
} from '../../../../src/domain/backup';
import { buildBackupFile, fixtureRecords } from './fixtureBuilder';

async function readAll(bytes: Uint8Array) {
  const got: KeyedRecord[] = [];
  const report = await readBackupFile(bytesSource(bytes), { onRecord: async (r) => void got.push(r) });
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

describe('single-file backup', () => {
  it('reads back every record of a backup written by the current fixture builder, byte for byte', async () => {
    const records = fixtureRecords();
    const { got, report } = await readAll(await buildBackupFile(records));
    expect(report.complete).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.records).toBe(records.length);
    expect(got.map((r) => r.key)).toEqual(records.map((r) => recordKey(r.descriptor)));
    got.forEach((r, i) => {
      expect(r.descriptor).toEqual(records[i]?.descriptor);
      expect(Buffer.from(r.sealed).equals(Buffer.from(records[i]?.sealed ?? []))).toBe(true);
    });
    const material = fromBytesJson(report.header.keyMaterial) as { keyId: Uint8Array };
    expect([...material.keyId]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.header.counts.audit).toBe(2);
  });

  it('names a damaged record and restores all the others', async () => {
    const bytes = await buildBackupFile();
    const offsets = frameOffsets(bytes);
    // Frame 0 is the header; frame 2 is the second chunk. Flip a byte deep in its sealed data.
    const second = offsets[2] ?? 0;
    bytes[second + 20_000] = (bytes[second + 20_000] ?? 0) ^ 0xff;
    const { got, report } = await readAll(bytes);
    const damaged = `chunks/${'a'.repeat(64)}/1`;
    expect(got.map((r) => r.key)).not.toContain(damaged);
    expect(got).toHaveLength(fixtureRecords().length - 1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.key).toBe(damaged);
    expect(report.problems[0]?.reason).toMatch(/checksum/);
    expect(report.complete).toBe(true);
  });

  it('steps over a damaged frame length to the next frame', async () => {
    const bytes = await buildBackupFile();
    const offsets = frameOffsets(bytes);
    const fourth = offsets[4] ?? 0; // the instance record
    bytes[fourth + 8] = 0x7f; // length now far beyond the file
    const { got, report } = await readAll(bytes);
    expect(got).toHaveLength(fixtureRecords().length - 1);
    expect(got.map((r) => r.key)).not.toContain('instances/i1');
    expect(report.problems.some((p) => p.key === 'instances/i1')).toBe(true);
  });

  it('restores what a truncated backup holds and says how much of each table is missing', async () => {
    const bytes = await buildBackupFile();
    const offsets = frameOffsets(bytes);
    const cut = bytes.subarray(0, (offsets[5] ?? 0) + 160); // past the series descriptor, inside its sealed bytes
    const { got, report } = await readAll(cut);
    expect(got.map((r) => r.key)).toEqual(
      fixtureRecords()
        .slice(0, 4)
        .map((r) => recordKey(r.descriptor)),
    );
    expect(report.complete).toBe(false);
    const text = report.problems.map((p) => `${p.what}: ${p.reason}`).join('\n');
    expect(text).toMatch(/cut short/);
    expect(text).toMatch(/1 of 1 studies records/);
    expect(text).toMatch(/2 of 2 audit records/);
    expect(report.problems.some((p) => p.key === 'series/s1')).toBe(true);
  });

  it('refuses a file that is not a backup, and one from a newer format', async () => {
    await expect(readAll(new TextEncoder().encode('PK\u0003\u0004 not a backup'))).rejects.toThrow(
      /not an Imaging Vault backup/,
    );
    const bytes = await buildBackupFile();
    new DataView(bytes.buffer).setUint32(8, 99, true);
    await expect(readAll(bytes)).rejects.toThrow(/format 99/);
  });

  it('refuses a backup whose header is damaged, since its keys are in it', async () => {
    const bytes = await buildBackupFile();
    const at = FILE_PREAMBLE_BYTES + FRAME_HEAD_BYTES + 3;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    await expect(readAll(bytes)).rejects.toThrow(/header/);
  });
});
