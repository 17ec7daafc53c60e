import { toHex } from '../../domain/bytes/hex';
import { readOriginal } from '../../storage/originalsRepository';
import { listRecords, putRecord } from '../../storage/recordsRepository';

/** The sealed document kind that keeps a damaged original's place in the vault (records table). */
export const DAMAGED_ORIGINAL_KIND = 'damaged-original';

/** Format version of the document below. */
const DAMAGED_ORIGINAL_VERSION = 1;

/**
 * A file recognised as DICOM that could not be read as an image (truncated, unparseable, or contradicting
 * its declared transfer syntax). Its bytes are kept as an original at `address`, exactly as read, so
 * nothing a disc held is lost; no catalog row points at it, so it is never shown as an image.
 */
export interface DamagedOriginal {
  readonly v: typeof DAMAGED_ORIGINAL_VERSION;
  /** The original's address in the originals table. */
  readonly address: string;
  readonly sha256: string;
  readonly size: number;
  /** Where it was found, as imported. */
  readonly path: string;
  readonly reason: string;
  readonly importedAt: string;
}

export async function keepDamagedOriginal(
  entry: Omit<DamagedOriginal, 'v' | 'importedAt'>,
  now = new Date(),
): Promise<DamagedOriginal> {
  const document: DamagedOriginal = {
    v: DAMAGED_ORIGINAL_VERSION,
    ...entry,
    importedAt: now.toISOString(),
  };
  // One document per original: the same damaged bytes found again update it, never duplicate it.
  await putRecord(DAMAGED_ORIGINAL_KIND, entry.address, document);
  return document;
}

/** Every damaged original the vault keeps (the orphan sweep must count these addresses as referenced). */
export async function listDamagedOriginals(): Promise<DamagedOriginal[]> {
  return (await listRecords<DamagedOriginal>(DAMAGED_ORIGINAL_KIND)).map((r) => r.value);
}

/** The addresses damaged-original documents keep: the orphan sweep must leave these originals alone. */
export async function keptOriginalAddresses(): Promise<Set<string>> {
  return new Set((await listDamagedOriginals()).map((d) => d.address));
}

/**
 * The kept bytes, exactly as read from the disc, for the person to download. They are hashed again and
 * compared with the SHA-256 the document recorded, so a document pointing at another file's bytes (an
 * edited database) is refused rather than handing over the wrong file.
 */
export async function damagedOriginalFile(
  entry: Pick<DamagedOriginal, 'address' | 'path' | 'sha256'>,
): Promise<File> {
  const bytes = await readOriginal(entry.address);
  const sha256 = toHex(
    new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
  );
  if (sha256 !== entry.sha256.toLowerCase())
    throw new Error(
      `the kept bytes of ${entry.path} are not the file this record names: this record is damaged. Run the integrity check, or restore from a backup.`,
    );
  const name = entry.path.split('/').pop() || 'damaged-original.dcm';
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/dicom' });
}
