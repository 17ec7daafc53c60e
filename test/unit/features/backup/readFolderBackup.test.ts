import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  encodeFolderRecord,
  recordFilePath,
  recordKey,
  type BackupAuthenticator,
  type BackupRecord,
  type IndexEntry,
  type KeyedRecord,
} from '../../../../src/domain/backup';
import { readFolderBackup, type FolderFiles } from '../../../../src/features/backup/readFolderBackup';
import { fixtureHeader, fixtureRecords, testAuthenticator } from '../../domain/backup/fixtureBuilder';

function memoryFolder(files: Map<string, Uint8Array>): FolderFiles {
  return { name: 'Imaging Vault backup', read: async (path) => files.get(path) ?? null };
}

/** A folder backup as the app writes it; `tamper` may swap a record for another before its entry is made. */
async function buildFolder(records: BackupRecord[], tamper?: (r: BackupRecord) => BackupRecord) {
  const authenticator = await testAuthenticator();
  const files = new Map<string, Uint8Array>();
  const entries: IndexEntry[] = [];
  for (const record of records) {
    const encoded = await encodeFolderRecord(record, authenticator);
    let bytes = encoded.bytes;
    let sha256 = encoded.sha256;
    const altered = tamper?.(record);
    if (altered && altered !== record) {
      // The attacker keeps the record's code but changes what it describes, then rebuilds the manifest.
      const mac = JSON.parse(
        Buffer.from(
          encoded.bytes.subarray(13, 13 + new DataView(encoded.bytes.buffer).getUint32(9, true)),
        ).toString(),
      ).mac as string;
      const forged = await encodeFolderRecord(altered, { mac: async () => mac, verify: async () => true });
      bytes = forged.bytes;
      sha256 = forged.sha256;
    }
    const file = recordFilePath(sha256);
    files.set(file, bytes);
    entries.push({ key: encoded.key, sha256, size: bytes.length, file });
  }
  const header = fixtureHeader(records);
  const manifest = await buildManifest(header, entries, '2026-01-03T00:00:00.000Z', 1, authenticator);
  files.set('manifest.json', new TextEncoder().encode(manifest));
  return { files, authenticator };
}

/** An attacker without the key rebuilds the manifest's bare checksum but cannot remake its code. */
async function rebuildManifestWithoutKey(files: Map<string, Uint8Array>, forger: BackupAuthenticator) {
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as {
    records: IndexEntry[];
    mac: string;
  };
  const { mac, records, ...header } = manifest;
  void mac;
  const text = await buildManifest(header as never, records, '2026-01-03T00:00:00.000Z', 1, forger);
  files.set('manifest.json', new TextEncoder().encode(text));
}

async function readAll(folder: FolderFiles, authenticator?: BackupAuthenticator) {
  const got: KeyedRecord[] = [];
  const report = await readFolderBackup(folder, { onRecord: async (r) => void got.push(r), authenticator });
  return { got, report };
}

const swapPatient = (r: BackupRecord): BackupRecord =>
  r.descriptor.table === 'studies'
    ? { ...r, descriptor: { ...r.descriptor, row: { ...r.descriptor.row, patientId: 'p2' } } }
    : r;

describe('folder backup authentication', () => {
  it('reads an untouched format-2 folder with every code matching', async () => {
    const { files, authenticator } = await buildFolder(fixtureRecords());
    const { got, report } = await readAll(memoryFolder(files), authenticator);
    expect(report.problems).toEqual([]);
    expect(got).toHaveLength(fixtureRecords().length);
  });

  it('names a record whose parent id was swapped, even with its file renamed to match', async () => {
    const { files, authenticator } = await buildFolder(fixtureRecords(), swapPatient);
    const { got, report } = await readAll(memoryFolder(files), authenticator);
    expect(got.map((r) => r.key)).not.toContain('studies/st1');
    expect(report.problems).toEqual([
      expect.objectContaining({ key: 'studies/st1', reason: expect.stringMatching(/was altered/) }),
    ]);
  });

  it('refuses a manifest rebuilt without the key; a fresh restore checks it after the unlock', async () => {
    const { files, authenticator } = await buildFolder(fixtureRecords(), swapPatient);
    await rebuildManifestWithoutKey(files, await testAuthenticator(9));
    await expect(readAll(memoryFolder(files), authenticator)).rejects.toThrow(/header does not match/);
    const { report } = await readAll(memoryFolder(files));
    const failed: string[] = [];
    for (const check of report.deferred) {
      if (!(await authenticator.verify(check.message, check.mac))) failed.push(check.key);
    }
    expect(failed).toEqual(['header', 'studies/st1']);
  });

  it('still reads a format-1 folder written by the previous release', async () => {
    const root = new URL('../../domain/backup/fixtures/v1-folder/', import.meta.url).pathname;
    const files = new Map<string, Uint8Array>();
    const walk = (dir: string) => {
      for (const name of readdirSync(join(root, dir))) {
        const path = dir ? `${dir}/${name}` : name;
        if (statSync(join(root, path)).isDirectory()) walk(path);
        else files.set(path, new Uint8Array(readFileSync(join(root, path))));
      }
    };
    walk('');
    const { got, report } = await readAll(memoryFolder(files), await testAuthenticator());
    expect(report.header.version).toBe(1);
    expect(report.problems).toEqual([]);
    expect(report.deferred).toEqual([]);
    expect(got.map((r) => r.key).sort()).toEqual(
      fixtureRecords()
        .map((r) => recordKey(r.descriptor))
        .sort(),
    );
  });
});
