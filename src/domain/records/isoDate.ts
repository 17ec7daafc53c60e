/**
 * Calendar dates as ISO 8601 strings ('YYYY-MM-DD'), the form stored in sealed records. Clinical sources
 * also give partial dates ('YYYY' or 'YYYY-MM', as FHIR allows) and full timestamps; these helpers read
 * all three. Arithmetic is done on UTC calendar days so time zones and daylight saving never shift a day.
 */
export type IsoDate = string;
/** An instant, e.g. '2024-03-01T10:15:00Z'. */
export type IsoDateTime = string;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

export interface DayRange {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** The first and last calendar day a (possibly partial) date or timestamp may mean, or null if unreadable. */
export function dayRange(value: string | null | undefined): DayRange | null {
  const m = PATTERN.exec((value ?? '').trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const lastDay = daysInMonth(year, month);
  if (day === null) return { first: format(year, month, 1), last: format(year, month, lastDay) };
  if (day < 1 || day > lastDay) return null;
  const date = format(year, month, day);
  return { first: date, last: date };
}

/** 'YYYY-MM-DD' for a full date or the date part of a timestamp; null for partial or invalid input. */
export function toIsoDate(value: string | null | undefined): IsoDate | null {
  const range = dayRange(value);
  return range && range.first === range.last ? range.first : null;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toIsoDate(value) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDay(b) - epochDay(a);
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Whole years of age on a given day. */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(day);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function epochDay(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromEpochDay(day: number): IsoDate {
  const t = new Date(day * DAY_MS);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function parts(date: IsoDate): [number, number, number] {
  const full = toIsoDate(date);
  if (!full) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  return [Number(full.slice(0, 4)), Number(full.slice(5, 7)), Number(full.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
