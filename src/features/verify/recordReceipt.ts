import type { VerificationResult } from '../../domain/verify';
import { getDocument, putDocument, shareKind, type ShareRecord } from '../../documents';
import { appendAudit } from '../../storage/auditRepository';

/** The package id an exported bag carries (bag-info Internal-Sender-Identifier). */
export function packageIdOf(result: VerificationResult): string | null {
  const entry = result.bag?.info.find(([label]) => label.toLowerCase() === 'internal-sender-identifier');
  return entry?.[1].trim() || null;
}

/** A verified package that this vault sent, and whether this copy's fingerprint is the one recorded. */
export interface OwnShare {
  readonly packageId: string;
  readonly share: ShareRecord;
  /** False when both are known and differ: this copy is not the package that was sent. */
  readonly sameFingerprint: boolean;
}

/** This copy's fingerprint and what it is of: a ZIP's own, or a folder's tagmanifest-sha256.txt. */
export interface CopyFingerprint {
  readonly sha256: string;
  readonly of: 'zip' | 'tagmanifest' | 'file';
}

/**
 * False only when both fingerprints are known, of the same kind, and differ. A ZIP sent and verified
 * unpacked as a folder has two different, equally honest fingerprints: those cannot be compared.
 */
function sameFingerprint(share: ShareRecord, copy: CopyFingerprint | undefined): boolean {
  const recorded = share.fingerprint?.toLowerCase();
  if (!recorded || !copy || (share.fingerprintOf ?? 'zip') !== copy.of) return true;
  return recorded === copy.sha256.toLowerCase();
}

/** The share-log entry of a valid package made by this vault, or null when it is not one of ours. */
export async function ownShareOf(
  result: VerificationResult,
  fingerprint?: CopyFingerprint,
): Promise<OwnShare | null> {
  const packageId = packageIdOf(result);
  if (!packageId || result.verdict !== 'valid') return null;
  const share = await getDocument(shareKind, packageId);
  if (!share) return null;
  return { packageId, share: share.value, sameFingerprint: sameFingerprint(share.value, fingerprint) };
}

/**
 * Marks the share of a valid package from this vault as verified by receipt. Only the person's word that
 * this copy is the one the recipient holds earns that mark (checking one's own copy right after export
 * proves nothing about theirs), so the caller calls this from that confirmation alone; a copy whose
 * fingerprint differs from the one recorded at export is refused. Returns the share as marked, or null
 * when the package is not one of ours.
 */
export async function recordVerifiedShare(
  result: VerificationResult,
  at: Date,
  fingerprint?: CopyFingerprint,
): Promise<ShareRecord | null> {
  const own = await ownShareOf(result, fingerprint);
  if (!own) return null;
  const { share } = own;
  if (!own.sameFingerprint)
    throw new Error(
      `This copy's fingerprint differs from the one recorded when ${share.packageName || 'the package'} was made: it is not the package that was sent.`,
    );
  if (share.verifiedByReceipt) return share;
  const updated: ShareRecord = { ...share, verifiedByReceipt: true, verifiedAt: at.toISOString() };
  await putDocument(shareKind, own.packageId, updated);
  await appendAudit('share', own.packageId, { verifiedByReceipt: true });
  return updated;
}
