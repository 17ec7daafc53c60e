import type { Problem } from '../careRecord';
import { arr, conceptCodes, conceptText, fhirDate, obj } from './fhirValues';
import type { JsonObject } from './fhirValues';
import type { Mapped, MapContext } from './mapContext';

const ACTIVE = ['active', 'recurrence', 'relapse'];
const RESOLVED = ['inactive', 'remission', 'resolved'];

/**
 * Condition → Problem. clinicalStatus active/recurrence/relapse → 'active', inactive/remission/resolved →
 * 'resolved'; without one, an abatement means resolved. Onset from onsetDateTime or onsetPeriod.start;
 * "last updated" is recordedDate (meta.lastUpdated is left alone: servers often set it at export time,
 * which would hide a stale entry). Entries marked entered-in-error or refuted are left out.
 */
export function mapCondition(r: JsonObject, ctx: MapContext): Mapped<Problem> {
  const verification = conceptCodes(r['verificationStatus']);
  if (verification.includes('entered-in-error')) return { skip: `${ctx.label} is marked entered-in-error.` };
  if (verification.includes('refuted')) return { skip: `${ctx.label} is marked refuted.` };
  const warnings: string[] = [];
  let condition = conceptText(r['code']);
  if (!condition) {
    condition = 'Unnamed condition';
    warnings.push(`${ctx.label} names no condition.`);
  }
  const clinical = conceptCodes(r['clinicalStatus']);
  const abated = ['abatementDateTime', 'abatementPeriod', 'abatementString', 'abatementAge'].some(
    (k) => r[k] !== undefined,
  );
  const status = clinical.some((c) => RESOLVED.includes(c))
    ? 'resolved'
    : clinical.some((c) => ACTIVE.includes(c)) || !abated
      ? 'active'
      : 'resolved';
  const onset = fhirDate(r['onsetDateTime']) ?? fhirDate(obj(r['onsetPeriod'])?.['start']) ?? null;
  const category = arr(r['category']).flatMap(conceptCodes)[0] ?? null;
  return {
    item: {
      id: ctx.id,
      condition,
      onset,
      status,
      lastUpdated: fhirDate(r['recordedDate']) ?? null,
      category,
      source: ctx.source,
    },
    warnings,
  };
}
