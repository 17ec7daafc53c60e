import { readOriginal } from '../../storage/originalsRepository';
import {
  viewerInstances,
  viewerSeries,
  viewerStudies,
  type DamagedRow,
  type ViewerInstance,
  type ViewerSeries,
  type ViewerStudy,
} from '../../catalog';

export type { ViewerHeader, ViewerInstance, ViewerSeries, ViewerStudy } from '../../catalog';

/** Where the viewer's studies come from; the repositories in the app, anything in a test. */
export interface ViewerData {
  listStudies(): Promise<ViewerStudy[]>;
  listSeriesOfStudy(studyId: string): Promise<ViewerSeries[]>;
  listInstancesOfSeries(seriesId: string): Promise<ViewerInstance[]>;
  readOriginal(address: string): Promise<Uint8Array>;
  /** The instance rows of a series that were left out of the last listing because they are damaged. */
  damagedInstancesOf?(seriesId: string): readonly DamagedRow[];
}

/**
 * The SHA-256 each listed instance was imported with, by its original's address: reading an original
 * checks the file's own sealed SHA-256 against it, so a swapped address never shows another file.
 */
const importedSha256 = new Map<string, string>();
const damagedBySeries = new Map<string, readonly DamagedRow[]>();

/** The viewer's data read from the vault's catalog (catalog/viewerView.ts) and its originals. */
export const vaultViewerData: ViewerData = {
  listStudies: viewerStudies,
  listSeriesOfStudy: viewerSeries,
  async listInstancesOfSeries(seriesId) {
    const { instances, damaged } = await viewerInstances(seriesId);
    damagedBySeries.set(seriesId, damaged);
    for (const { instance, sha256 } of instances) {
      if (sha256 !== undefined) importedSha256.set(instance.address, sha256);
    }
    return instances.map((i) => i.instance);
  },
  readOriginal: (address) => readOriginal(address, importedSha256.get(address)),
  damagedInstancesOf: (seriesId) => damagedBySeries.get(seriesId) ?? [],
};
