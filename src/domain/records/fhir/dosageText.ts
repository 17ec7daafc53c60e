import { findDoses } from '../medicationDose';
import { arr, conceptText, num, obj, str } from './fhirValues';
import type { JsonObject } from './fhirValues';

const PERIOD_UNITS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  a: ['year', 'years'],
};

/** Dose and frequency as text from R4 Dosage[] (MedicationStatement.dosage, MedicationRequest.dosageInstruction). */
export function dosageText(dosages: unknown): { dose: string; frequency: string } {
  const list = arr(dosages)
    .map(obj)
    .filter((d): d is JsonObject => d !== undefined);
  const first = list[0];
  if (!first) return { dose: '', frequency: '' };
  const text = str(first['text']) ?? '';
  let dose = doseOf(first);
  if (!dose && text) {
    const found = findDoses(text)[0];
    dose = found ? text.slice(found.index, found.index + found.length) : '';
  }
  let frequency = timingText(first['timing']);
  const asNeeded = first['asNeededBoolean'] === true || obj(first['asNeededCodeableConcept']) !== undefined;
  if (asNeeded) {
    const why = conceptText(first['asNeededCodeableConcept']);
    frequency = [frequency, why ? `as needed for ${why}` : 'as needed'].filter(Boolean).join(' ');
  }
  if (!frequency) frequency = text;
  // Tapering or split regimens come as several Dosage entries: keep the others' text so nothing is lost.
  const more = list.slice(1).map((d) => str(d['text']) ?? timingText(d['timing']));
  return { dose, frequency: [frequency, ...more].filter(Boolean).join('; then ') };
}

function doseOf(dosage: JsonObject): string {
  for (const dr of arr(dosage['doseAndRate']).map(obj)) {
    const q = obj(dr?.['doseQuantity']);
    const value = num(q?.['value']);
    if (value !== undefined)
      return [String(value), str(q?.['unit']) ?? str(q?.['code'])].filter(Boolean).join(' ');
    const range = obj(dr?.['doseRange']);
    const low = obj(range?.['low']);
    const high = obj(range?.['high']);
    if (num(low?.['value']) !== undefined && num(high?.['value']) !== undefined) {
      return `${num(low?.['value'])}-${num(high?.['value'])} ${str(high?.['unit']) ?? str(low?.['unit']) ?? ''}`.trim();
    }
  }
  return '';
}

/** Timing → "twice daily", "every 8 hours", "once weekly"; its code's text when given. */
export function timingText(value: unknown): string {
  const timing = obj(value);
  if (!timing) return '';
  const coded = conceptText(timing['code']);
  if (coded) return coded;
  const repeat = obj(timing['repeat']);
  const frequency = num(repeat?.['frequency']) ?? 1;
  const period = num(repeat?.['period']);
  const unit = PERIOD_UNITS[str(repeat?.['periodUnit']) ?? ''];
  if (period === undefined || !unit) return '';
  if (frequency === 1 && period === 1) {
    return (
      { day: 'once daily', week: 'once weekly', month: 'once monthly' }[unit[0]] ?? `once per ${unit[0]}`
    );
  }
  if (period === 1 && unit[0] === 'day') {
    return frequency === 2 ? 'twice daily' : `${frequency} times daily`;
  }
  if (frequency === 1) return `every ${period} ${unit[1]}`;
  return `${frequency} times every ${period} ${period === 1 ? unit[0] : unit[1]}`;
}
