import type { GroupInput } from '../domain/dicom';
import { listInstances, listSeries } from '../storage/catalogRepository';
import { studiesOfSeries } from '../storage/catalogRepository';
import { commitCatalog } from './commitCatalog';

/**
 * After merging a backup into the vault, each study that gained instances gets its summary (counts,
 * sizes, flags) recomputed from all of its instances, as an import does. DICOMDIR counts are not in a
 * backup, so the missing-slice check by DICOMDIR count is not repeated for these studies.
 */
export async function resummariseStudies(addedInstanceSeries: readonly string[]): Promise<number> {
  if (addedInstanceSeries.length === 0) return 0;
  const studyIds = await studiesOfSeries(addedInstanceSeries);
  const inputs: GroupInput[] = [];
  for (const studyId of studyIds) {
    const [first] = await listSeries(studyId);
    if (!first) continue;
    const [instance] = await listInstances(first.id);
    if (!instance) continue;
    const v = instance.value;
    inputs.push({ instance: v.instance, sha256: v.sha256, size: v.size, path: v.sourcePath });
  }
  await commitCatalog(inputs, new Map());
  return studyIds.length;
}
