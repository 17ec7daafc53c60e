import { RecordOpenError } from '../../crypto/errors';
import { sha256Hex } from '../../domain/hash';
import { parseDicomHeader } from '../../domain/dicom';
import { appendAudit } from '../../storage/auditRepository';
import { listOriginalAddresses } from '../../storage/originalsRepository';
import { readOriginal, readOriginalInfo } from '../../storage/originalsRepository';
import {
  fixityRunKind,
  listDocuments,
  putDocument,
  type FixityFailure,
  type FixityResult,
} from '../../documents';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { walkCatalog } from '../../catalog';
import type { CountingControl as JobControl } from '../../ui/jobs';

export type { FixityFailure, FixityResult } from '../../documents';

/**
 * The fixity check walks instances → originals → chunks: the catalog's own rows and links first (a
 * damaged row, a link to a row that is not there), then every stored original and every original an
 * image points at is read (each sealed chunk authenticated), re-hashed and compared with the SHA-256 it
 * was imported with and with the SHA-256 each image pointing at it was imported with, and its header
 * parsed again to prove it still opens. One failure never stops the rest; each is named by patient,
 * study and file.
 */
export async function runFixityCheck(control: JobControl, now = new Date()): Promise<FixityResult> {
  const [stored, walk] = await Promise.all([listOriginalAddresses(), walkCatalog()]);
  const labels = new Map([...walk.byAddress].map(([address, refs]) => [address, refs.map((r) => r.label)]));
  const storedSet = new Set(stored);
  const addresses = [...new Set([...stored, ...walk.byAddress.keys()])];
  const failures: FixityFailure[] = [...walk.failures];
  let checked = 0;
  let bytes = 0;
  const fail = (address: string, reason: string) => {
    const named = labels.get(address) ?? [
      {
        patient: '—',
        study: '—',
        file: `a stored document or file no image refers to (${address.slice(0, 12)}…)`,
      },
    ];
    for (const label of named) failures.push({ ...label, reason });
  };
  for (const address of addresses) {
    if (control.stopped()) break;
    try {
      if (!storedSet.has(address)) {
        fail(address, t('stewardship.fixity.link.noOriginal'));
        continue;
      }
      const info = await readOriginalInfo(address);
      if (!info) throw new Error('its record disappeared during the check');
      for (const ref of walk.byAddress.get(address) ?? []) {
        if (ref.sha256 !== info.sha256) {
          failures.push({
            ...ref.label,
            reason: t('stewardship.fixity.link.otherFile', { actual: info.sha256, expected: ref.sha256 }),
          });
        }
      }
      const data = await readOriginal(address);
      bytes += data.length;
      const sha = await sha256Hex(data);
      if (sha !== info.sha256) {
        fail(address, `its SHA-256 is now ${sha}, not the ${info.sha256} it was imported with`);
      } else if (labels.has(address)) {
        // Only images are re-parsed: other stored files (opinion documents, receipts) are not DICOM.
        const name = labels.get(address)?.[0]?.file ?? 'file.dcm';
        const parsed = parseDicomHeader(data, name.split('/').pop() ?? name);
        if (!parsed.ok)
          fail(address, `its bytes are intact but it no longer opens as DICOM: ${parsed.reason}`);
      }
    } catch (error) {
      fail(address, failureReason(error));
    } finally {
      checked++;
    }
    control.progress(checked, addresses.length);
  }
  const result: FixityResult = {
    at: now.toISOString(),
    checked,
    total: addresses.length,
    bytes,
    failures,
    cancelled: checked < addresses.length,
  };
  await putDocument(fixityRunKind, result.at, result);
  await appendAudit('integrity-check', 'vault', {
    checked,
    total: addresses.length,
    failures: failures.length,
    cancelled: result.cancelled,
  });
  return result;
}

/** A sealed part that fails authentication is damage (or tampering), said without the internal record id. */
function failureReason(error: unknown): string {
  if (error instanceof RecordOpenError) {
    const part = /#(\d+)$/.exec(error.record);
    const which = part
      ? `part ${Number(part[1]) + 1} of its stored bytes`
      : 'its stored facts (size, SHA-256)';
    return `authentication failed when decrypting ${which}: they were altered or damaged since import`;
  }
  return errorMessage(error);
}

/** The most recent check, or null when none ever ran. */
export async function lastFixityResult(): Promise<FixityResult | null> {
  const all = await listDocuments(fixityRunKind);
  return all.map((d) => d.value).sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null;
}

/** The most recent complete check (a cancelled one does not count for the yearly reminder). */
export async function lastCompleteFixityAt(): Promise<string | null> {
  const all = await listDocuments(fixityRunKind);
  return (
    all
      .map((d) => d.value)
      .filter((r) => !r.cancelled)
      .sort((a, b) => (a.at < b.at ? 1 : -1))[0]?.at ?? null
  );
}
