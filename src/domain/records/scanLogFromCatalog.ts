import type { ScanLogRow } from './scanLog';
import { studyDateToIso } from './shareRecord';

/** What the scan log needs to know of a study in the vault's catalog. */
export interface CatalogStudyFacts {
  /** The catalog's id of the study; the scan-log row of a vault study has the same id. */
  readonly id: string;
  readonly studyUid: string;
  /** DICOM 'YYYYMMDD' as the header gives it, or undefined. */
  readonly date: string | undefined;
  readonly modalities: readonly string[];
  readonly bodyParts: readonly string[];
  readonly institution: string;
}

/**
 * The scan log: one row per study in the vault, then the rows the patient added for scans known only from
 * paperwork. A vault study's row starts from the catalog (date, modality, body part, facility) and keeps
 * what the patient typed over it; a saved row whose study has left the vault stays, marked not stored.
 * Sorted by date (undated last), then id, so the log reads as a history.
 */
export function scanLogRows(
  studies: readonly CatalogStudyFacts[],
  saved: readonly ScanLogRow[],
): ScanLogRow[] {
  const savedById = new Map(saved.map((r) => [r.id, r]));
  const inVault = new Set(studies.map((s) => s.id));
  const rows: ScanLogRow[] = studies.map((s) => {
    const fromCatalog: ScanLogRow = {
      id: s.id,
      studyUid: s.studyUid,
      date: studyDateToIso(s.date),
      bodyPart: s.bodyParts.join(', '),
      modality: s.modalities.join(', '),
      facility: s.institution,
      facilityId: null,
      keyMeasurements: '',
      storedInVault: true,
      originalDiscLabel: '',
    };
    const own = savedById.get(s.id);
    if (!own) return fromCatalog;
    const pick = (mine: string, catalog: string) => (mine.trim() !== '' ? mine : catalog);
    return {
      ...own,
      studyUid: s.studyUid,
      storedInVault: true,
      date: own.date || fromCatalog.date,
      bodyPart: pick(own.bodyPart, fromCatalog.bodyPart),
      modality: pick(own.modality, fromCatalog.modality),
      facility: pick(own.facility, fromCatalog.facility),
    };
  });
  for (const r of saved) {
    if (!inVault.has(r.id)) rows.push(r.studyUid ? { ...r, storedInVault: false } : r);
  }
  return rows.sort(
    (a, b) =>
      (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  );
}
