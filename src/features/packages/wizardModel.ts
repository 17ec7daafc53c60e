import type { DeidOptions } from '../../domain/deid';
import type { SpecialistValue } from '../../documents';
import type { FlagCode } from '../../domain/dicom/checks/flag';
import type { WrittenDocument } from '../../domain/package/writtenDocument';
import { safePackageName } from '../../domain/package/safePackageName';
import type { CatalogPatient, CatalogSeries, CatalogStudy } from '../../catalog';

export type Recipient =
  | { readonly mode: 'existing'; readonly specialistId: string }
  | { readonly mode: 'new'; readonly value: SpecialistValue };

export interface HistoryForm {
  readonly summary: string;
  readonly medications: string;
  readonly allergies: string;
}

/** Everything the wizard collects before writing. */
export interface Draft {
  /** Chosen series of each study (a whole study when all its series are in). */
  readonly selection: ReadonlyMap<string, ReadonlySet<string>>;
  readonly recipient: Recipient | null;
  readonly sender: string;
  readonly purpose: string;
  readonly reports: readonly File[];
  readonly translations: readonly File[];
  /** Key images made in the viewer (PNG with annotations and identifiers), chosen by record id. */
  readonly keyImages: readonly string[];
  readonly history: HistoryForm;
  readonly questions: string;
  readonly deidentify: boolean;
  readonly deidOptions: DeidOptions;
}

export const EMPTY_DRAFT: Draft = {
  selection: new Map(),
  recipient: null,
  sender: '',
  purpose: '',
  reports: [],
  translations: [],
  keyImages: [],
  history: { summary: '', medications: '', allergies: '' },
  questions: '',
  deidentify: false,
  deidOptions: {},
};

/** Series flags worth a warning before sending: the recipient should know the images are incomplete or lossy. */
export const WARN_FLAGS: readonly FlagCode[] = [
  'lossy',
  'possibly-lossy',
  'instance-number-gaps',
  'uneven-spacing',
  'fewer-than-dicomdir',
  'burned-in-annotation',
];

export function toggleStudy(draft: Draft, study: CatalogStudy, on: boolean): Draft {
  const selection = new Map(draft.selection);
  if (on) selection.set(study.id, new Set(study.series.map((s) => s.id)));
  else selection.delete(study.id);
  return { ...draft, selection };
}

export function toggleSeries(draft: Draft, series: CatalogSeries, on: boolean): Draft {
  const selection = new Map(draft.selection);
  const chosen = new Set(selection.get(series.studyId) ?? []);
  if (on) chosen.add(series.id);
  else chosen.delete(series.id);
  if (chosen.size === 0) selection.delete(series.studyId);
  else selection.set(series.studyId, chosen);
  return { ...draft, selection };
}

export interface ChosenStudy {
  readonly patient: CatalogPatient;
  readonly study: CatalogStudy;
  readonly series: readonly CatalogSeries[];
}

/** The chosen studies in catalog order, each with its chosen series. */
export function chosenStudies(catalog: readonly CatalogPatient[], draft: Draft): ChosenStudy[] {
  return catalog.flatMap((patient) =>
    patient.studies.flatMap((study) => {
      const ids = draft.selection.get(study.id);
      const series = study.series.filter((s) => ids?.has(s.id));
      return series.length > 0 ? [{ patient, study, series }] : [];
    }),
  );
}

export interface SeriesWarning {
  readonly study: string;
  readonly series: string;
  readonly flags: readonly { readonly code: FlagCode; readonly text: string }[];
}

export function seriesName(series: CatalogSeries): string {
  const info = series.series.info;
  return [info.number, info.description || info.modality]
    .filter((x) => x !== undefined && x !== '')
    .join('. ');
}

export function studyName(study: CatalogStudy): string {
  return study.study.info.description || study.study.modalities.join(', ') || study.study.info.date || '';
}

/** Chosen series that carry a flag from WARN_FLAGS, with the sentences the import wrote for them. */
export function selectionWarnings(chosen: readonly ChosenStudy[]): SeriesWarning[] {
  return chosen.flatMap((c) =>
    c.series.flatMap((s) => {
      const flags = s.series.flags.filter((f) => WARN_FLAGS.includes(f.code));
      return flags.length > 0 ? [{ study: studyName(c.study), series: seriesName(s), flags }] : [];
    }),
  );
}

export function recipientValue(
  recipient: Recipient | null,
  specialists: readonly { id: string; value: SpecialistValue }[],
): SpecialistValue | null {
  if (!recipient) return null;
  if (recipient.mode === 'new') return recipient.value;
  return specialists.find((s) => s.id === recipient.specialistId)?.value ?? null;
}

/** The history form and the questions as documents rendered to HTML and text in the package. */
export function writtenDocuments(
  draft: Draft,
  labels: { history: string; questions: string; summary: string; medications: string; allergies: string },
  preparedBy: string | undefined,
): { name: string; document: WrittenDocument }[] {
  const subtitle = preparedBy?.trim() ? { subtitle: preparedBy.trim() } : {};
  const out: { name: string; document: WrittenDocument }[] = [];
  const history = (
    [
      [labels.summary, draft.history.summary],
      [labels.medications, draft.history.medications],
      [labels.allergies, draft.history.allergies],
    ] as const
  ).filter(([, text]) => text.trim() !== '');
  if (history.length > 0) {
    out.push({
      name: 'patient-history',
      document: {
        title: labels.history,
        ...subtitle,
        sections: history.map(([heading, text]) => ({ heading, text })),
      },
    });
  }
  if (draft.questions.trim()) {
    out.push({
      name: 'questions-for-the-consultant',
      document: {
        title: labels.questions,
        ...subtitle,
        sections: [{ heading: labels.questions, text: draft.questions }],
      },
    });
  }
  return out;
}

/** "Imaging-package-2024-07-15-Dr_Anna_Muller-3f2a": readable, ASCII, and unique by the id's start. */
export function packageNameFor(
  createdAt: Date,
  recipientName: string | undefined,
  packageId: string,
): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${createdAt.getFullYear()}-${p(createdAt.getMonth() + 1)}-${p(createdAt.getDate())}`;
  const who = recipientName?.trim() ? ` ${recipientName.trim()}` : '';
  return safePackageName(
    `Imaging package ${day}${who} ${packageId.replace(/-/g, '').slice(0, 6)}`,
    undefined,
    {
      maxLength: 72,
    },
  );
}
