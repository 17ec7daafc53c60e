import { fhirDate, humanName } from './fhirValues';
import type { JsonObject } from './fhirValues';

export interface FhirPatient {
  readonly name: string;
  readonly birthDate: string | null;
}

export function mapPatient(r: JsonObject): FhirPatient {
  return { name: humanName(r['name']), birthDate: fhirDate(r['birthDate']) ?? null };
}
