import { damagedOriginalKind, listDocuments, putDocument, type DamagedOriginal } from '../../documents';
import { readOriginal } from '../../storage/originalsRepository';
import { sha256Hex } from '../../domain/hash/sha256';

export type { DamagedOriginal } from '../../documents';

export async function keepDamagedOriginal(
  entry: Omit<DamagedOriginal, 'v' | 'importedAt'>,
  now = new Date(),
): Promise<DamagedOriginal> {
  const document: DamagedOriginal = {
    v: 1,
    ...entry,
    importedAt: now.toISOString(),
  };
  // One document per original: the same damaged bytes found again update it, never duplicate it.
  await putDocument(damagedOriginalKind, entry.address, document);
  return document;
}

/** Every damaged original the vault keeps (the orphan sweep must count these addresses as referenced). */
export async function listDamagedOriginals(): Promise<DamagedOriginal[]> {
  return (await listDocuments(damagedOriginalKind)).map((r) => r.value);
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
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== entry.sha256.toLowerCase())
    throw new Error(
      `the kept bytes of ${entry.path} are not the file this record names: this record is damaged. Run the integrity check, or restore from a backup.`,
    );
  const name = entry.path.split('/').pop() || 'damaged-original.dcm';
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/dicom' });
}
