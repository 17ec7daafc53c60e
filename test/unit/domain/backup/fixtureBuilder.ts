import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileWriter,
  toBytesJson,
  type BackupAuthenticator,
  type BackupHeader,
  type BackupRecord,
  type BackupTable,
} from '../../../../src/domain/backup';

/**
 * A stand-in for the vault's authenticator (crypto/keyring backupAuthenticator): a digest of a secret
 * seed and the message. Only crypto/ may hold keys, and the format only needs "a code a forger
 * without the seed cannot make".
 */
export async function testAuthenticator(seed = 1): Promise<BackupAuthenticator> {
  const mac = async (message: Uint8Array) => {
    const keyed = new Uint8Array(32 + message.length);
    keyed.fill(seed, 0, 32);
    keyed.set(message, 32);
    return Buffer.from(await crypto.subtle.digest('SHA-256', keyed)).toString('hex');
  };
  return Promise.resolve({ mac, verify: async (message, code) => (await mac(message)) === code });
}

/** Deterministic "sealed" bytes: the test only needs them to travel unchanged. */
export function fakeSealed(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const ADDRESS = 'a'.repeat(64);

/** One record of every table a vault backs up, in restore order (as the app writes them). */
export function fixtureRecords(): BackupRecord[] {
  const rec = (
    table: BackupTable,
    row: Record<string, string | number>,
    seed: number,
    size = 64,
  ): BackupRecord => ({
    descriptor: { table, row },
    sealed: fakeSealed(seed, size),
  });
  return [
    rec('chunks', { address: ADDRESS, index: 0 }, 1, 70_000),
    rec('chunks', { address: ADDRESS, index: 1 }, 2, 30_000),
    rec('originals', { address: ADDRESS }, 3),
    rec('instances', { id: 'i1', seriesId: 's1', address: ADDRESS }, 4),
    rec('series', { id: 's1', studyId: 'st1' }, 5),
    rec('studies', { id: 'st1', patientId: 'p1' }, 6),
    rec('patients', { id: 'p1' }, 7),
    rec('records', { id: 'r1' }, 8),
    rec('audit', { seq: 1 }, 9),
    rec('audit', { seq: 2 }, 10),
    rec('settings', { key: 'audit-head' }, 11),
  ];
}

export function fixtureHeader(records: readonly BackupRecord[]): BackupHeader {
  const counts: Partial<Record<BackupTable, number>> = {};
  for (const r of records) counts[r.descriptor.table] = (counts[r.descriptor.table] ?? 0) + 1;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    vaultId: '00000000-0000-4000-8000-000000000001',
    createdAt: '2026-01-02T03:04:05.000Z',
    keyMaterial: toBytesJson({ version: 1, vaultId: 'v', keyId: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) }),
    counts,
  };
}

/** A whole single-file backup, written by the current version's writer. */
export async function buildBackupFile(
  records = fixtureRecords(),
  header = fixtureHeader(records),
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const writer = await BackupFileWriter.start(
    { write: async (b) => void parts.push(b.slice()) },
    header,
    await testAuthenticator(),
  );
  for (const r of records) await writer.add(r);
  await writer.finish();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
