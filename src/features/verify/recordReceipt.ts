import type { VerificationResult } from '../../domain/verify';
import { appendAudit } from '../../storage/auditRepository';
import { getRecord, putRecord } from '../../storage/recordsRepository';

/** The share-log entry the Packages feature writes for each export (kind 'share', id = package id). */
interface ShareEntry {
  readonly packageId: string;
  readonly sentAt?: string;
  readonly specialistId?: string;
  readonly verifiedByReceipt?: boolean;
  readonly verifiedAt?: string;
}

/** The package id an exported bag carries (bag-info Internal-Sender-Identifier). */
export function packageIdOf(result: VerificationResult): string | null {
  const entry = result.bag?.info.find(([label]) => label.toLowerCase() === 'internal-sender-identifier');
  return entry?.[1].trim() || null;
}

/**
 * When a valid package came from this vault, its share is marked verified (the recipient's copy is proven
 * bit for bit). Returns the share that was marked, or null when the package is not one of ours.
 */
export async function recordVerifiedShare(result: VerificationResult, at: Date): Promise<ShareEntry | null> {
  const packageId = packageIdOf(result);
  if (!packageId || result.verdict !== 'valid') return null;
  const share = await getRecord<ShareEntry>('share', packageId);
  if (!share) return null;
  if (!share.value.verifiedByReceipt) {
    const updated: ShareEntry = { ...share.value, verifiedByReceipt: true, verifiedAt: at.toISOString() };
    await putRecord('share', packageId, updated);
    await appendAudit('share', packageId, { verifiedByReceipt: true });
    return updated;
  }
  return share.value;
}
