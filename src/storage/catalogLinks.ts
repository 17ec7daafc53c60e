import { contentAddress, opaqueId } from '../crypto/keyring';
import { groupKeys } from '../domain/dicom/group/groupKeys';
import type { DicomInstance } from '../domain/dicom/model';
import type { Links } from './payloads';

type Loose = Readonly<Record<string, unknown>>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;

/**
 * The links an instance payload implies by its own contents: its original's address is the keyed hash
 * of its SHA-256, its series id the keyed hash of its series key (catalog/instanceRows.ts).
 * Used for rows sealed before links were, to catch a rewritten column before re-sealing it as true.
 * Null when the payload does not hold what it takes (a payload shape this check does not know).
 */
export async function expectedInstanceLinks(value: unknown): Promise<Links | null> {
  if (!isObject(value) || typeof value['sha256'] !== 'string' || !isObject(value['instance'])) return null;
  const instance = value['instance'] as unknown as DicomInstance;
  if (!isObject(instance.patient) || !isObject(instance.study) || !isObject(instance.series)) return null;
  const [address, seriesId] = await Promise.all([
    contentAddress(value['sha256']),
    opaqueId('series', groupKeys(instance).series),
  ]);
  return { seriesId, address };
}
