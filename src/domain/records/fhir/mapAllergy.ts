import type { Allergy, AllergySeverity } from '../careRecord';
import { arr, conceptCodes, conceptText, fhirDate, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';
import type { Mapped, MapContext } from './mapContext';

const SEVERITY_ORDER: readonly AllergySeverity[] = ['mild', 'moderate', 'severe'];

/**
 * AllergyIntolerance → Allergy. The substance is `code` (or the first reaction's substance); the reaction is
 * every reaction's manifestations; the severity the worst reaction severity. clinicalStatus inactive or
 * resolved → 'resolved'. FHIR R4 has no "last reviewed" element: recordedDate is the closest, and is used.
 * Entries the source marks entered-in-error or refuted are left out, with the reason.
 */
export function mapAllergy(r: JsonObject, ctx: MapContext): Mapped<Allergy> {
  const verification = conceptCodes(r['verificationStatus']);
  if (verification.includes('entered-in-error')) return { skip: `${ctx.label} is marked entered-in-error.` };
  if (verification.includes('refuted')) return { skip: `${ctx.label} is marked refuted (not an allergy).` };
  const warnings: string[] = [];
  const reactions = arr(r['reaction'])
    .map(obj)
    .filter((x): x is JsonObject => x !== undefined);
  let substance = conceptText(r['code']) ?? reactions.map((x) => conceptText(x['substance'])).find(Boolean);
  if (!substance) {
    substance = 'Unnamed substance';
    warnings.push(`${ctx.label} names no substance.`);
  }
  const manifestations = reactions.flatMap((x) => [
    ...arr(x['manifestation']).map(conceptText),
    arr(x['manifestation']).length === 0 ? str(x['description']) : undefined,
  ]);
  const reaction = [...new Set(manifestations.filter((m): m is string => m !== undefined))].join('; ');
  const severities = reactions
    .map((x) => str(x['severity']) as AllergySeverity | undefined)
    .filter((s): s is AllergySeverity => s !== undefined && SEVERITY_ORDER.includes(s));
  const severity =
    severities.sort((a, b) => SEVERITY_ORDER.indexOf(b) - SEVERITY_ORDER.indexOf(a))[0] ?? null;
  const clinical = conceptCodes(r['clinicalStatus']);
  const status = clinical.includes('inactive') || clinical.includes('resolved') ? 'resolved' : 'active';
  return {
    item: {
      id: ctx.id,
      substance,
      reaction: reaction || null,
      severity,
      status,
      lastReviewed: fhirDate(r['recordedDate']) ?? null,
      source: ctx.source,
    },
    warnings,
  };
}
