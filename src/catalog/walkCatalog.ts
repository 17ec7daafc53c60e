import {
  readInstances,
  readPatients,
  readSeries,
  readStudies,
  type DamagedRow,
} from '../storage/catalogRepository';
import { t } from '../ui/i18n/catalog';
import type { StoredInstance } from './model';
import { catalogDamageNotice, shortId } from './damageNotices';
import { patientLabel, studyLabel, type FileLabel } from './fileLabels';

export interface CatalogLinkFailure extends FileLabel {
  readonly reason: string;
}

/** A sound instance, as the fixity check follows it to its original. */
export interface InstanceRef {
  readonly label: FileLabel;
  /** The SHA-256 sealed in the instance: the original it points at must have this one. */
  readonly sha256: string;
}

export interface CatalogWalk {
  /** Every sound instance, by its original's address (one file may serve several instances). */
  readonly byAddress: Map<string, InstanceRef[]>;
  /** Damaged rows and broken links in the catalog itself, each named by patient, study and file. */
  readonly failures: CatalogLinkFailure[];
}

/**
 * Walks the catalog patient ← study ← series ← instance and names every row that does not hold: a
 * damaged row (by its true parent where its seal opened, so a moved image is named under the patient
 * it really belongs to) and every link that points at a row that is not there.
 */
export async function walkCatalog(): Promise<CatalogWalk> {
  const [patients, studies, series, instances] = await Promise.all([
    readPatients(),
    readStudies(),
    readSeries(),
    readInstances(),
  ]);
  const patientById = new Map(patients.items.map((p) => [p.id, p.value]));
  const studyById = new Map(studies.items.map((s) => [s.id, s]));
  const seriesById = new Map(series.items.map((s) => [s.id, s]));
  const damagedPatients = new Set(patients.damaged.map((d) => d.id));
  const damagedStudies = new Set(studies.damaged.map((d) => d.id));

  const patientName = (id: string) =>
    patientById.has(id)
      ? patientLabel(patientById.get(id))
      : damagedPatients.has(id)
        ? t('damage.patientName')
        : t('stewardship.fixity.unknownPatient');
  const ofStudy = (studyId: string | undefined): Omit<FileLabel, 'file'> => {
    const study = studyById.get(studyId ?? '');
    if (study) return { patient: patientName(study.patientId), study: studyLabel(study.value) };
    return {
      patient: t('stewardship.fixity.unknownPatient'),
      study: damagedStudies.has(studyId ?? '') ? t('damage.studyName') : t('stewardship.fixity.unknownStudy'),
    };
  };
  const ofSeries = (seriesId: string | undefined) => ofStudy(seriesById.get(seriesId ?? '')?.studyId);

  const failures: CatalogLinkFailure[] = [];
  const damaged: DamagedRow[] = [
    ...patients.damaged,
    ...studies.damaged,
    ...series.damaged,
    ...instances.damaged,
  ];
  for (const row of damaged) {
    const notice = catalogDamageNotice(row);
    // Where only the clear link lies, the sealed one is the truth: name the row by it.
    const parent = row.cause.kind === 'link' ? row.cause.sealed : row.parentId;
    const where =
      row.table === 'patients'
        ? { patient: t('damage.patientName'), study: '—' }
        : row.table === 'studies'
          ? { patient: patientName(parent ?? ''), study: t('damage.studyName') }
          : row.table === 'series'
            ? ofStudy(parent)
            : ofSeries(row.cause.kind === 'link' && row.cause.link === 'seriesId' ? parent : row.parentId);
    const stored = row.table === 'instances' ? (row.sealedValue as StoredInstance | undefined) : undefined;
    const file = stored?.sourcePath || stored?.instance?.fileName || notice.what;
    failures.push({ ...where, file, reason: notice.reason });
  }

  for (const study of studies.items) {
    if (!patientById.has(study.patientId) && !damagedPatients.has(study.patientId)) {
      failures.push({
        ...ofStudy(study.id),
        file: t('damage.what.studies', { id: shortId(study.id) }),
        reason: t('stewardship.fixity.link.noPatient', { id: shortId(study.patientId) }),
      });
    }
  }
  const damagedSeries = new Set(series.damaged.map((d) => d.id));
  for (const s of series.items) {
    if (!studyById.has(s.studyId) && !damagedStudies.has(s.studyId)) {
      failures.push({
        ...ofStudy(s.studyId),
        file: t('damage.what.series', { id: shortId(s.id) }),
        reason: t('stewardship.fixity.link.noStudy', { id: shortId(s.studyId) }),
      });
    }
  }

  const byAddress = new Map<string, InstanceRef[]>();
  for (const instance of instances.items) {
    const label: FileLabel = {
      ...ofSeries(instance.seriesId),
      file: instance.value.sourcePath || instance.value.instance.fileName,
    };
    if (!seriesById.has(instance.seriesId) && !damagedSeries.has(instance.seriesId)) {
      failures.push({
        ...label,
        reason: t('stewardship.fixity.link.noSeries', { id: shortId(instance.seriesId) }),
      });
    }
    const refs = byAddress.get(instance.address) ?? [];
    refs.push({ label, sha256: instance.value.sha256.toLowerCase() });
    byAddress.set(instance.address, refs);
  }
  return { byAddress, failures };
}
