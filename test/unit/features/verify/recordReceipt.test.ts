import { beforeEach, describe, expect, it } from 'vitest';
import type { VerificationResult } from '../../../../src/domain/verify';
import { ownShareOf, packageIdOf, recordVerifiedShare } from '../../../../src/features/verify/recordReceipt';
import { readAuditTrail } from '../../../../src/storage/auditRepository';
import { getDocument, putDocument, shareKind } from '../../../../src/documents';
import { freshVault } from '../../storage/resetVault';

/** A share as some writer left it (fields missing), stored the way the share log reads it. */
const putShare = (id: string, value: object) => putDocument(shareKind, id, shareKind.read(value, id));

function result(verdict: VerificationResult['verdict'], packageId?: string): VerificationResult {
  return {
    verdict,
    bag: {
      version: '1.0',
      encoding: 'UTF-8',
      info: packageId ? [['Internal-Sender-Identifier', packageId]] : [['Source-Organization', 'x']],
    },
  } as unknown as VerificationResult;
}

describe('recording a verified receipt in the share log', () => {
  beforeEach(() => freshVault());

  it('marks the share whose package id the bag carries, once, and audits it', async () => {
    await putShare('pkg-42', { packageId: 'pkg-42', specialistId: 's1', verifiedByReceipt: false });
    const at = new Date('2026-11-24T10:00:00Z');
    expect(packageIdOf(result('valid', 'pkg-42'))).toBe('pkg-42');
    expect(await recordVerifiedShare(result('valid', 'pkg-42'), at)).toMatchObject({
      verifiedByReceipt: true,
      verifiedAt: '2026-11-24T10:00:00.000Z',
    });
    expect((await getDocument(shareKind, 'pkg-42'))?.value.verifiedByReceipt).toBe(true);
    await recordVerifiedShare(result('valid', 'pkg-42'), new Date());
    const shares = (await readAuditTrail()).entries.filter((e) => e.event.action === 'share');
    expect(shares).toHaveLength(1);
  });

  it('leaves the log alone for an altered package, a foreign package or a bag without id', async () => {
    await putShare('pkg-42', { packageId: 'pkg-42', verifiedByReceipt: false });
    expect(await recordVerifiedShare(result('complete-but-altered', 'pkg-42'), new Date())).toBeNull();
    expect(await recordVerifiedShare(result('valid', 'someone-elses'), new Date())).toBeNull();
    expect(await recordVerifiedShare(result('valid'), new Date())).toBeNull();
    expect((await getDocument(shareKind, 'pkg-42'))?.value.verifiedByReceipt).toBe(false);
  });

  it('finds our own package without marking it: only the confirmation marks it', async () => {
    await putShare('pkg-7', {
      packageId: 'pkg-7',
      fingerprint: 'AB'.repeat(32),
      verifiedByReceipt: false,
    });
    const own = await ownShareOf(result('valid', 'pkg-7'), { sha256: 'ab'.repeat(32), of: 'zip' });
    expect(own).toMatchObject({ packageId: 'pkg-7', sameFingerprint: true });
    expect((await getDocument(shareKind, 'pkg-7'))?.value.verifiedByReceipt).toBe(false);
    expect((await readAuditTrail()).entries.filter((e) => e.event.action === 'share')).toHaveLength(0);
  });

  it('refuses to mark a copy whose fingerprint differs from the one recorded at export', async () => {
    await putShare('pkg-8', {
      packageId: 'pkg-8',
      fingerprint: 'ab'.repeat(32),
      verifiedByReceipt: false,
    });
    const copy = { sha256: 'cd'.repeat(32), of: 'zip' } as const;
    expect(await ownShareOf(result('valid', 'pkg-8'), copy)).toMatchObject({ sameFingerprint: false });
    // The same ZIP verified unpacked has its folder's fingerprint: a different kind, not a different copy.
    expect(await ownShareOf(result('valid', 'pkg-8'), { ...copy, of: 'tagmanifest' })).toMatchObject({
      sameFingerprint: true,
    });
    await expect(recordVerifiedShare(result('valid', 'pkg-8'), new Date(), copy)).rejects.toThrow(
      /not the package that was sent/,
    );
    expect((await getDocument(shareKind, 'pkg-8'))?.value.verifiedByReceipt).toBe(false);
  });
});
