import type { Allergy, CareRecord, Medication, Problem, RecordSource, VisitNote } from '../careRecord';
import { BundleIndex } from './bundleIndex';
import { arr, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';
import { mapAllergy } from './mapAllergy';
import { mapCondition } from './mapCondition';
import type { Mapped, MapContext } from './mapContext';
import { mapDocumentReference } from './mapDocumentReference';
import { mapMedication } from './mapMedication';
import { mapPatient } from './mapPatient';
import type { FhirPatient } from './mapPatient';
import { parseJsonText } from './parseJsonText';
import { errorMessage } from '../../text/errorMessage';

export interface FhirImport {
  readonly ok: true;
  /** The first Patient in the file, or null. */
  readonly patient: FhirPatient | null;
  readonly record: CareRecord;
  /** Imported items per resource type. */
  readonly imported: Readonly<Record<string, number>>;
  /** Resources of types this import does not use, counted by type (Observation: 120, Encounter: 14...). */
  readonly otherTypes: Readonly<Record<string, number>>;
  /** Resources of a used type that were left out, each with its reason. */
  readonly leftOut: readonly string[];
  readonly warnings: readonly string[];
}

export type FhirImportResult = FhirImport | { readonly ok: false; readonly error: string };

/** How far an import has got: parsing the text, then mapping resource `done` of `total`. */
export type FhirImportProgress =
  | { readonly phase: 'parsing' }
  | { readonly phase: 'mapping'; readonly done: number; readonly total: number };

/** Resources mapped between two progress reports: often enough to move a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250;

type Mapper = (r: JsonObject, ctx: MapContext) => Mapped<Allergy | Medication | Problem | VisitNote>;

const MAPPERS: Record<string, [keyof CareRecord, Mapper]> = {
  AllergyIntolerance: ['allergies', mapAllergy],
  MedicationStatement: ['medications', mapMedication],
  MedicationRequest: ['medications', mapMedication],
  Condition: ['problems', mapCondition],
  DocumentReference: ['notes', mapDocumentReference],
};

/**
 * Imports a FHIR R4 Bundle (JSON text, as patient portals export it) into care-record items. A file of
 * newline-delimited resources (a bulk-data NDJSON export) is read as if it were a collection Bundle. Every
 * resource that cannot be used is counted or explained; one bad entry never stops the others.
 * `fileName` names the file in messages and in each item's source. `onProgress` hears how far it got
 * (a large bundle is imported in a worker, and its page shows this).
 */
export function importFhirBundle(
  text: string,
  fileName = 'The file',
  onProgress?: (progress: FhirImportProgress) => void,
): FhirImportResult {
  onProgress?.({ phase: 'parsing' });
  const parsed = parseJsonText(text, fileName);
  let bundle: JsonObject | undefined;
  const warnings: string[] = [];
  if (parsed.ok) {
    bundle = obj(parsed.value);
    const problem = notABundle(parsed.value, fileName);
    if (problem) return { ok: false, error: problem };
  } else {
    bundle = ndjsonBundle(text);
    if (!bundle) return { ok: false, error: parsed.error };
    warnings.push(`${fileName} is newline-delimited JSON (NDJSON); read it as a collection of resources.`);
  }
  const entries = arr(bundle?.['entry']);
  if (entries.length === 0) warnings.push(`${fileName} is a Bundle with no entries: nothing to import.`);

  const resources: Array<{ fullUrl: string | undefined; resource: JsonObject; n: number }> = [];
  entries.forEach((e, i) => {
    const entry = obj(e);
    const resource = obj(entry?.['resource']);
    if (!resource || !str(resource['resourceType'])) {
      warnings.push(`Entry ${i + 1} of ${fileName} holds no resource; skipped.`);
    } else {
      resources.push({ fullUrl: str(entry?.['fullUrl']), resource, n: i + 1 });
    }
  });
  const index = new BundleIndex(resources);
  const record = {
    allergies: [] as Allergy[],
    medications: [] as Medication[],
    problems: [] as Problem[],
    notes: [] as VisitNote[],
  };
  const imported: Record<string, number> = {};
  const otherTypes: Record<string, number> = {};
  const leftOut: string[] = [];
  let patient: FhirPatient | null = null;
  const seenIds = new Set<string>();

  let done = 0;
  onProgress?.({ phase: 'mapping', done, total: resources.length });
  for (const { fullUrl, resource, n } of resources) {
    if (++done % PROGRESS_EVERY === 0) onProgress?.({ phase: 'mapping', done, total: resources.length });
    const type = str(resource['resourceType']) ?? '';
    if (type === 'Patient') {
      patient ??= mapPatient(resource);
      continue;
    }
    const target = MAPPERS[type];
    if (!target) {
      otherTypes[type] = (otherTypes[type] ?? 0) + 1;
      continue;
    }
    const rid = str(resource['id']);
    const reference = rid ? `${type}/${rid}` : (fullUrl ?? `${type}#entry${n}`);
    let id = `fhir:${reference}`;
    for (let k = 2; seenIds.has(id); k++) id = `fhir:${reference}~${k}`;
    seenIds.add(id);
    const source: RecordSource = { kind: 'fhir', reference, label: fileName };
    const label = `Entry ${n} (${rid ? reference : type})`;
    try {
      const result = target[1](resource, { index, id, source, label });
      if ('skip' in result) {
        leftOut.push(result.skip);
        continue;
      }
      (record[target[0]] as Array<Allergy | Medication | Problem | VisitNote>).push(result.item);
      imported[type] = (imported[type] ?? 0) + 1;
      warnings.push(...result.warnings);
    } catch (e) {
      leftOut.push(`${label} could not be read: ${errorMessage(e)}`);
    }
  }
  onProgress?.({ phase: 'mapping', done: resources.length, total: resources.length });
  return { ok: true, patient, record, imported, otherTypes, leftOut, warnings };
}

function notABundle(value: unknown, fileName: string): string | null {
  if (Array.isArray(value)) return `${fileName} holds a JSON list, not a FHIR Bundle.`;
  const o = obj(value);
  const type = str(o?.['resourceType']);
  if (!o || !type) {
    return `${fileName} is JSON but not FHIR: it has no "resourceType". Export your record as a FHIR R4 Bundle.`;
  }
  if (type !== 'Bundle') {
    return `${fileName} holds a single ${type} resource, not a Bundle. Export the whole record as a FHIR R4 Bundle.`;
  }
  return null;
}

/** A Bundle made of NDJSON lines when every non-empty line is a FHIR resource; undefined otherwise. */
function ndjsonBundle(text: string): JsonObject | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return undefined;
  const entry: JsonObject[] = [];
  for (const line of lines) {
    try {
      const resource = obj(JSON.parse(line));
      if (!str(resource?.['resourceType'])) return undefined;
      entry.push({ resource });
    } catch {
      return undefined;
    }
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}
