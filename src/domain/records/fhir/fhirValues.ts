/**
 * Reading FHIR R4 JSON safely. Portal exports differ (Epic and Cerner add extensions, omit optional
 * elements, repeat codings), so every element is treated as possibly missing or of the wrong type.
 */
export type JsonObject = { readonly [key: string]: unknown };

export function obj(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** CodeableConcept → its text, else the first coding's display, else its code. */
export function conceptText(value: unknown): string | undefined {
  const cc = obj(value);
  if (!cc) return undefined;
  const codings = arr(cc['coding']).map(obj);
  return (
    str(cc['text']) ??
    codings.map((c) => str(c?.['display'])).find(Boolean) ??
    codings.map((c) => str(c?.['code'])).find(Boolean)
  );
}

/** The codes of a CodeableConcept, lower case (status concepts carry one code each). */
export function conceptCodes(value: unknown): string[] {
  return arr(obj(value)?.['coding'])
    .map((c) => str(obj(c)?.['code'])?.toLowerCase())
    .filter((c): c is string => c !== undefined);
}

/** A FHIR date or dateTime reduced to its date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; undefined otherwise. */
export function fhirDate(value: unknown): string | undefined {
  const s = str(value);
  const m = s ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(s) : null;
  return m?.[1];
}

/** HumanName[] → "Given Family", preferring the official name; '' when none. */
export function humanName(value: unknown): string {
  const names = arr(value)
    .map(obj)
    .filter((n): n is JsonObject => n !== undefined);
  const name =
    names.find((n) => n['use'] === 'official') ?? names.find((n) => n['use'] !== 'old') ?? names[0];
  if (!name) return '';
  const text = str(name['text']);
  if (text) return text;
  const given = arr(name['given']).map(str).filter(Boolean);
  return [...arr(name['prefix']).map(str).filter(Boolean), ...given, str(name['family'])]
    .filter(Boolean)
    .join(' ');
}
