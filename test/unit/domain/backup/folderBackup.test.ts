import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  decodeFolderRecord,
  encodeFolderRecord,
  planIncremental,
  readManifest,
  recordFilePath,
  type IndexEntry,
} from '../../../../src/domain/backup';
import { fixtureHeader, fixtureRecords, testAuthenticator } from './fixtureBuilder';

async function entriesOf(records = fixtureRecords()) {
  const files = new Map<string, Uint8Array>();
  const entries: IndexEntry[] = [];
  for (const r of records) {
    const e = await encodeFolderRecord(r, await testAuthenticator());
    const file = recordFilePath(e.sha256);
    files.set(file, e.bytes);
    entries.push({ key: e.key, sha256: e.sha256, size: e.bytes.length, file });
  }
  return { files, entries };
}

describe('folder backup', () => {
  it('round-trips every record through its file and the manifest', async () => {
    const records = fixtureRecords();
    const { files, entries } = await entriesOf(records);
    const { manifest, problem } = await readManifest(
      await buildManifest(
        fixtureHeader(records),
        entries,
        '2026-01-03T00:00:00.000Z',
        1,
        await testAuthenticator(),
      ),
    );
    expect(problem).toBeNull();
    for (const [i, entry] of manifest.records.entries()) {
      const got = await decodeFolderRecord(files.get(entry.file ?? '') ?? null, entry);
      if ('reason' in got) throw new Error(got.reason);
      expect(Buffer.from(got.sealed).equals(Buffer.from(records[i]?.sealed ?? []))).toBe(true);
    }
  });

  it('names a missing, damaged or swapped record file', async () => {
    const { files, entries } = await entriesOf();
    const [first, second] = entries;
    if (!first || !second) throw new Error('fixture');
    expect(await decodeFolderRecord(null, first)).toMatchObject({ key: first.key, reason: /missing/ });
    const damaged = (files.get(first.file ?? '') ?? new Uint8Array()).slice();
    damaged[200] = (damaged[200] ?? 0) ^ 1;
    expect(await decodeFolderRecord(damaged, first)).toMatchObject({ reason: /checksum/ });
    expect(await decodeFolderRecord(files.get(second.file ?? '') ?? null, first)).toMatchObject({
      reason: /not the one the manifest lists/,
    });
    const cut = (files.get(first.file ?? '') ?? new Uint8Array()).subarray(0, 1000);
    expect(await decodeFolderRecord(cut, first)).toMatchObject({ reason: /cut short/ });
  });

  it('notices an edited manifest', async () => {
    const records = fixtureRecords();
    const { entries } = await entriesOf(records);
    const text = await buildManifest(
      fixtureHeader(records),
      entries,
      '2026-01-03T00:00:00.000Z',
      1,
      await testAuthenticator(),
    );
    const edited = text.replace(entries[0]?.sha256 ?? '', 'f'.repeat(64));
    expect((await readManifest(edited)).problem?.reason).toMatch(/checksum/);
  });

  it('plans only new or changed records, and drops files no record uses', async () => {
    const { entries } = await entriesOf();
    const current = new Map(entries.map((e) => [e.key, e.sha256]));
    expect(planIncremental(entries, current)).toEqual({ toWrite: [], obsoleteFiles: [] });
    current.set('audit/3', 'b'.repeat(64));
    const changedOld = entries.find((e) => e.key === 'settings/audit-head');
    current.set('settings/audit-head', 'c'.repeat(64));
    const plan = planIncremental(entries, current);
    expect([...plan.toWrite].sort()).toEqual(['audit/3', 'settings/audit-head']);
    expect(plan.obsoleteFiles).toEqual([changedOld?.file]);
  });
});
