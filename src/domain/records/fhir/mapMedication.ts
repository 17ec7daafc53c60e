import type { Medication, MedicationStatus } from '../careRecord';
import { conceptText, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';
import { dosageText } from './dosageText';
import type { Mapped, MapContext } from './mapContext';

const STATUS: Record<string, MedicationStatus> = {
  active: 'active',
  'on-hold': 'on-hold',
  stopped: 'stopped',
  cancelled: 'stopped',
  'not-taken': 'stopped',
  completed: 'completed',
};

/**
 * MedicationStatement or MedicationRequest → Medication. The name comes from medicationCodeableConcept or the
 * referenced Medication (contained or in the Bundle), else the reference's display. Dose and frequency come
 * from the Dosage (doseAndRate, timing, text). The prescriber is MedicationRequest.requester or
 * MedicationStatement.informationSource. Status intended/draft/unknown → 'unknown'; entered-in-error is left out.
 */
export function mapMedication(r: JsonObject, ctx: MapContext): Mapped<Medication> {
  const type = r['resourceType'];
  const rawStatus = str(r['status']) ?? 'unknown';
  if (rawStatus === 'entered-in-error') return { skip: `${ctx.label} is marked entered-in-error.` };
  const warnings: string[] = [];
  let name = conceptText(r['medicationCodeableConcept']);
  if (!name && r['medicationReference'] !== undefined) {
    const medication = ctx.index.resolve(r['medicationReference'], r);
    name = conceptText(medication?.['code']) ?? str(obj(r['medicationReference'])?.['display']);
    if (!medication && name)
      warnings.push(`${ctx.label}: its Medication is not in the file; used the reference's display name.`);
  }
  if (!name) {
    name = 'Unnamed medication';
    warnings.push(`${ctx.label} names no medication.`);
  }
  const { dose, frequency } = dosageText(type === 'MedicationRequest' ? r['dosageInstruction'] : r['dosage']);
  const prescriber = ctx.index.nameOf(
    type === 'MedicationRequest' ? r['requester'] : r['informationSource'],
    r,
  );
  return {
    item: {
      id: ctx.id,
      name,
      dose,
      frequency,
      prescriber,
      status: STATUS[rawStatus] ?? 'unknown',
      source: ctx.source,
    },
    warnings,
  };
}
