/**
 * Reads a strength or dose as people and portals write it ("50mg", "50 mg", "0.05 g", "50 mcg", "50 µg",
 * "20-12.5 mg", "5 mg/5 mL", "1,000 units", "2,5 mg") into a normalised value that compares across units.
 */
export type DoseUnit = 'mg' | 'unit' | 'mEq' | 'mmol' | 'mL' | '%' | 'count';

export interface Dose {
  /** One amount per ingredient of a combination product, in `unit` (mass always in mg). */
  readonly amounts: readonly number[];
  readonly unit: DoseUnit;
  /** For a concentration ("5 mg/5 mL"), the volume in mL the amounts are dissolved in; otherwise null. */
  readonly perMl: number | null;
}

const UNIT_FACTORS: ReadonlyArray<readonly [RegExp, DoseUnit, number]> = [
  [/^(?:mg|milligrams?)$/, 'mg', 1],
  [/^(?:g|gm|grams?)$/, 'mg', 1000],
  [/^(?:mcg|µg|μg|ug|micrograms?)$/, 'mg', 0.001],
  [/^(?:ng|nanograms?)$/, 'mg', 0.000001],
  [/^(?:iu|units?|u|international units?)$/, 'unit', 1],
  [/^(?:meq|milliequivalents?)$/, 'mEq', 1],
  [/^mmol$/, 'mmol', 1],
  [/^(?:ml|millilit(?:er|re)s?|cc)$/, 'mL', 1],
  [/^(?:l|lit(?:er|re)s?)$/, 'mL', 1000],
  [/^%$/, '%', 1],
  [/^(?:tablets?|tabs?|capsules?|caps?|puffs?|drops?|patch(?:es)?|sprays?|pills?|sachets?)$/, 'count', 1],
];

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const UNIT = String.raw`international units?|milliequivalents?|micrograms?|milligrams?|nanograms?|millilit(?:er|re)s?|lit(?:er|re)s?|grams?|units?|tablets?|tabs?|capsules?|caps?|puffs?|drops?|patch(?:es)?|sprays?|pills?|sachets?|mcg|µg|μg|ug|mg|gm|ng|iu|meq|mmol|ml|cc|g|l|u|%`;
/** Amount(s), a unit, and optionally "/ [volume] mL". Exported so the list parser finds doses inside a line. */
export const DOSE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMBER}(?:\s*[-/]\s*${NUMBER})*)\s*(${UNIT})(?![\p{L}\p{N}])(?:\s*\/\s*(${NUMBER})?\s*(ml|l)(?![\p{L}\p{N}]))?`,
  'iu',
);

export interface FoundDose {
  readonly dose: Dose;
  /** Where the dose was written, in the text as given. */
  readonly index: number;
  readonly length: number;
}

/** Every dose written in the text, in order. */
export function findDoses(text: string): FoundDose[] {
  const found: FoundDose[] = [];
  for (const m of text.matchAll(new RegExp(DOSE_PATTERN.source, 'giu'))) {
    const dose = doseOf(m);
    if (dose) found.push({ dose, index: m.index, length: m[0].length });
  }
  return found;
}

/** The first dose found in the text (a strength is preferred over a count of tablets), or null. */
export function parseDose(text: string): Dose | null {
  const all = findDoses(text.normalize('NFKC'));
  return (all.find((f) => f.dose.unit !== 'count') ?? all[0])?.dose ?? null;
}

function doseOf(m: RegExpMatchArray): Dose | null {
  const unitWord = (m[2] ?? '').toLowerCase();
  const entry = UNIT_FACTORS.find(([re]) => re.test(unitWord));
  if (!entry) return null;
  const [, unit, factor] = entry;
  const amounts = (m[1] ?? '').split(/\s*[-/]\s*/).map((n) => roundValue(readNumber(n) * factor));
  if (amounts.some((a) => !Number.isFinite(a))) return null;
  let perMl: number | null = null;
  if (m[4] !== undefined) {
    const volume = m[3] === undefined ? 1 : readNumber(m[3]);
    perMl = roundValue(volume * (m[4].toLowerCase() === 'l' ? 1000 : 1));
  }
  return { amounts, unit, perMl };
}

/** Whether two doses are the same amount; concentrations compare per mL; combination order is ignored. */
export function sameDose(a: Dose, b: Dose): boolean {
  if (a.unit !== b.unit || a.amounts.length !== b.amounts.length) return false;
  if ((a.perMl === null) !== (b.perMl === null)) return false;
  const perMl = (d: Dose) => (d.perMl === null ? [...d.amounts] : d.amounts.map((x) => x / (d.perMl ?? 1)));
  const x = perMl(a).sort((p, q) => p - q);
  const y = perMl(b).sort((p, q) => p - q);
  return x.every((v, i) => close(v, y[i] ?? Number.NaN));
}

export function formatDose(dose: Dose): string {
  const unit = dose.unit === 'count' ? '' : ` ${dose.unit}`;
  const amounts = dose.amounts.map((a) => String(a)).join('-');
  return dose.perMl === null ? `${amounts}${unit}` : `${amounts}${unit}/${dose.perMl} mL`;
}

/** A comma followed by exactly three digits groups thousands ("1,000"); otherwise it is a decimal comma ("2,5"). */
function readNumber(text: string): number {
  return Number(/^\d+,\d{3}$/.test(text) ? text.replace(',', '') : text.replace(',', '.'));
}

function roundValue(x: number): number {
  return Number(x.toPrecision(12));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
