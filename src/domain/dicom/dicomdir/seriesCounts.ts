import type { Dicomdir } from './readDicomdir';

/**
 * How many files a DICOMDIR lists under each series, keyed by Series Instance UID: the "fewer images
 * than the DICOMDIR lists" check compares this with what was found.
 */
export function dicomdirSeriesCounts(dir: Dicomdir): Map<string, number> {
  const seriesUidByOffset = new Map<number, string>();
  for (const r of dir.records) {
    if (r.type === 'SERIES' && r.keys.seriesInstanceUid)
      seriesUidByOffset.set(r.offset, r.keys.seriesInstanceUid);
  }
  const counts = new Map<string, number>();
  for (const r of dir.records) {
    if (r.inactive || !r.referencedFileId || r.parent === undefined) continue;
    const uid = seriesUidByOffset.get(r.parent);
    if (uid) counts.set(uid, (counts.get(uid) ?? 0) + 1);
  }
  return counts;
}
