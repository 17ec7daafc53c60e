import type { ProcessedFile } from '../protocol/importApi';
import { sealInstance } from '../storage/catalogRepository';
import type { InstanceRow } from '../storage/schema';
import type { StoredInstance } from './model';
import { opaqueId } from '../crypto/keyring';
import { groupKeys, type DicomInstance } from '../domain/dicom';

export async function sealInstanceRow(file: Extract<ProcessedFile, { kind: 'dicom' }>): Promise<InstanceRow> {
  const { seriesId, instanceId } = await instanceIds(file.instance, file.sha256);
  const value: StoredInstance = {
    instance: file.instance,
    sha256: file.sha256,
    size: file.size,
    sourcePath: file.path,
    importedAt: new Date().toISOString(),
  };
  return sealInstance(instanceId, seriesId, file.sealed.address, value);
}

/** Ids for the rows an instance lands in; the same file always gets the same ids in this vault. */
export async function instanceIds(instance: DicomInstance, sha256: string) {
  const keys = groupKeys(instance);
  const [seriesId, instanceId] = await Promise.all([
    opaqueId('series', keys.series),
    opaqueId('instance', `${instance.image.sopInstanceUid}|${sha256}`),
  ]);
  return { seriesId, instanceId };
}
